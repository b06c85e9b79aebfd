import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/core/archives/index.js';
import { openWith } from '../../../src/core/pipeline.js';
import { parseSnapshotAddress } from '../../../src/core/archives/archive-today-urls.js';
import { extractArticle, extractWithReport } from '../../../src/core/extract.js';
import {
  MIRRORS,
  filler,
  parsePage,
  snapshotDocument,
  snapshotUrl,
  zipIndexHtml,
  type SnapshotOptions,
} from '../../support/snapshot.js';
import { sharedCorpus } from '../../support/shared-corpus.js';

/** Which archive.today pages are snapshots (and which pages on the same hosts are not). */

const ORIGINAL = 'https://www.example-news.com/local/2017/harbour-plan.html';
const ARTICLE = `<h1>Council approves the new harbour plan after long debate</h1>\n${filler('harbour plan', 2)}`;
const base: SnapshotOptions = { original: ORIGINAL, id: 'AbC12', capturedAt: '2017-07-19T22:03:03Z' };

function serviceOf(doc: Document, url: string): string | null {
  return openWith(ADAPTERS, doc, url)?.source.service ?? null;
}

describe('archive.today snapshots are recognised', () => {
  it.each(MIRRORS)('on %s, with and without www.', (mirror) => {
    const { doc } = snapshotDocument(ARTICLE, { ...base, mirror }, `https://${mirror}/AbC12`);
    for (const host of [mirror, `www.${mirror}`]) {
      const source = openWith(ADAPTERS, doc, `https://${host}/AbC12`)?.source;
      expect(source?.service, host).toBe('archive.today');
      expect(source?.archiveShortUrl, host).toBe(`https://${mirror}/AbC12`);
      expect(source?.originalUrl, host).toBe(ORIGINAL);
    }
  });

  it('at the short address /{ID}', () => {
    const { doc, url } = snapshotDocument(ARTICLE, base, 'https://archive.ph/AbC12');
    expect(openWith(ADAPTERS, doc, url)?.source).toMatchObject({
      service: 'archive.today',
      originalUrl: ORIGINAL,
      archivedAt: '2017-07-19T22:03:03Z',
    });
  });

  // The shell's own pointers to the original are removed, so the original can only come from the address itself.
  const bare: SnapshotOptions = { ...base, bookmark: null, longLink: null, savedFrom: null };
  it.each([
    ['/{14 digits}/{original}', 'long'],
    ['/{YYYY.MM.DD-hhmmss}/{original}', 'dotted'],
  ] as const)('at the long address %s, reading the original and the capture time from it', (_label, form) => {
    const url = snapshotUrl(bare, form, 'archive.md');
    const { doc } = snapshotDocument(
      ARTICLE,
      { ...bare, headerTime: null, hiddenTime: null, headPublished: null },
      url,
    );
    expect(openWith(ADAPTERS, doc, url)?.source).toMatchObject({
      service: 'archive.today',
      originalUrl: ORIGINAL,
      archivedAt: '2017-07-19T22:03:03Z',
      archiveUrl: `https://archive.md/20170719220303/${ORIGINAL}`,
    });
  });

  const markups: [SnapshotOptions['variant'], 'kept' | 'stripped'][] = [
    ['current', 'kept'],
    ['current', 'stripped'],
    ['2018', 'kept'],
    ['2018', 'stripped'],
    ['2013', 'kept'],
    ['2013', 'stripped'],
  ];
  it.each(markups)('in the %s markup with captured ids %s', (variant, ids) => {
    // Ids a captured page commonly carries, some of them named like the archive's own (case differs).
    const page = `<div id="header"><a href="/">Example News</a></div><div id="content"><div id="main"><h1>Council approves the new harbour plan after long debate</h1><div id="article-body">${filler('harbour plan', 3)}</div></div></div>`;
    const opts: SnapshotOptions = { ...base, variant, ids };
    const { doc, url } = snapshotDocument(page, opts);
    const report = extractWithReport(doc, url);
    expect(report.snapshot).toMatchObject({
      service: 'archive.today',
      originalUrl: ORIGINAL,
      archivedAt: '2017-07-19T22:03:03Z',
    });
    expect(report.article?.title).toBe('Council approves the new harbour plan after long debate');
    expect(report.article?.text).toContain('The council met on Tuesday evening');
    expect(doc.getElementById('article-body') !== null).toBe(ids === 'kept');
  });
});

describe('the "download .zip" index.html', () => {
  const file = 'file:///home/reader/Downloads/AbC12/index.html';
  const page = `<h1>Council approves the new harbour plan after long debate</h1>
<p>Officials cited <a href="https://www.example.org/report">the harbour report</a> at the meeting on Tuesday evening.</p>
<figure><img src="https://www.example-news.com/img/quay.jpg" alt="The quay"><figcaption>The old quay.</figcaption></figure>
${filler('harbour plan', 3)}`;
  const doc = parsePage(zipIndexHtml(page, { ...base, variant: '2018' }), file);
  const report = extractWithReport(doc, file);

  it('is recognised, with the short address from its canonical link and no capture time', () => {
    expect(doc.getElementById('HEADER')).toBeNull();
    expect(report.snapshot).toEqual({
      service: 'archive.today',
      originalUrl: null,
      archiveUrl: null,
      archiveShortUrl: 'https://archive.is/AbC12',
      archivedAt: null,
    });
  });

  it('yields the article, its links pointing at the originals and its images at the files beside it', () => {
    const article = report.article!;
    expect(article.title).toBe('Council approves the new harbour plan after long debate');
    const links = parsePage(article.contentHtml, 'https://example.invalid/').querySelectorAll('a[href]');
    expect(Array.from(links, (a) => a.getAttribute('href'))).toContain('https://www.example.org/report');
    expect(article.contentHtml).toMatch(/<img [^>]*src="file:\/\/\/home\/reader\/Downloads\/AbC12\/[0-9a-f]{40}\.jpg"/);
  });
});

describe('pages on archive hosts that are not snapshots', () => {
  it.each([
    'https://archive.ph/search/?q=example-news.com',
    'https://archive.ph/newest/https://www.example-news.com/local/',
    'https://archive.ph/oldest/https://www.example-news.com/local/',
    'https://archive.ph/timemap/https://www.example-news.com/local/',
    'https://archive.ph/https://www.example-news.com/local/',
    'https://archive.ph/www.example-news.com',
    'https://archive.ph/submit/',
    'https://archive.ph/wip/AbC12',
    'https://archive.ph/offset=20/*.example-news.com',
    'https://d3gk4m7rq2xw1b.archive.ph/AbC12',
    'https://d3gk4m7rq2xw1b.archive.ph/?url=https://www.example-news.com/',
    'https://archive.ph/download/AbC12.zip',
    'https://archive.ph/AbC12/image',
    'https://archive.org/AbC12',
    'https://example-news.com/AbC12',
  ])('%s is not a snapshot address', (url) => {
    expect(parseSnapshotAddress(url)).toBeNull();
  });

  const header = `<div id="HEADER"><table><tr><td><a href="https://archive.today/"><div>archive.today</div><div>webpage capture</div></a></td>
<td><form action="https://archive.ph/search/" method="get"><input type="text" name="q" value="example-news.com"/><input type="submit" value="search"/></form></td></tr></table></div>`;

  it('the search results page', () => {
    const url = 'https://archive.ph/search/?q=example-news.com';
    const doc = parsePage(
      `<!DOCTYPE html><html><head><title>archive.ph</title><meta property="og:site_name" content="archive.ph"/></head><body><center>${header}
<div id="CONTENT"><div>Search results: 2</div>
<div><a href="https://archive.ph/AbC12">Council approves the new harbour plan after long debate</a> <div>19 Jul 2017 22:03</div><div>https://www.example-news.com/local/2017/harbour-plan.html</div></div>
<div><a href="https://archive.ph/XyZ34">School board elects a new chair</a> <div>2 Aug 2017 08:11</div></div>
</div></center></body></html>`,
      url,
    );
    expect(serviceOf(doc, url)).toBe('none');
  });

  it('the "no results" page of /newest/', () => {
    const url = 'https://archive.ph/newest/https://www.example-news.com/local/2017/harbour-plan.html';
    const doc = parsePage(
      `<!DOCTYPE html><html><head><title>archive.ph</title></head><body><center>${header}<div id="CONTENT"><div>No results</div><div>Archive this url</div></div></center></body></html>`,
      url,
    );
    expect(serviceOf(doc, url)).toBe('none');
  });

  it('the submit page on a shard host', () => {
    const url = 'https://d3gk4m7rq2xw1b.archive.ph/?url=https://www.example-news.com/';
    const doc = parsePage(
      `<!DOCTYPE html><html><head><title>archive.ph</title><meta property="og:site_name" content="archive.ph"/></head><body><center><div id="HEADER"><div>archive.today</div><div>webpage capture</div></div><form id="submiturl" action="https://archive.ph/submit/" method="post"><input type="text" name="url" value="https://www.example-news.com/"/><input type="submit" value="save"/></form></center></body></html>`,
      url,
    );
    expect(serviceOf(doc, url)).toBe('none');
  });

  it('an ordinary article page', () => {
    const url = 'https://www.example-news.com/local/2017/harbour-plan.html';
    const doc = parsePage(
      `<!DOCTYPE html><html lang="en"><head><title>Council approves the new harbour plan</title></head><body><article>${ARTICLE}</article></body></html>`,
      url,
    );
    expect(serviceOf(doc, url)).toBe('none');
    expect(extractArticle(doc, url)?.source).toEqual({
      service: 'none',
      originalUrl: url,
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: null,
    });
  });

  it('an ordinary page that happens to use the html1/html/body class names', () => {
    const url = 'https://www.example-blog.org/posts/layout';
    const doc = parsePage(
      `<!DOCTYPE html><html lang="en"><head><title>Layout notes</title></head><body><div class="html1"><div class="html"><div class="body"><h1>Layout notes on nested wrappers</h1>${filler('layout', 2)}</div></div></div></body></html>`,
      url,
    );
    expect(serviceOf(doc, url)).toBe('none');
  });
});

/** Real pages served by archive.is (MIT-licensed test samples of other projects; see the .source.txt files beside them). */
const REAL_DIR = sharedCorpus('archive-real');
const haveReal = existsSync(REAL_DIR);

describe.skipIf(!haveReal)(`real archive.today pages (skipped when ${REAL_DIR} is missing)`, () => {
  const read = (name: string) => readFileSync(path.join(REAL_DIR, name), 'utf8');

  it('the 2013 capture served in 2018 (archive.is/pSSpa): the original is the "Saved from" address, not the "Redirected from" one', () => {
    const url = 'https://archive.is/pSSpa';
    const doc = parsePage(read('archive-is-2013-flexispy-pSSpa.html'), url);
    expect(openWith(ADAPTERS, doc, url)?.source).toEqual({
      service: 'archive.today',
      originalUrl: 'http://www.flexispy.com/',
      archiveUrl: 'https://archive.is/20130508132946/http://www.flexispy.com/',
      archiveShortUrl: 'https://archive.is/pSSpa',
      archivedAt: '2013-05-08T13:29:46Z',
    });
  });

  it('the 2018 capture (archive.is/XvEff)', () => {
    const url = 'https://archive.is/XvEff';
    const doc = parsePage(read('archive-is-2018-txtweb-XvEff.html'), url);
    expect(openWith(ADAPTERS, doc, url)?.source).toEqual({
      service: 'archive.today',
      originalUrl: 'https://txt.gigawatt.io/',
      archiveUrl: 'https://archive.is/20180505222855/https://txt.gigawatt.io/',
      archiveShortUrl: 'https://archive.is/XvEff',
      archivedAt: '2018-05-05T22:28:55Z',
    });
  });

  it('the "download .zip" index.html of pSSpa', () => {
    const file = 'file:///tmp/pSSpa/index.html';
    const doc = parsePage(read('archive-is-2013-flexispy-pSSpa.zip-index.html'), file);
    const snapshot = openWith(ADAPTERS, doc, file);
    expect(snapshot?.source).toEqual({
      service: 'archive.today',
      originalUrl: null,
      archiveUrl: null,
      archiveShortUrl: 'https://archive.is/pSSpa',
      archivedAt: null,
    });
    expect(snapshot?.originalHost).toBe('www.flexispy.com');
  });
});
