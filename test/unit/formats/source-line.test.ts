import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article.js';
import { sourceLine } from '../../../src/formats/source-line.js';
import reference from '../../support/reference-article.json';

const article = reference as Article;
const TITLE = 'Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips';
const ORIGINAL = article.source.originalUrl ?? '';

const hostile: Article = {
  ...article,
  title: 'A <script>alert(1)</script> *bold* [x](javascript:alert(1)) & "quotes"\nsecond line',
  siteName: '<img src=x onerror=alert(1)>',
  source: {
    ...article.source,
    originalUrl: 'javascript:alert(1)',
    archiveShortUrl: 'https://archive.ph/a"><script>alert(1)</script>',
  },
};

describe('sourceLine', () => {
  it('text', () => {
    expect(sourceLine(article, 'text')).toBe(
      `Source: “${TITLE}”, The Washington Post, 2017-05-16 — ${ORIGINAL} — archived copy (captured 2017-07-19 22:03 UTC): https://archive.ph/qF3xK`,
    );
  });

  it('markdown', () => {
    expect(sourceLine(article, 'markdown')).toBe(
      `Source: [“${TITLE}”](${ORIGINAL}), *The Washington Post*, 2017-05-16 — archived copy (captured 2017-07-19 22:03 UTC): <https://archive.ph/qF3xK>`,
    );
  });

  it('html', () => {
    expect(sourceLine(article, 'html')).toBe(
      `<p class="ar-source">Source: <a href="${ORIGINAL}" rel="noopener noreferrer">“${TITLE}”</a>, <cite>The Washington Post</cite>, ` +
        '<time datetime="2017-05-16">2017-05-16</time> — archived copy (captured <time datetime="2017-07-19T22:03:03Z">2017-07-19 22:03 UTC</time>): ' +
        '<a href="https://archive.ph/qF3xK" rel="noopener noreferrer">https://archive.ph/qF3xK</a></p>',
    );
  });

  it('leaves out what is unknown', () => {
    const bare: Article = {
      ...article,
      siteName: null,
      published: null,
      source: {
        service: 'none',
        originalUrl: 'https://example.com/a',
        archiveUrl: null,
        archiveShortUrl: null,
        archivedAt: null,
      },
    };
    expect(sourceLine(bare, 'text')).toBe(`Source: “${TITLE}” — https://example.com/a`);
    expect(sourceLine(bare, 'markdown')).toBe(`Source: [“${TITLE}”](https://example.com/a)`);
  });

  it('falls back to the long archive URL', () => {
    const long: Article = { ...article, source: { ...article.source, archiveShortUrl: null } };
    expect(sourceLine(long, 'text')).toContain(`: ${article.source.archiveUrl}`);
  });

  it('escapes a hostile title and site in HTML and links only http(s) URLs', () => {
    const html = sourceLine(hostile, 'html');
    const doc = new JSDOM(`<body>${html}`).window.document;
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    const p = doc.querySelector('p.ar-source');
    expect(p?.textContent).toContain(
      'A <script>alert(1)</script> *bold* [x](javascript:alert(1)) & "quotes" second line',
    );
    expect(p?.textContent).toContain('<img src=x onerror=alert(1)>');
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\/archive\.ph\//);
    expect(doc.querySelectorAll('a')).toHaveLength(1);
  });

  it('escapes a hostile title in Markdown', () => {
    const md = sourceLine(hostile, 'markdown');
    expect(md).toContain(
      '“A \\<script\\>alert(1)\\</script\\> \\*bold\\* \\[x\\](javascript:alert(1)) \\& "quotes" second line”',
    );
    expect(md).toContain('*\\<img src=x onerror=alert(1)\\>*');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(md).not.toContain('\n');
  });

  it('keeps a hostile title on one line in text', () => {
    expect(sourceLine(hostile, 'text')).not.toContain('\n');
    expect(sourceLine(hostile, 'text')).not.toContain('javascript:alert(1) —');
  });
});
