import { describe, expect, it } from 'vitest';
import { extractArticle, extractWithReport } from '../../../src/core/extract.js';
import { PLACEHOLDER_GIF, filler, nestInside, parsePage, snapshotDocument } from '../../support/snapshot.js';

/** The extractor reads the page it is given without changing it, and fails cleanly on pages with no article. */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const H1 = '<h1>Council approves the new harbour plan after long debate</h1>';

/** A snapshot with something for every stage: hidden parts, boilerplate, /o/ links, a lazy image, a figure. */
const BUSY = `<div id="nav" style="display:none"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></div>
<div><a href="/politics/">Politics</a></div>${H1}
<div>By Jane Doe and John Smith</div><div>May 16</div>
<ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?url=x">Twitter</a></li></ul>
<p>The council cited <a href="https://www.example.org/report">the report</a> on Tuesday evening, and members spoke for nearly three hours before any vote was taken.</p>
<div><img src="https://cdn.example-news.com/quay.jpg" alt="Quay"><span>The old quay.</span></div>
<p><img src="${PLACEHOLDER_GIF}" data-src="https://cdn.example-news.com/lazy.jpg" alt="Lazy"></p>
${filler('harbour plan', 3)}
<div><div>The story must be told. Subscribe now for unlimited digital access.</div><a href="/subscribe">Subscribe</a></div>
<div><h2>Most Read</h2><ol><li><a href="/a">Storm closes the bridge</a></li><li><a href="/b">School board elects a chair</a></li></ol></div>
<div>© 2017 Example News. All rights reserved.</div>`;

describe('the document passed in', () => {
  it('is never changed by extracting a snapshot, with or without --explain', () => {
    for (const explain of [false, true]) {
      const { doc, url } = snapshotDocument(BUSY, { original: ORIGINAL });
      const before = doc.documentElement.outerHTML;
      const report = extractWithReport(doc, url, { explain });
      expect(report.article?.title).toBe('Council approves the new harbour plan after long debate');
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(doc.title).toBe('Council approves the new harbour plan after long debate');
    }
  });

  it('is never changed by extracting an ordinary page', () => {
    const doc = parsePage(
      `<!DOCTYPE html><html lang="en"><head><title>Harbour plan | Example News</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan","author":{"@type":"Person","name":"Jane Doe"}}</script></head><body><header><nav><a href="/">Home</a></nav></header><article class="story" id="story"><h1>Harbour plan</h1>${filler('harbour plan', 3)}</article><footer>© 2017 Example News</footer></body></html>`,
      ORIGINAL,
    );
    const before = doc.documentElement.outerHTML;
    expect(extractArticle(doc, ORIGINAL)?.authors).toEqual([{ given: 'Jane', family: 'Doe' }]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives the same article when read twice', () => {
    const { doc, url } = snapshotDocument(BUSY, { original: ORIGINAL });
    expect(extractArticle(doc, url)).toEqual(extractArticle(doc, url));
  });
});

describe('pages without an article', () => {
  it('an empty snapshot gives null, reported as no-article', () => {
    const { doc, url } = snapshotDocument('', { original: ORIGINAL });
    expect(extractArticle(doc, url)).toBeNull();
    const report = extractWithReport(doc, url);
    expect(report.failure).toBe('no-article');
    expect(report.snapshot?.service).toBe('archive.today'); // recognised all the same
  });

  it('an empty ordinary page gives null', () => {
    const doc = parsePage(
      '<!DOCTYPE html><html><head><title>Nothing here</title></head><body></body></html>',
      'https://www.example.org/',
    );
    expect(extractArticle(doc, doc.URL)).toBeNull();
  });

  it('a snapshot whose content is a hidden menu gives null', () => {
    const menu = ['Home', 'Local', 'Politics', 'Business', 'Sport', 'Weather', 'Opinion', 'Culture'].map(
      (s) => `<li><a href="/${s}">${s} news and more from the ${s} desk</a></li>`,
    );
    const { doc, url } = snapshotDocument(`<div style="display:none"><ul>${menu.join('')}</ul></div>`, {
      original: ORIGINAL,
    });
    expect(extractArticle(doc, url)).toBeNull();
  });

  it('a single short line is no article, unless asked to try anyway', () => {
    const { doc, url } = snapshotDocument('<div>Gone fishing.</div>', { original: ORIGINAL });
    expect(extractWithReport(doc, url).failure).toBe('no-article');
    expect(extractWithReport(doc, url, { minLength: 5 }).article?.text).toBe('Gone fishing.');
  });
});

describe('limits', () => {
  it('a page above maxElements is refused as too-large, not extracted', () => {
    const { doc, url } = snapshotDocument(`${H1}${filler('harbour plan', 3)}`, { original: ORIGINAL });
    const small = extractWithReport(doc, url, { maxElements: 3 });
    expect(small.failure).toBe('too-large');
    expect(small.article).toBeNull();
    expect(small.snapshot?.originalUrl).toBe(ORIGINAL);
    expect(extractWithReport(doc, url).failure).toBeNull();
  });

  it('counts only the captured page, not the archive’s shell', () => {
    // The shell alone has well over a hundred elements; the captured page has five.
    const { doc, url } = snapshotDocument(`${H1}${filler('harbour plan', 4)}`, { original: ORIGINAL });
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(100);
    expect(extractWithReport(doc, url, { maxElements: 5 }).failure).toBeNull();
    expect(extractWithReport(doc, url, { maxElements: 4 }).failure).toBe('too-large');
  });

  it('survives 10,000 levels of nested <div>s without a stack overflow, and leaves them unchanged', () => {
    const { doc, url } = snapshotDocument(
      `${H1}${filler('harbour plan', 2)}<div id="deep"></div>${filler('budget', 2)}`,
      { original: ORIGINAL, capture: false },
    );
    const bottom = nestInside(doc.getElementById('deep')!, 10_000);
    bottom.textContent = 'A sentence at the bottom of a very deep tree, long enough to count as text of the article.';
    let depth = 0;
    for (let el: Element | null = bottom; el; el = el.parentElement) depth++;
    expect(depth).toBeGreaterThan(10_000);
    const before = doc.documentElement.outerHTML;
    const report = extractWithReport(doc, url);
    expect(report.failure).toBeNull();
    expect(report.article?.text).toContain('A sentence at the bottom of a very deep tree');
    expect(report.article?.text).toContain('The council met on Tuesday evening');
    expect(doc.documentElement.outerHTML).toBe(before);
  }, 60_000);
});

describe('extraction in phases (the content script on archive pages)', () => {
  it('gives the same report as the one-go run, pausing between its phases', async () => {
    const { runExtraction, runExtractionInSteps } = await import('../../../src/core/pipeline.js');
    const { ADAPTERS } = await import('../../../src/core/archives/index.js');
    const { doc, url } = snapshotDocument(BUSY, { original: ORIGINAL });
    let pauses = 0;
    const stepped = await runExtractionInSteps(doc, url, { adapters: ADAPTERS }, async () => {
      pauses++;
    });
    expect(pauses).toBe(2);
    expect(stepped.article?.title).toBe('Council approves the new harbour plan after long debate');
    expect(stepped).toEqual(runExtraction(doc, url, { adapters: ADAPTERS }));
  });
});
