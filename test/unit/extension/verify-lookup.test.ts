import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/article.js';
import {
  captureAt,
  cdxQueryUrl,
  nearestOtherCapture,
  rawCaptureUrl,
  timestampOf,
  verifyTarget,
} from '../../../src/extension/verify/wayback-lookup.js';

const ORIGINAL = 'https://www.washingtonpost.com/politics/inside-the-oval-office/2017/05/16/story.html?x=1&y=2';
const HEADER = ['timestamp', 'statuscode', 'mimetype'];

describe('Verify: Wayback addresses', () => {
  test('the raw capture nearest a time: id_ after the timestamp, the original as it is', () => {
    expect(rawCaptureUrl('20170719220303', ORIGINAL)).toBe(`https://web.archive.org/web/20170719220303id_/${ORIGINAL}`);
    expect(timestampOf('2017-07-19T22:03:03Z')).toBe('20170719220303');
    expect(timestampOf(null)).toBeNull();
    expect(timestampOf('not a time')).toBeNull();
  });

  test('the address a redirect ended at names the capture: its time and original', () => {
    expect(captureAt(`https://web.archive.org/web/20170720011502id_/${ORIGINAL}`)).toEqual({
      timestamp: '20170720011502',
      archivedAt: '2017-07-20T01:15:02Z',
      original: ORIGINAL,
    });
    expect(captureAt(`https://web.archive.org/web/2017id_/${ORIGINAL}`)).toBeNull(); // not one exact capture
    expect(captureAt(`https://archive.ph/20170720011502/${ORIGINAL}`)).toBeNull();
    expect(captureAt('https://web.archive.org/cdx/search/cdx?url=x')).toBeNull();
  });

  test('the CDX query: the original exactly, JSON, successful captures, nearest the snapshot first', () => {
    const url = new URL(cdxQueryUrl(ORIGINAL, '20210316091522'));
    expect(url.origin + url.pathname).toBe('https://web.archive.org/cdx/search/cdx');
    expect(url.searchParams.get('url')).toBe(ORIGINAL);
    expect(url.searchParams.get('output')).toBe('json');
    expect(url.searchParams.get('closest')).toBe('20210316091522');
    expect(url.searchParams.get('sort')).toBe('closest');
    expect(url.searchParams.get('filter')).toBe('statuscode:200');
    expect(url.searchParams.get('fl')).toBe('timestamp,statuscode,mimetype');
  });
});

describe('Verify: the nearest other capture from a CDX answer', () => {
  test('skips the snapshot itself and takes the nearest in time, earlier or later', () => {
    const rows = [
      HEADER,
      ['20210316091522', '200', 'text/html'],
      ['20200101000000', '200', 'text/html'],
      ['20210320000000', '200', 'text/html'],
      ['20210310000000', '200', 'text/html'],
    ];
    expect(nearestOtherCapture(rows, '20210316091522')).toBe('20210320000000');
    expect(nearestOtherCapture(rows, '20210311000000')).toBe('20210310000000');
  });

  test('only HTML pages captured with status 200, read by the header row in any column order', () => {
    const rows = [
      ['mimetype', 'timestamp', 'statuscode'],
      ['text/html', '20210316091523', '301'],
      ['image/png', '20210316091524', '200'],
      ['text/html', '20210101000000', '200'],
    ];
    expect(nearestOtherCapture(rows, '20210316091522')).toBe('20210101000000');
  });

  test('nothing else, an empty answer, or something that is not a CDX answer: null', () => {
    expect(nearestOtherCapture([HEADER, ['20210316091522', '200', 'text/html']], '20210316091522')).toBeNull();
    expect(nearestOtherCapture([], '20210316091522')).toBeNull();
    expect(nearestOtherCapture({ error: 'x' }, '20210316091522')).toBeNull();
    expect(nearestOtherCapture([['statuscode'], ['200']], '20210316091522')).toBeNull();
    expect(
      nearestOtherCapture([HEADER, 'junk', ['2021', '200', 'text/html'], [null, '200', 'text/html']], '20210316091522'),
    ).toBeNull();
  });
});

describe('Verify: which articles it runs on', () => {
  const article = (source: Partial<Article['source']>): Article => ({
    title: 't',
    authors: [],
    byline: null,
    published: null,
    siteName: null,
    lang: null,
    section: null,
    excerpt: null,
    leadImage: null,
    contentHtml: '',
    text: '',
    wordCount: 0,
    readingMinutes: 0,
    source: {
      service: 'archive.today',
      originalUrl: ORIGINAL,
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: '2017-07-19T22:03:03Z',
      ...source,
    },
  });

  test('an archived copy with its original and capture time', () => {
    expect(verifyTarget(article({}))).toEqual({ timestamp: '20170719220303', original: ORIGINAL });
    expect(verifyTarget(article({ service: 'wayback', originalUrl: `${ORIGINAL}#comments` }))).toEqual({
      timestamp: '20170719220303',
      original: ORIGINAL,
    });
  });

  test('not an ordinary page, nor a copy without its original or capture time', () => {
    expect(verifyTarget(article({ service: 'none' }))).toBeNull();
    expect(verifyTarget(article({ originalUrl: null }))).toBeNull();
    expect(verifyTarget(article({ originalUrl: 'javascript:alert(1)' }))).toBeNull();
    expect(verifyTarget(article({ archivedAt: null }))).toBeNull();
  });
});
