import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';
import { filler, parsePage, snapshotDocument } from '../../support/snapshot.js';

/**
 * A topic page that ends in a grid of cards, each a linked heading over a short description, in rows of two
 * (Bootstrap's `row > col-md-6 > panel > panel-body`, as many government and documentation sites build them). The
 * card with the shortest description is the one whose heading link weighs most in its own box: judged alone,
 * Readability drops it as "a little linky" while its siblings stay.
 */

const ORIGINAL = 'https://www.example-agency.gov/topics/ladders';
const link = (path: string) => `https://archive.ph/o/AbC12/https%3A//www.example-agency.gov/topics/ladders/${path}`;

const card = (path: string, title: string, description: string) => `
<div class="col-md-6"><div class="panel panel-default"><div class="panel-body">
  <h5><a href="${link(path)}" title="More ${title} Information">${title}</a></h5>
  <p>${description}</p>
</div></div></div>`;

const CARDS: [string, string, string][] = [
  [
    'construction',
    'Construction',
    'Ladders are one of the most common causes of falls at work. Includes references on the rules for ladders in construction, how to recognise the hazards and what employers can do about them.',
  ],
  [
    'hazards',
    'Hazard Recognition',
    'Many workers do not notice the hazards of a worn or badly placed ladder until it slips. The most frequent causes of falls are listed here, with the checks that catch them before work starts.',
  ],
  [
    'solutions',
    'Possible Solutions',
    'A range of measures reduces the risk of a fall: choosing the right ladder, setting it at the right angle, securing it and keeping three points of contact while climbing.',
  ],
  [
    'training',
    'Training',
    'Workers trained to use ladders safely can anticipate and avoid most of the injuries that come from them.',
  ],
  ['resources', 'Additional Resources', 'Sources that provide helpful information about ladders at work.'],
];

function grid(cards: [string, string, string][]): string {
  const rows: string[] = [];
  for (let i = 0; i < cards.length; i += 2)
    rows.push(
      `<div class="row">${cards
        .slice(i, i + 2)
        .map((c) => card(...c))
        .join('')}</div><div class="spacer">&nbsp;</div>`,
    );
  return rows.join('\n');
}

function read(body: string) {
  const { doc, url } = snapshotDocument(body, { original: ORIGINAL, title: 'Ladders - Overview' });
  const article = extractArticle(doc, url)!;
  return {
    article,
    dom: parsePage(`<!DOCTYPE html><body>${article.contentHtml}</body>`, 'https://example.invalid/').body,
  };
}

describe('a grid of cards (linked heading, short description)', () => {
  it('keeps every card, the one with the shortest description too', () => {
    const { article, dom } = read(`<h1>Ladders</h1><h2>Overview</h2>${filler('ladder rules', 3)}${grid(CARDS)}`);
    for (const [, title, description] of CARDS) {
      expect(article.text).toContain(title);
      expect(article.text).toContain(description);
    }
    // Still headings over paragraphs, each heading still linking to its page.
    const heading = Array.from(dom.querySelectorAll('h5')).find((h) => h.textContent === 'Additional Resources');
    expect(heading?.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.example-agency.gov/topics/ladders/resources',
    );
    expect(Array.from(dom.querySelectorAll('p'), (p) => p.textContent)).toContain(CARDS[4]![2]);
  });

  it('still drops a grid of cards that is nothing but links', () => {
    const links: [string, string, string][] = CARDS.map(([path, title]) => [
      path,
      title,
      `<a href="${link(path + '/more')}">More about ${title.toLowerCase()}</a>`,
    ]);
    const { article } = read(`<h1>Ladders</h1><h2>Overview</h2>${filler('ladder rules', 3)}${grid(links)}`);
    expect(article.text).toContain('The council met on Tuesday evening');
    expect(article.text).not.toContain('More about additional resources');
  });
});
