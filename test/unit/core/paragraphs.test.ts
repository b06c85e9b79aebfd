import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';
import { filler, parsePage, snapshotDocument, type SnapshotOptions } from '../../support/snapshot.js';

/** archive.today turns every `<p>` into a `<div>` (archive-today.md §4): the clean copy turns them back. */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const H1 = '<h1>Council approves the new harbour plan after long debate</h1>';
const IMG = 'https://d3gk4m7rq2xw1b.archive.ph/AbC12/4444444444444444444444444444444444444444.jpg';

function content(page: string, opts: Partial<SnapshotOptions> = {}) {
  const { doc, url } = snapshotDocument(page, { original: ORIGINAL, capture: false, ...opts });
  const article = extractArticle(doc, url)!;
  return {
    article,
    dom: parsePage(`<!DOCTYPE html><body>${article.contentHtml}</body>`, 'https://example.invalid/').body,
  };
}

const paragraphWith = (body: HTMLElement, text: string) =>
  Array.from(body.querySelectorAll('p')).find((p) => (p.textContent ?? '').includes(text));

describe('paragraph recovery', () => {
  it('a <div> of running text becomes a <p>, inline markup kept', () => {
    const { dom } = content(`${H1}
<div>The council met on Tuesday evening and members spoke for <b>nearly three hours</b> before the <a href="https://archive.ph/o/AbC12/https%3A//example.org/vote">vote</a> was taken.</div>
<div>Residents who attended said the proposal had changed several times since spring, which made the debate harder to follow.</div>
${filler('harbour plan', 2).replace(/<\/?p>/g, (t) => t.replace('p', 'div'))}`);
    const first = paragraphWith(dom, 'The council met on Tuesday evening and members');
    expect(first?.querySelector('b')?.textContent).toBe('nearly three hours');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/vote');
    expect(paragraphWith(dom, 'Residents who attended said the proposal had changed')).toBeDefined();
    expect(dom.querySelector('p div, p p')).toBeNull();
  });

  it('every paragraph of a page captured with <p> turned into <div> comes back as <p>', () => {
    const { dom } = content(`${H1}${filler('harbour plan', 4)}`, { capture: true, variant: '2013' });
    expect(dom.querySelectorAll('p').length).toBeGreaterThanOrEqual(4);
    for (const p of Array.from(dom.querySelectorAll('p'))) expect(p.textContent?.length).toBeGreaterThan(100);
  });

  it('loose text beside blocks in one <div> becomes paragraphs around the blocks', () => {
    const { dom } = content(`${H1}${filler('harbour plan', 2)}
<div>Speakers at the meeting on Tuesday evening raised three points about the plan.<ul><li>The cost of the new quay</li><li>The ferry timetable</li><li>Parking near the harbour</li></ul>The council promised written answers to all three before the summer recess.</div>
${filler('budget', 1)}`);
    const before = paragraphWith(dom, 'Speakers at the meeting');
    const after = paragraphWith(dom, 'The council promised written answers');
    expect(before).toBeDefined();
    expect(after).toBeDefined();
    const list = dom.querySelector('ul');
    expect(Array.from(list?.querySelectorAll('li') ?? [], (li) => li.textContent)).toEqual([
      'The cost of the new quay',
      'The ferry timetable',
      'Parking near the harbour',
    ]);
    // Document order: paragraph, list, paragraph.
    expect(before!.compareDocumentPosition(list!) & 4).toBeTruthy();
    expect(list!.compareDocumentPosition(after!) & 4).toBeTruthy();
    expect(list?.closest('p')).toBeNull();
  });

  it('a <div> holding an image and its caption becomes a <figure> with a <figcaption>', () => {
    const { dom } = content(`${H1}${filler('harbour plan', 2)}
<div><img src="${IMG}" alt="The old quay"><span>The old quay, photographed in May. (Jane Doe/Example News)</span></div>
${filler('budget', 2)}`);
    const figure = dom.querySelector('figure');
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe(IMG);
    expect(figure?.querySelector('figcaption')?.textContent?.trim()).toBe(
      'The old quay, photographed in May. (Jane Doe/Example News)',
    );
  });

  it('an image followed by a lone link is not given that link as a caption', () => {
    const { dom } = content(`${H1}${filler('harbour plan', 2)}
<div><img src="${IMG}" alt=""><a href="https://archive.ph/o/AbC12/https%3A//www.example-news.com/other">Another story about the harbour</a></div>
${filler('budget', 2)}`);
    expect(Array.from(dom.querySelectorAll('figcaption'), (f) => f.textContent)).not.toContain(
      'Another story about the harbour',
    );
  });

  it('a <div> with nothing but whitespace does not become an empty paragraph', () => {
    const { dom } = content(`${H1}${filler('harbour plan', 2)}<div>   </div><div><br></div>${filler('budget', 1)}`);
    for (const p of Array.from(dom.querySelectorAll('p'))) expect(p.textContent?.trim()).not.toBe('');
  });
});

describe('decorations Readability would misjudge', () => {
  const TICK = 'https://d3gk4m7rq2xw1b.archive.ph/AbC12/5555555555555555555555555555555555555555.svg';
  const points = [
    'The new quay will be built by the spring',
    'Ferries keep their timetable during the works',
    'Parking near the harbour stays free until May',
    'The budget figures will be published in June',
  ];

  it('keeps a list whose items each start with a small check-mark image', () => {
    const list = `<ul>${points.map((p) => `<li><img src="${TICK}" width="20" height="20" alt="check-circle"><span>${p}.</span></li>`).join('')}</ul>`;
    const { article, dom } = content(
      `${H1}${filler('harbour plan', 2)}<div>What the plan promises:</div>${list}${filler('budget', 2)}`,
    );
    for (const p of points) expect(article.text).toContain(p);
    expect(dom.querySelector(`img[src="${TICK}"]`)).toBeNull();
  });

  it('keeps short linked paragraphs that each sit beside an empty box', () => {
    const lines = points.map(
      (p, i) =>
        `<div><div>${p}, <a href="https://archive.ph/o/AbC12/https%3A//example.org/r${i}">the council said in its statement</a> on Tuesday.</div><div></div></div>`,
    );
    const { article } = content(`${H1}${filler('harbour plan', 2)}${lines.join('')}${filler('budget', 2)}`);
    for (const p of points) expect(article.text).toContain(p);
  });
});

/**
 * A custom element (`<x-button>`) means nothing once its scripts are gone; browsers lay it out inline. A box whose
 * words sit in headings and such an element must not look empty to Readability, which weighs a box by the text in
 * the tags it knows and dropped whole service-page panels for it.
 */
describe('custom elements', () => {
  const panel = (name: string, line: string, button: string) =>
    `<div><h2>${name}</h2><div><br></div><h2>${line}</h2><x-button tone="neutral">${button}</x-button></div>`;
  const page = (style = '') =>
    `${H1}<div>${filler('harbour plan', 2)}` +
    `<div role="region" aria-label="Carousel">` +
    `${panel('Ferry times', 'Check the new timetable for every crossing of the harbour this summer.', `Show timetable`)}` +
    `${panel('Parking', 'Find a space near the quay and pay for it from your phone.', 'Find parking')}` +
    `</div>${filler('budget', 1)}<x-note${style}>Figures from the harbour office.</x-note></div>`;

  it('keeps a panel whose words are headings and a custom button, the button as a line of text', () => {
    const { article, dom } = content(page());
    expect(article.text).toContain('Ferry times');
    expect(article.text).toContain('Check the new timetable for every crossing');
    expect(article.text).toContain('Find parking');
    expect(dom.querySelector('x-button, x-note')).toBeNull();
    expect(Array.from(dom.querySelectorAll('span')).some((s) => s.textContent === 'Show timetable')).toBe(true);
  });

  it('leaves a custom element the archive shows as a block under its own name', () => {
    const { dom } = content(page(' style="display:block"'));
    expect(dom.querySelector('x-note')?.textContent).toBe('Figures from the harbour office.');
  });
});
