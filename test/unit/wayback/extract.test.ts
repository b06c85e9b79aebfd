import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Author } from '../../../src/article.js';
import { wayback } from '../../../src/core/archives/wayback/adapter.js';
import { RemovalLog } from '../../../src/core/explain.js';
import { extractArticle, extractWithReport } from '../../../src/core/extract.js';
import { PageIndex } from '../../../src/core/page-index.js';
import { snapshotAddress, TOOLBAR_TEXT, waybackify } from '../../support/waybackify.js';

const quiet = new VirtualConsole();
const windows: { close(): void }[] = [];
afterAll(() => {
  for (const w of windows.splice(0)) w.close();
});
function load(html: string, url: string): Document {
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  windows.push(dom.window);
  return dom.window.document;
}

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/wayback');
const read = (file: string): string => readFileSync(path.join(FIXTURES, file), 'utf8');
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

interface Expected {
  url: string;
  title: string;
  authors: Author[];
  published: string;
  siteName: string | null;
  lang: string;
  originalUrl: string;
  archivedAt: string;
  archiveUrl: string;
  leadImage: string | null;
  paragraphs: string[];
  links: { text: string; href: string }[];
  images: string[];
  mustNotContain: string[];
}

const CASES = ['news-article', 'blog-post', 'lazy-images'] as const;
const expectedOf = (name: string): Expected => JSON.parse(read(`${name}/expected.json`)) as Expected;

describe.each(CASES)('Wayback snapshot %s', (name) => {
  const expected = expectedOf(name);
  const doc = load(read(`${name}/snapshot.html`), expected.url);
  const before = doc.documentElement.outerHTML;
  const article = extractArticle(doc, expected.url)!;
  const text = collapse(article?.text ?? '');
  const content = load(article?.contentHtml ?? '', expected.originalUrl);
  const contentText = collapse(content.body.textContent ?? '');

  it("is an article read from the Wayback Machine, with the capture's facts", () => {
    expect(article).not.toBeNull();
    expect(article.source).toEqual({
      service: 'wayback',
      originalUrl: expected.originalUrl,
      archiveUrl: expected.archiveUrl,
      archiveShortUrl: null,
      archivedAt: expected.archivedAt,
    });
  });

  it("has the article's own metadata, never the archive's", () => {
    // The blog's title keeps its " « Field Notes" suffix (a title-rule matter, outside the adapter).
    expect(article.title.startsWith(expected.title)).toBe(true);
    expect(article.authors).toEqual(expected.authors);
    expect(article.published?.slice(0, 10)).toBe(expected.published);
    expect(article.published?.slice(0, 10)).not.toBe(expected.archivedAt.slice(0, 10));
    if (expected.siteName) expect(article.siteName).toBe(expected.siteName);
    expect(article.siteName ?? '').not.toMatch(/wayback|archive\.org|internet archive/i);
    expect(article.lang).toBe(expected.lang);
    expect(article.leadImage?.url ?? null).toBe(expected.leadImage);
  });

  it('keeps every paragraph, in order, in text and in contentHtml', () => {
    for (const source of [text, contentText]) {
      let from = 0;
      for (const p of expected.paragraphs) {
        const at = source.indexOf(collapse(p), from);
        expect(at, `paragraph missing or out of order: ${p.slice(0, 60)}`).toBeGreaterThanOrEqual(0);
        from = at;
      }
    }
  });

  it('points links at the original addresses', () => {
    const links = Array.from(content.querySelectorAll('a'));
    for (const want of expected.links) {
      const a = links.find((l) => collapse(l.textContent ?? '') === want.text);
      expect(a?.getAttribute('href'), want.text).toBe(want.href);
    }
    for (const a of links) expect(a.getAttribute('href') ?? '').not.toMatch(/^\/web\/|web\.archive\.org\/web\/\d/);
  });

  it('keeps images on the archive', () => {
    const srcs = Array.from(content.querySelectorAll('img')).map((i) => i.getAttribute('src') ?? '');
    for (const src of srcs) expect(src).toMatch(/^https:\/\/web\.archive\.org\/web\/\d{14}im_\//);
    for (const want of expected.images) expect(srcs).toContain(want);
  });

  it("leaves out the page's furniture and the whole toolbar", () => {
    for (const s of [...expected.mustNotContain, ...TOOLBAR_TEXT]) {
      expect(text.includes(s), `text contains "${s}"`).toBe(false);
      expect(article.contentHtml.includes(s), `contentHtml contains "${s}"`).toBe(false);
    }
    expect(article.contentHtml).not.toMatch(/wm-ipp|donato|_static\/|__wm\./);
  });

  it('does not change the page', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('other forms of a capture', () => {
  const expected = expectedOf('news-article');

  it('the legacy markup of the same page reads the same', () => {
    const url = snapshotAddress(expected.originalUrl, '20140802113045');
    const html = waybackify(read('news-article/original.html'), {
      originalUrl: expected.originalUrl,
      timestamp: '20140802113045',
      era: 'legacy',
    });
    const article = extractArticle(load(html, url), url)!;
    expect(article.source.archivedAt).toBe('2014-08-02T11:30:45Z');
    expect(article.title).toBe(expected.title);
    for (const s of TOOLBAR_TEXT) expect(article.text.includes(s), s).toBe(false);
  });

  it('an id_ capture (the bare original, no toolbar, no rewriting) is still read as the Wayback copy', () => {
    const url = snapshotAddress(expected.originalUrl, '20210316091522', 'id_');
    const article = extractArticle(load(read('news-article/original.html'), url), url)!;
    expect(article.source.service).toBe('wayback');
    expect(article.source.archiveUrl).toBe(expected.archiveUrl);
    expect(article.source.archivedAt).toBe(expected.archivedAt);
    const content = load(article.contentHtml, expected.originalUrl);
    expect(content.querySelector('img')?.getAttribute('src')).toBe(expected.images[0]);
    expect(
      Array.from(content.querySelectorAll('a'))
        .find((a) => a.textContent === 'public appeal last November')
        ?.getAttribute('href'),
    ).toBe('https://www.harbourgazette.example/news/2020/11/02/harbour-trust-appeal');
  });

  it('a saved copy with no address, given as a file, names the capture from its markers', () => {
    const article = extractArticle(
      load(read('lazy-images/snapshot.html'), 'file:///home/reader/gardens.html'),
      'file:///home/reader/gardens.html',
    )!;
    const want = expectedOf('lazy-images');
    expect(article.source.originalUrl).toBe(want.originalUrl);
    expect(article.source.archivedAt).toBe(want.archivedAt);
    expect(article.source.service).toBe('wayback');
  });
});

describe('the page index skips archive chrome', () => {
  it('never indexes what Snapshot.isChrome names, and logs it as archive-chrome', () => {
    const url = expectedOf('news-article').url;
    const html = waybackify(read('news-article/original.html'), {
      originalUrl: expectedOf('news-article').originalUrl,
      timestamp: '20210316091522',
      live: true,
    });
    const doc = load(html, url);
    const snapshot = wayback.open(doc, url)!;
    const log = new RemovalLog(true);
    const index = new PageIndex(snapshot.root, log, snapshot.isWrapper, snapshot.isChrome);
    const toolbar = doc.getElementById('wm-ipp-base')!;
    const print = doc.getElementById('wm-ipp-print')!;
    expect(index.isVisible(toolbar)).toBe(false);
    expect(index.isVisible(print)).toBe(false);
    expect(index.isVisible(doc.getElementById('wm-capinfo')!)).toBe(false);
    expect(index.isVisible(doc.querySelector('h1')!)).toBe(true);
    expect(index.blocks.some((b) => /Wayback Machine|captures|COLLECTED BY/.test(b.text))).toBe(false);
    expect(log.entries.filter((e) => e.rule === 'archive-chrome').map((e) => e.tag)).toEqual(['div', 'div', 'div']);
  });

  it('without it the live toolbar is visible, which is why adapters name their chrome', () => {
    const url = expectedOf('news-article').url;
    const html = waybackify(read('news-article/original.html'), {
      originalUrl: expectedOf('news-article').originalUrl,
      timestamp: '20210316091522',
      live: true,
    });
    const doc = load(html, url);
    const index = new PageIndex(doc.body, new RemovalLog(false));
    expect(index.isVisible(doc.getElementById('wm-ipp-base')!)).toBe(true);
  });
});

/** The chrome the adapter names (Snapshot.isChrome) never reaches the article: the pipeline skips it while indexing. */
describe('chrome never reaches the article', () => {
  it('no line of the toolbar, print line included, in any fixture, served or live', () => {
    for (const name of CASES) {
      const expected = expectedOf(name);
      for (const live of [false, true]) {
        const html = live
          ? waybackify(read(`${name}/original.html`), {
              originalUrl: expected.originalUrl,
              timestamp: expected.archiveUrl.slice(28, 42),
              live,
            })
          : read(`${name}/snapshot.html`);
        const article = extractArticle(load(html, expected.url), expected.url);
        for (const s of TOOLBAR_TEXT) expect(article?.text.includes(s), `${name} live=${live}: ${s}`).toBe(false);
      }
    }
  });

  it('a "Got an HTTP 302 response at crawl time" notice is not an article', () => {
    const url = 'https://web.archive.org/web/20210316091522/https://www.harbourgazette.example/news/';
    const html = `<html><head><title>Wayback Machine</title></head><body><div id="positionHome"><section><div id="error">
      <p class="code">Loading...</p><p class="code shift target">https://www.harbourgazette.example/news/ | 09:15:22 March 16, 2021</p>
      <p class="code shift red">Got an HTTP 302 response at crawl time</p><p class="code">Redirecting to...</p>
      <p class="code shift target">https://www.harbourgazette.example/news/index.html</p>
      <p class="impatient"><a href="https://web.archive.org/web/20210316091522/https://www.harbourgazette.example/news/index.html">Impatient?</a></p>
      </div></section></div></body></html>`;
    const report = extractWithReport(load(html, url), url);
    expect(report.snapshot?.service).toBe('wayback');
    expect(report.article).toBeNull();
  });
});
