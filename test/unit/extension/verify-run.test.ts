import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Article } from '../../../src/article.js';
import type { Extraction } from '../../../src/extension/messages.js';
import { verifyArticle, type Extract } from '../../../src/extension/verify/run.js';

const ORIGINAL = 'https://www.example.com/news/story.html';
const base: Article = {
  title: 'Story',
  authors: [],
  byline: null,
  published: null,
  siteName: null,
  lang: 'en',
  section: null,
  excerpt: null,
  leadImage: null,
  contentHtml: '<p>One sentence here. Another one there.</p>',
  text: 'One sentence here. Another one there.',
  wordCount: 6,
  readingMinutes: 1,
  source: {
    service: 'archive.today',
    originalUrl: ORIGINAL,
    archiveUrl: `https://archive.ph/20200101120000/${ORIGINAL}`,
    archiveShortUrl: null,
    archivedAt: '2020-01-01T12:00:00Z',
  },
};
const fromWayback = (text: string, stamp: string): Article => ({
  ...base,
  text,
  source: {
    service: 'wayback',
    originalUrl: ORIGINAL,
    archiveUrl: `https://web.archive.org/web/${stamp}/${ORIGINAL}`,
    archiveShortUrl: null,
    archivedAt: null,
  },
});

/** A Response whose `url` is the address it finally came from (fetch sets it after redirects). */
function answer(body: string, status: number, url: string): Response {
  const response = new Response(body, { status });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

const seen: { url: string; init: RequestInit | undefined }[] = [];
function stubFetch(handler: (url: string) => Response | Promise<Response>): void {
  seen.length = 0;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({ url: String(input), init });
    return handler(String(input));
  });
}

const reads =
  (article: Article | null): Extract =>
  async () =>
    (article
      ? { ok: true, article, lenient: false, millis: 1 }
      : { ok: false, failure: 'no-article', lenient: false, millis: 1, refusal: null }) satisfies Extraction;

afterEach(() => vi.unstubAllGlobals());

describe('verifyArticle', () => {
  test('asks for the raw capture nearest the snapshot, without cookies or referrer, and compares', async () => {
    stubFetch(() => answer('<html></html>', 200, `https://web.archive.org/web/20200102000000id_/${ORIGINAL}`));
    const outcome = await verifyArticle(base, reads(fromWayback(base.text, '20200102000000')));
    expect(seen.map((s) => s.url)).toEqual([`https://web.archive.org/web/20200101120000id_/${ORIGINAL}`]);
    expect(seen[0]!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(outcome.ok && outcome.report.verdict).toBe('identical');
    expect(outcome.capture).toEqual({
      timestamp: '20200102000000',
      archivedAt: '2020-01-02T00:00:00Z',
      original: ORIGINAL,
    });
  });

  test('a changed word is a difference', async () => {
    stubFetch(() => answer('', 200, `https://web.archive.org/web/20200102000000id_/${ORIGINAL}`));
    const outcome = await verifyArticle(
      base,
      reads(fromWayback('One sentence here. Another one where.', '20200102000000')),
    );
    expect(outcome.ok && outcome.report.verdict).toBe('differs');
    expect(outcome.ok && outcome.report.changes).toHaveLength(1);
  });

  test('each failure in its own words: 404, another status, no connection, an answer that is not a capture, no article', async () => {
    stubFetch(() => answer('', 404, `https://web.archive.org/web/20200101120000id_/${ORIGINAL}`));
    expect(await verifyArticle(base, reads(null))).toMatchObject({ ok: false, failure: 'no-capture', status: 404 });
    stubFetch(() => answer('', 503, `https://web.archive.org/web/20200101120000id_/${ORIGINAL}`));
    expect(await verifyArticle(base, reads(null))).toMatchObject({ ok: false, failure: 'unavailable', status: 503 });
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await verifyArticle(base, reads(null))).toMatchObject({ ok: false, failure: 'offline' });
    stubFetch(() => answer('', 200, 'https://web.archive.org/'));
    expect(await verifyArticle(base, reads(null))).toMatchObject({ ok: false, failure: 'no-capture' });
    stubFetch(() => answer('', 200, `https://web.archive.org/web/20200102000000id_/${ORIGINAL}`));
    expect(await verifyArticle(base, reads(null))).toMatchObject({
      ok: false,
      failure: 'no-article',
      capture: { timestamp: '20200102000000' },
    });
  });

  test('on a Wayback snapshot: the nearest other capture from the CDX list, or "no other capture"', async () => {
    const snapshot: Article = {
      ...base,
      source: { ...fromWayback(base.text, '20200101120000').source, archivedAt: '2020-01-01T12:00:00Z' },
    };
    stubFetch((url) =>
      url.includes('/cdx/')
        ? answer(
            JSON.stringify([
              ['timestamp', 'statuscode', 'mimetype'],
              ['20200101120000', '200', 'text/html'],
              ['20191231000000', '200', 'text/html'],
            ]),
            200,
            url,
          )
        : answer('', 200, `https://web.archive.org/web/20191231000000id_/${ORIGINAL}`),
    );
    const outcome = await verifyArticle(snapshot, reads(fromWayback(base.text, '20191231000000')));
    expect(seen[1]!.url).toBe(`https://web.archive.org/web/20191231000000id_/${ORIGINAL}`);
    expect(outcome.ok && outcome.report.verdict).toBe('identical');

    stubFetch((url) =>
      answer(
        JSON.stringify([
          ['timestamp', 'statuscode', 'mimetype'],
          ['20200101120000', '200', 'text/html'],
        ]),
        200,
        url,
      ),
    );
    expect(await verifyArticle(snapshot, reads(null))).toMatchObject({ ok: false, failure: 'no-other-capture' });
    expect(seen).toHaveLength(1);
    stubFetch((url) => answer('', 200, url));
    expect(await verifyArticle(snapshot, reads(null))).toMatchObject({ ok: false, failure: 'no-other-capture' });
  });
});
