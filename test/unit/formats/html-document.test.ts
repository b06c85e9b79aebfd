import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article.js';
import { ARTICLE_CSS } from '../../../src/formats/article-css.js';
import { sha256Hex } from '../../../src/formats/hash.js';
import {
  SAVED_DOCUMENT_CSP,
  articleToHtmlDocument,
  articleToHtmlFragment,
  type HtmlDocumentOptions,
} from '../../../src/formats/html-document.js';
import type { DomWindow } from '../../../src/formats/sanitize.js';
import reference from '../../support/reference-article.json';

const win = new JSDOM('').window as unknown as DomWindow;
const article = reference as Article;
const IMAGE = 'https://d3gk4m7rq2xw1b.archive.ph/qF3xK/8be00940dc623deaf6db3404dacb71fdc4c6ea76.jpg';
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

async function options(images: Map<string, string | null>): Promise<HtmlDocumentOptions> {
  return {
    images,
    savedAt: '2026-01-02T03:04:05Z',
    extensionVersion: '0.1.0',
    textSha256: await sha256Hex(article.text),
  };
}

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

function provenance(doc: Document): Record<string, string> {
  const rows: Record<string, string> = {};
  for (const dt of doc.querySelectorAll('footer.ar-provenance dt')) {
    rows[dt.textContent ?? ''] = dt.nextElementSibling?.textContent ?? '';
  }
  return rows;
}

describe('articleToHtmlDocument', () => {
  it('is a self-contained document: CSP, no script, images inlined, every paragraph present', async () => {
    const html = articleToHtmlDocument(article, win, await options(new Map([[IMAGE, PNG]])));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    const doc = parse(html);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[name="viewport"]')).not.toBeNull();
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      SAVED_DOCUMENT_CSP,
    );
    expect(SAVED_DOCUMENT_CSP).toMatch(/^default-src 'none'; img-src data:; style-src 'unsafe-inline'/);
    expect(doc.querySelectorAll('script, iframe, object, embed, link, base')).toHaveLength(0);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/url\(/i);
    const images = [...doc.querySelectorAll('img')];
    expect(images).toHaveLength(1);
    for (const img of images) expect(img.getAttribute('src')).toMatch(/^data:image\//);
    const text = doc.querySelector('.ar-body')?.textContent ?? '';
    for (const paragraph of article.text.split('\n\n')) expect(text).toContain(paragraph);
    expect(doc.querySelector('style')?.textContent).toContain('prefers-color-scheme: dark');
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
  });

  it('has the header and the provenance block', async () => {
    const doc = parse(articleToHtmlDocument(article, win, await options(new Map([[IMAGE, PNG]]))));
    expect(doc.title).toBe(
      'Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips — The Washington Post',
    );
    expect(doc.querySelector('.ar-title')?.textContent).toBe(article.title);
    expect(doc.querySelector('.ar-site')?.textContent).toBe('The Washington Post');
    expect(doc.querySelector('.ar-meta')?.textContent).toBe('By Philip Rucker and Karen DeYoung · 2017-05-16');
    expect(provenance(doc)).toEqual({
      Original: article.source.originalUrl,
      'Archived copy': article.source.archiveUrl,
      'Short link': 'https://archive.ph/qF3xK',
      Captured: '2017-07-19 22:03:03 UTC',
      Saved: '2026-01-02 03:04:05 UTC',
      'Saved with': 'Archive Reader 0.1.0',
      'SHA-256 of the article text': await sha256Hex(article.text),
    });
    expect(doc.querySelector('footer time')?.getAttribute('datetime')).toBe('2017-07-19T22:03:03Z');
  });

  it('carries Highwire citation_* meta tags, so reference managers cite the original article', async () => {
    const doc = parse(articleToHtmlDocument(article, win, await options(new Map())));
    const meta = [...doc.querySelectorAll('meta[name^="citation_"]')].map((m) => [
      m.getAttribute('name'),
      m.getAttribute('content'),
    ]);
    expect(meta).toEqual([
      ['citation_title', article.title],
      ['citation_author', 'Philip Rucker'],
      ['citation_author', 'Karen DeYoung'],
      ['citation_publication_date', '2017/05/16'],
      ['citation_journal_title', 'The Washington Post'],
      ['citation_language', 'en'],
      ['citation_public_url', article.source.originalUrl],
    ]);
  });

  it('records the last verification in the provenance block', async () => {
    const wayback = `https://web.archive.org/web/20170720011459/${article.source.originalUrl}`;
    const verified: Article = {
      ...article,
      verification: {
        verdict: 'differs',
        similarity: 0.998,
        changes: 2,
        checkedAt: '2026-12-05T09:00:00Z',
        textSha256: 'a'.repeat(64),
        other: { service: 'wayback', url: wayback, archivedAt: '2017-07-20T01:14:59Z', textSha256: 'b'.repeat(64) },
      },
    };
    const rows = provenance(parse(articleToHtmlDocument(verified, win, await options(new Map()))));
    expect(rows).toMatchObject({
      'Compared with': wayback,
      'Other copy captured': '2017-07-20 01:14:59 UTC',
      Comparison: 'the text differs in 2 passages, checked 2026-12-05 09:00:00 UTC',
      'SHA-256 of the compared text': 'a'.repeat(64),
      'SHA-256 of the other copy’s text': 'b'.repeat(64),
    });
  });

  it('shows a visible placeholder, never a request, for an image that was not saved', async () => {
    for (const value of [null, 'javascript:alert(1)', 'https://d3gk4m7rq2xw1b.archive.ph/x.jpg']) {
      const doc = parse(articleToHtmlDocument(article, win, await options(new Map([[IMAGE, value]]))));
      expect(doc.querySelectorAll('img')).toHaveLength(0);
      const box = doc.querySelector('figure .ar-missing-image');
      expect(box?.textContent).toBe(`Image not saved${IMAGE}`);
      expect(box?.querySelector('.ar-missing-image-url')?.textContent).toBe(IMAGE);
    }
    const missing = parse(articleToHtmlDocument(article, win, await options(new Map())));
    expect(missing.querySelectorAll('.ar-missing-image')).toHaveLength(1);
  });

  it('sanitises the body and escapes hostile metadata', async () => {
    const hostile: Article = {
      ...article,
      title: '</title><script>alert(1)</script>',
      siteName: '<img src=x onerror=alert(1)>',
      lang: 'en" onload="alert(1)',
      contentHtml: '<p onclick="alert(1)">Body<script>alert(2)</script><a href="javascript:alert(3)">x</a></p>',
      source: { ...article.source, originalUrl: 'javascript:alert(4)' },
    };
    const html = articleToHtmlDocument(hostile, win, { ...(await options(new Map())), extensionVersion: '<b>1</b>' });
    const doc = parse(html);
    expect(doc.querySelectorAll('script, [onclick], [onload], [onerror], b')).toHaveLength(0);
    expect(doc.documentElement.hasAttribute('lang')).toBe(false);
    expect(doc.title).toBe('</title><script>alert(1)</script> — <img src=x onerror=alert(1)>');
    for (const a of doc.querySelectorAll('a[href]')) expect(a.getAttribute('href')).toMatch(/^https:/);
    expect(provenance(doc)['Original']).toBeUndefined();
  });
});

describe('articleToHtmlFragment', () => {
  it('is the header, the sanitised body and the source line, for the clipboard', () => {
    const html = articleToHtmlFragment(article, win, { sourceLine: true });
    const doc = parse(`<body>${html}`);
    expect(doc.querySelector('article > header h1')?.textContent).toBe(article.title);
    expect(doc.querySelector('article img')?.getAttribute('src')).toBe(IMAGE);
    expect(doc.querySelector('article > p.ar-source a')?.getAttribute('href')).toBe(article.source.originalUrl);
  });
});

describe('ARTICLE_CSS', () => {
  it('loads nothing', () => {
    expect(ARTICLE_CSS).not.toMatch(/url\(|@import/i);
  });
});
