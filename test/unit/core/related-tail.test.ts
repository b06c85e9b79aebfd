import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/**
 * A post that closes with links. A run of short lines linking to the site's other pages is a "more from us"
 * list and is left out; a list of sources on other sites, and one closing link the author wrote, stay.
 */

const ORIGINAL = 'https://www.example-plumbing.com/blog/frozen-pipes/';
const onSite = (path: string) => `https://archive.ph/o/AbC12/https://www.example-plumbing.com/blog/${path}/`;

function read(tail: string) {
  const body = `<article><h1>How to thaw frozen pipes</h1>${filler('frozen pipes', 4)}${tail}</article>`;
  const { doc, url } = snapshotDocument(body, { original: ORIGINAL, title: 'How to thaw frozen pipes' });
  return extractWithReport(doc, url, { explain: true });
}

describe('related-tail: the closing list of links to the site’s other pages', () => {
  it('leaves out a run of short lines that link to other pages of the same site, and says so', () => {
    const related = ['Winter Plumbing Tips', 'DIY Plumbing Advice', 'Hiring an Unlicensed Plumber'];
    const tail = `<ul>${related.map((t, i) => `<li><a href="${onSite(`post-${i}`)}">${t}</a></li>`).join('')}</ul>`;
    const report = read(tail);
    expect(report.article?.text).toContain('frozen pipes');
    for (const title of related) expect(report.article?.text).not.toContain(title);
    expect(report.removals.filter((r) => r.rule === 'related-tail').map((r) => r.text)).toEqual([...related].reverse());
  });

  it('keeps a closing list of sources on other sites', () => {
    const sources = [
      ['https://www.example-news.org/a', 'Example News'],
      ['https://journal.example.edu/b', 'Example Journal'],
    ];
    const tail = `<ul>${sources.map(([href, t]) => `<li><a href="https://archive.ph/o/AbC12/${href}">${t}</a></li>`).join('')}</ul>`;
    const report = read(tail);
    for (const [, title] of sources) expect(report.article?.text).toContain(title);
  });

  it('keeps a run that mixes the site’s pages with another site’s (a list of sources)', () => {
    const tail = `<ul><li><a href="${onSite('one')}">Our earlier guide</a></li>
      <li><a href="https://archive.ph/o/AbC12/https://www.example-news.org/a">Example News</a></li></ul>`;
    const text = read(tail).article?.text ?? '';
    expect(text).toContain('Our earlier guide');
    expect(text).toContain('Example News');
  });

  it('keeps a single closing link of the author’s', () => {
    // (A closing button such as "Book a visit" is button-call's to judge: see button-calls.test.ts.)
    const text = read(`<p><a href="${onSite('our-plumbers')}">Our plumbers in your town</a></p>`).article?.text ?? '';
    expect(text).toContain('Our plumbers in your town');
  });
});
