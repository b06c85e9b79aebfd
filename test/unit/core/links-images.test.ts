import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';
import {
  PLACEHOLDER_GIF,
  SHARD,
  filler,
  parsePage,
  snapshotDocument,
  type SnapshotOptions,
} from '../../support/snapshot.js';

/** Links of the captured page point at the originals again; images stay on the archive (archive-today.md §4). */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const H1 = '<h1>Council approves the new harbour plan after long debate</h1>';
const sha = (c: string) => c.repeat(40);

function anchors(html: string): Map<string, string | null> {
  const doc = parsePage(`<!DOCTYPE html><body>${html}</body>`, 'https://example.invalid/');
  return new Map(Array.from(doc.querySelectorAll('a'), (a) => [(a.textContent ?? '').trim(), a.getAttribute('href')]));
}

function images(html: string): { src: string | null; alt: string | null }[] {
  const doc = parsePage(`<!DOCTYPE html><body>${html}</body>`, 'https://example.invalid/');
  return Array.from(doc.querySelectorAll('img'), (img) => ({
    src: img.getAttribute('src'),
    alt: img.getAttribute('alt'),
  }));
}

describe('/o/ links', () => {
  // Hand-made captured markup: each wrapper form as archive.today wrote it in some year.
  const page = `${H1}
<div>The council cited <a href="https://archive.is/o/AbC12/www.example.org/report/">the 2013 form</a>, <a href="https://archive.ph/o/AbC12/https://example.org/study?year=2017&amp;page=2">the https form</a>, <a href="https://archive.ph/o/AbC12/https%3A//example.org/encoded">the encoded form</a>, <a href="/o/AbC12/https%3A//example.org/relative">the root-relative form</a>, <a href="http://archive.today/o/AbC12/example.org/zip">the zip form</a>, <a href="https://archive.ph/o/EgRJv0qf4R/https%3A//example.org/long-id">a longer id</a> and <a href="https://archive.ph/o/3Wy&#13;&#10;nb/http%3A//example.org/line-break">a line break</a> during the meeting on Tuesday evening, which ran for nearly three hours before the vote.</div>
${filler('harbour plan', 3)}`;
  const { doc, url } = snapshotDocument(page, { original: ORIGINAL, capture: false });
  const article = extractArticle(doc, url)!;
  const links = anchors(article.contentHtml);

  it.each([
    ['the 2013 form', 'http://www.example.org/report/'],
    ['the https form', 'https://example.org/study?year=2017&page=2'],
    ['the encoded form', 'https://example.org/encoded'],
    ['the root-relative form', 'https://example.org/relative'],
    ['the zip form', 'http://example.org/zip'],
    ['a longer id', 'https://example.org/long-id'],
    ['a line break', 'http://example.org/line-break'],
  ])('%s points at the original', (text, href) => {
    expect(links.get(text)).toBe(href);
  });

  it('no link goes through the archive any more', () => {
    expect(article.contentHtml).not.toMatch(/\/o\/AbC12\//);
  });

  it.each([
    ['current', 'https://www.example.org/a/b?c=1'],
    ['2018', 'https://www.example.org/a/b?c=1'],
    ['2013', 'http://www.example.org/a/b?c=1'],
  ] as const)('links the %s archive rewrote are restored (%s)', (variant, href) => {
    const opts: SnapshotOptions = { original: ORIGINAL, variant };
    const { doc: d, url: u } = snapshotDocument(
      `${H1}<p>The mayor pointed to <a href="${href}">the ferry study</a> when the council met on Tuesday evening, and members spoke for nearly three hours before the vote.</p>${filler('harbour plan', 2)}`,
      opts,
    );
    expect(d.body.innerHTML).toContain('/o/AbC12/'); // the captured page really holds the wrapped form
    expect(anchors(extractArticle(d, u)!.contentHtml).get('the ferry study')).toBe(href);
  });

  it('a javascript: link loses its href and keeps its text', () => {
    const { doc: d, url: u } = snapshotDocument(
      `${H1}<div>Readers could <a href="javascript:alert(document.cookie)">open the map</a> of the harbour before the council met on Tuesday evening, where members spoke for three hours.</div>${filler('harbour plan', 2)}`,
      { original: ORIGINAL, capture: false },
    );
    const a = extractArticle(d, u)!;
    expect(a.text).toContain('open the map');
    expect(a.contentHtml).not.toMatch(/javascript:/i);
  });
});

describe('images', () => {
  const shard = `https://${SHARD}.archive.ph/AbC12/${sha('a')}.jpg`;
  const lazy = `https://${SHARD}.archive.ph/AbC12/${sha('b')}.jpg`;
  const page = `${H1}
<figure><img src="${shard}" alt="The quay at dusk" width="800" height="500"><figcaption>The quay at dusk, seen from the ferry.</figcaption></figure>
${filler('harbour plan', 2)}
<div><img src="/AbC12/${sha('c')}.png" alt="Map of the harbour"></div>
<div><img src="${PLACEHOLDER_GIF}" data-src="${lazy}" alt="The ferry timetable"></div>
${filler('budget', 2)}`;
  const { doc, url } = snapshotDocument(page, { original: ORIGINAL, capture: false }, 'https://archive.ph/AbC12');
  const article = extractArticle(doc, url)!;
  const imgs = images(article.contentHtml);
  const byAlt = (alt: string) => imgs.find((i) => i.alt === alt)?.src;

  it('keep their absolute archived address on the shard host', () => {
    expect(byAlt('The quay at dusk')).toBe(shard);
  });

  it('with a root-relative archived address resolve on the mirror the page was read from', () => {
    expect(byAlt('Map of the harbour')).toBe(`https://archive.ph/AbC12/${sha('c')}.png`);
  });

  it('load the lazy data-src instead of the placeholder GIF', () => {
    expect(byAlt('The ferry timetable')).toBe(lazy);
    expect(article.contentHtml).not.toContain('data:image/gif');
  });

  it('never point at the original site', () => {
    for (const img of imgs) expect(img.src).toMatch(/^https:\/\/([\w-]+\.)?archive\.ph\//);
  });

  it('give the lead image with its caption', () => {
    expect(article.leadImage).toEqual({ url: shard, caption: 'The quay at dusk, seen from the ferry.' });
  });

  it('that the archive moved are archived copies after extraction (capture of an original page)', () => {
    const { doc: d, url: u } = snapshotDocument(
      `${H1}<figure><img src="https://cdn.example-news.com/photos/quay.jpg" alt="Quay"><figcaption>The quay.</figcaption></figure>${filler('harbour plan', 3)}`,
      { original: ORIGINAL, variant: '2018' },
    );
    const src = images(extractArticle(d, u)!.contentHtml).find((i) => i.alt === 'Quay')?.src;
    expect(src).toMatch(/^https:\/\/archive\.is\/AbC12\/[0-9a-f]{40}\.jpg$/);
  });
});
