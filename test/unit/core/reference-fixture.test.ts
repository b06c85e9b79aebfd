import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';
import { collapse, fixture, parseDocument, truth } from '../../support/dom.js';

/** The reference snapshot in both markups: the "Done when" of the core, checked on every test run. */
const variants = [
  { file: 'snapshot.html', url: 'https://archive.ph/qF3xK', archive: truth.archiveUrl },
  { file: 'snapshot-2017.html', url: 'https://archive.is/qF3xK', archive: truth.archiveUrl2017 },
];

describe.each(variants)('reference snapshot $file', ({ file, url, archive }) => {
  const html = fixture(file);
  const doc = parseDocument(html, url);
  const before = doc.documentElement.outerHTML;
  const article = extractArticle(doc, url)!;
  const text = collapse(article.text);
  const contentText = collapse(parseDocument(article.contentHtml).body.textContent ?? '');

  it('finds the article', () => {
    expect(article).not.toBeNull();
  });

  it('keeps every truth paragraph, in order, in text and in contentHtml', () => {
    for (const source of [text, contentText]) {
      let from = 0;
      for (const p of truth.paragraphs) {
        const at = source.indexOf(collapse(p), from);
        expect(at, `paragraph missing or out of order: ${p.slice(0, 60)}`).toBeGreaterThanOrEqual(0);
        from = at;
      }
    }
  });

  it('lets none of the clutter through', () => {
    for (const s of truth.mustNotContain) {
      expect(text.includes(s), `text contains "${s}"`).toBe(false);
      expect(contentText.includes(s), `contentHtml contains "${s}"`).toBe(false);
    }
  });

  it('reads the metadata of the article, not of the archive', () => {
    expect(article.title).toBe(truth.title);
    expect(article.authors).toEqual(truth.authors);
    expect(article.published).toBe(truth.publishedDate);
    expect(article.siteName).toBe(truth.siteName);
    expect(article.lang).toBe(truth.lang);
    expect(article.section).toBe(truth.section);
  });

  it('names the original and the archived copy', () => {
    expect(article.source).toEqual({
      service: 'archive.today',
      originalUrl: truth.originalUrl,
      archiveUrl: archive.long,
      archiveShortUrl: archive.short,
      archivedAt: truth.archivedAt,
    });
  });

  it('points links at the original addresses, never through /o/', () => {
    expect(article.contentHtml).not.toMatch(/\/o\/qF3xK\//);
    const hrefs = Array.from(parseDocument(article.contentHtml).querySelectorAll('a[href]')).map((a) =>
      a.getAttribute('href'),
    );
    for (const link of truth.links) expect(hrefs).toContain(link.href);
  });

  it('keeps the photo and its caption', () => {
    expect(text).toContain(truth.captions[1]);
    expect(article.contentHtml).toMatch(
      /<figure>[\s\S]*<img [^>]*src="https:\/\/[^"]*archive\.(ph|is)\/qF3xK\/[0-9a-f]{40}\.jpg"/,
    );
  });

  it('never changes the document it was given', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('never reports the capture time as the publication date', () => {
    expect(article.published?.slice(0, 10)).not.toBe(truth.archivedAt.slice(0, 10));
  });
});
