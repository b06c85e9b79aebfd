import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';
import { stripSiteSuffix } from '../../../src/core/metadata/title.js';
import { MIRRORS, filler, snapshotDocument, type SnapshotOptions } from '../../support/snapshot.js';

/** Title and site name of the article, never of the archive (archive-today.md §2: the head is the archive's). */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const HEADLINE = 'Council approves the new harbour plan after long debate';
const LONG = 'Council approves the new harbour plan after a long and heated debate on Tuesday evening';

function read(body: string, opts: Partial<SnapshotOptions> = {}) {
  const { doc, url } = snapshotDocument(body, { original: ORIGINAL, ...opts });
  return { article: extractArticle(doc, url)!, doc };
}

describe('title', () => {
  it('is the <h1> when the archive cut the <title> to 70 characters with "…"', () => {
    const { article, doc } = read(`<h1>${LONG}</h1>${filler('harbour plan', 3)}`, { variant: 'current' });
    expect(doc.title).toBe(LONG.slice(0, 70) + '…'); // the shell really cut it
    expect(article.title).toBe(LONG);
  });

  it('is the <h1>, not the archive’s og:title, even when a shorter heading comes first', () => {
    const { article, doc } = read(`<h2>Local</h2><h1>${LONG}</h1>${filler('harbour plan', 3)}`);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toMatch(/…$/);
    expect(article.title).toBe(LONG);
  });

  it.each([
    [`${HEADLINE} - Example News`],
    [`${HEADLINE} | Example News`],
    [`${HEADLINE} | Example News | Local`],
    [`${HEADLINE} — Example News`],
  ])('loses the site part of the full <title> %j', (title) => {
    const { article } = read(`<h1>${HEADLINE}</h1>${filler('harbour plan', 3)}`, { variant: '2018', title });
    expect(article.title).toBe(HEADLINE);
  });

  it('keeps a colon that belongs to the headline', () => {
    const headline = 'Harbour plan: what the council decided and why it matters';
    const { article } = read(`<h1>${headline}</h1>${filler('harbour plan', 3)}`, {
      variant: '2018',
      title: `${headline} - Example News`,
    });
    expect(article.title).toBe(headline);
  });

  it('without any heading, is the cut <title>, still marked as cut', () => {
    const { article } = read(filler('harbour plan', 3), { title: `${LONG} - Example News` });
    expect(article.title).toMatch(/…$/);
    expect(LONG.startsWith(article.title.replace(/…$/, ''))).toBe(true);
  });

  it('without any heading, loses a site part the cut left whole', () => {
    const title = 'Harbour plan approved after a long debate in the council | Example News Local';
    const { article } = read(filler('harbour plan', 3), { title });
    expect(article.title).toBe('Harbour plan approved after a long debate in the council');
  });

  it('is the <h1> when the <title> is that headline with words left out, and the body does not repeat it', () => {
    const { article } = read(`<h1>${HEADLINE}</h1>${filler('harbour plan', 3)}`, {
      variant: '2018',
      title: 'Council Approves Harbour Plans - Example News',
    });
    expect(article.title).toBe(HEADLINE);
    expect(article.text).not.toContain(HEADLINE);
  });

  it.each([
    ['<span><span>15 - </span></span>', HEADLINE],
    ['<span>1.2. </span>', HEADLINE],
    ['<span>10</span> ', `10 ${HEADLINE}`], // a listicle's count is part of its headline
  ])('leaves out a section number set before the headline in its own element: %s', (number, title) => {
    const { article } = read(`<h1>${number}${HEADLINE}</h1>${filler('harbour plan', 3)}`, { variant: 'current' });
    expect(article.title).toBe(title);
  });

  it.each([[`<h1>Harbour Plans</h1>${filler('harbour plan', 3)}`], [filler('harbour plan', 3)]])(
    'loses a site part that spells the address, where nothing else names the site: %#',
    (body) => {
      const { article } = read(body, { variant: '2018', title: 'Harbour Plans — Example News' });
      expect(article.title).toBe('Harbour Plans');
    },
  );

  it('is the <h1> when the headline part of "Site | Headline" leaves words out', () => {
    const { article } = read(`<h1>${HEADLINE}</h1>${filler('harbour plan', 3)}`, {
      variant: '2018',
      title: 'ExampleNews.com | New Harbour Plan',
    });
    expect(article.title).toBe(HEADLINE);
  });

  it.each([
    // Readability's "title and h1 discrepancy" page: the heading says something the title does not.
    [
      'This is a long title with a colon: Hello there',
      'This is a long title with a colon: But the final text here is different',
    ],
    // A title with a word the heading lacks is a rewording, not a shortening.
    ['Harbour plan report: council approves', HEADLINE],
  ])('stays the <title> %j when the <h1> words it otherwise, and the <h1> stays in the text', (title, h1) => {
    const { article } = read(`<h1>${h1}</h1>${filler('harbour plan', 3)}`, { variant: '2018', title });
    expect(article.title).toBe(title);
    expect(article.text).toContain(h1);
  });
});

describe('stripSiteSuffix', () => {
  it.each([
    [
      'Harbour plan approved after long debate - Example News',
      'Example News',
      'Harbour plan approved after long debate',
    ],
    [
      'Harbour plan approved after long debate | Example News | Local',
      'Example News',
      'Harbour plan approved after long debate',
    ],
    [
      'Example News | Harbour plan approved after long debate',
      'Example News',
      'Harbour plan approved after long debate',
    ],
    [
      'Harbour plan approved after long debate - The Washington Post',
      'The Washington Post',
      'Harbour plan approved after long debate',
    ],
    ['Harbour plan approved after long debate', 'Example News', 'Harbour plan approved after long debate'],
  ])('%j with site %j → %j', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });
});

describe('site name', () => {
  it('comes from the publisher table for a known host', () => {
    const { article } = read(`<h1>${HEADLINE}</h1>${filler('harbour plan', 3)}`, {
      original: 'https://www.washingtonpost.com/local/harbour-plan/2017/05/16/abc_story.html',
      variant: '2018',
      title: `${HEADLINE} - Washington Post Local`,
    });
    expect(article.siteName).toBe('The Washington Post');
  });

  it('comes from the title suffix for an unknown host', () => {
    const { article } = read(`<h1>${HEADLINE}</h1>${filler('harbour plan', 3)}`, {
      variant: '2018',
      title: `${HEADLINE} - Example News`,
    });
    expect(article.siteName).toBe('Example News');
  });

  it('falls back to the host without www.', () => {
    const { article } = read(`<h1>${HEADLINE}</h1>${filler('harbour plan', 3)}`, { variant: '2018', title: HEADLINE });
    expect(article.siteName).toBe('example-news.com');
  });

  it.each(MIRRORS)('is never the mirror (%s) named by og:site_name', (mirror) => {
    const { article, doc } = read(`<h1>${HEADLINE}</h1>${filler('harbour plan', 3)}`, { mirror, title: HEADLINE });
    expect(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(mirror);
    expect(article.siteName).not.toMatch(/archive\./);
    expect(article.siteName).toBe('example-news.com');
  });

  it('is never an archive name taken from the title suffix', () => {
    const { article } = read(`<h1>${HEADLINE}</h1>${filler('harbour plan', 3)}`, {
      variant: '2018',
      title: `${HEADLINE} - archive.ph`,
    });
    expect(article.siteName).not.toMatch(/archive\./);
  });
});
