import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { parseDocument } from '../../support/dom.js';
import { filler, snapshotHtml, snapshotUrl } from '../../support/snapshot.js';
import { snapshotAddress } from '../../support/waybackify.js';

/**
 * Which archive a page belongs to comes from its address (archives/identity.ts): a page anyone could write with
 * archive.today's or Wayback's markup is, at an address of its own, an ordinary page and names nothing else as its
 * original. Markup is evidence only for a local file.
 */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const OPTS = { original: ORIGINAL, capturedAt: '2019-03-05T10:11:12Z' };
const SPOOF = snapshotHtml(
  `<h1>Council approves the new harbour plan after long debate</h1>${filler('harbour plan', 3)}`,
  OPTS,
);
const WAYBACK = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/wayback/news-article/snapshot.html'),
  'utf8',
);
const WAYBACK_ORIGINAL = 'https://www.harbourgazette.example/news/2021/03/14/tide-gauge-restored';

function source(html: string, url: string) {
  return extractWithReport(parseDocument(html, url || undefined), url).article?.source;
}

describe('archive identity comes from the address', () => {
  it('archive.today markup on the archive’s own host is a snapshot', () => {
    const src = source(SPOOF, snapshotUrl(OPTS));
    expect(src?.service).toBe('archive.today');
    expect(src?.originalUrl).toBe(ORIGINAL);
    expect(src?.archivedAt).toBe('2019-03-05T10:11:12Z');
  });

  it.each([
    'https://evil.example/news/story.html',
    'https://archive.ph.evil.example/AbC12',
    'http://evil-archive.ph/AbC12',
  ])('the same markup at %s is an ordinary page: no archive, no capture time, its own address as original', (url) => {
    const src = source(SPOOF, url);
    expect(src).toEqual({
      service: 'none',
      originalUrl: url,
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: null,
    });
  });

  it('Wayback markup away from web.archive.org is an ordinary page too', () => {
    expect(source(WAYBACK, snapshotAddress(WAYBACK_ORIGINAL, '20210316091522'))?.service).toBe('wayback');
    const src = source(WAYBACK, 'https://evil.example/tide-gauge.html');
    expect(src?.service).toBe('none');
    expect(src?.originalUrl).toBe('https://evil.example/tide-gauge.html');
  });

  it('a local file (no address) is still recognised by its markup', () => {
    expect(source(SPOOF, '')?.service).toBe('archive.today');
    expect(source(SPOOF, 'file:///home/me/snapshot.html')?.service).toBe('archive.today');
  });

  it('an ordinary page’s canonical link names its original only on its own host', () => {
    const page = (canonical: string) =>
      `<html><head><link rel="canonical" href="${canonical}"></head><body><h1>Harbour plan approved after long debate</h1>${filler('harbour plan', 3)}</body></html>`;
    expect(
      source(page('https://www.example-news.com/a?clean'), 'https://www.example-news.com/a?utm_source=x')?.originalUrl,
    ).toBe('https://www.example-news.com/a?clean');
    expect(source(page('https://www.reuters.com/world/real-story'), 'https://evil.example/a')?.originalUrl).toBe(
      'https://evil.example/a',
    );
  });
});
