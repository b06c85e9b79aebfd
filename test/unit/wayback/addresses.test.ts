import { describe, expect, it } from 'vitest';
import {
  decodeTarget,
  isWaybackSnapshotUrl,
  parseWaybackAddress,
  waybackUrl,
} from '../../../src/core/archives/wayback/address.js';
import { archiveTimestampToIso as waybackTimestampToIso } from '../../../src/core/time.js';

const ORIGINAL = 'https://www.harbourgazette.example/news/2021/03/14/tide-gauge-restored';

describe('Wayback replay addresses', () => {
  it.each(['', 'id_', 'im_', 'if_', 'js_', 'cs_', 'fw_', 'fr_', 'oe_', 'mp_', 'cm1_'])(
    'reads /web/<timestamp>%s/<original>',
    (mod) => {
      expect(parseWaybackAddress(`https://web.archive.org/web/20210316091522${mod}/${ORIGINAL}`)).toEqual({
        timestamp: '20210316091522',
        modifier: mod,
        original: ORIGINAL,
      });
    },
  );

  it.each(['2021', '202103', '20210316', '2021031609'])(
    'reads a partial timestamp (%s): the capture nearest to it',
    (stamp) => {
      expect(parseWaybackAddress(`https://web.archive.org/web/${stamp}/${ORIGINAL}`)?.timestamp).toBe(stamp);
    },
  );

  it('keeps the original query and fragment byte for byte', () => {
    const original = 'https://example.com/search?q=tide+gauge&page=2#results';
    expect(parseWaybackAddress(`https://web.archive.org/web/20210316091522/${original}`)?.original).toBe(original);
  });

  it('accepts http, protocol-relative and the old wayback.archive.org host', () => {
    for (const prefix of [
      'http://web.archive.org',
      '//web.archive.org',
      'https://wayback.archive.org',
      'https://WEB.ARCHIVE.ORG',
    ]) {
      expect(parseWaybackAddress(`${prefix}/web/20210316091522/${ORIGINAL}`)?.original, prefix).toBe(ORIGINAL);
    }
  });

  it('reads the root-relative form only where it is asked for (inside a snapshot page)', () => {
    expect(parseWaybackAddress(`/web/20210316091522/${ORIGINAL}`)).toBeNull();
    expect(parseWaybackAddress(`/web/20210316091522im_/${ORIGINAL}`, true)?.modifier).toBe('im_');
  });

  it.each([
    ['the calendar of all captures', `https://web.archive.org/web/*/${ORIGINAL}`],
    ['a calendar of one year', `https://web.archive.org/web/2021*/${ORIGINAL}`],
    ['a capture list over a range', `https://web.archive.org/web/2009-2015*/${ORIGINAL}`],
    ['a URL-prefix search', `https://web.archive.org/web/*/${ORIGINAL}*`],
    ['Save Page Now', `https://web.archive.org/save/${ORIGINAL}`],
    ['the home page', 'https://web.archive.org/web/'],
    ['the submit form', `https://web.archive.org/web/submit?url=${ORIGINAL}`],
    ['the sitemap', 'https://web.archive.org/web/sitemap/https://example.com/'],
    ['a timestamp without an original', 'https://web.archive.org/web/20210316091522/'],
    ['archive.org itself', 'https://archive.org/details/texts'],
    ['a look-alike host', `https://web.archive.org.evil.example/web/20210316091522/${ORIGINAL}`],
    ['another archive', `https://archive.ph/20210316091522/${ORIGINAL}`],
    ['the original itself', ORIGINAL],
  ])('is not a snapshot: %s', (_, url) => {
    expect(isWaybackSnapshotUrl(url)).toBe(false);
  });

  it('repairs the original as old captures write it', () => {
    expect(decodeTarget('http://www.nytimes.com:80/2001/09/12/nyregion/x.html')).toBe(
      'http://www.nytimes.com/2001/09/12/nyregion/x.html',
    );
    expect(decodeTarget('https://example.com:443/a')).toBe('https://example.com/a');
    expect(decodeTarget('http://example.com:8080/a')).toBe('http://example.com:8080/a');
    expect(decodeTarget('youtube.com/testtube')).toBe('http://youtube.com/testtube');
    expect(decodeTarget('http:/example.com/a')).toBe('http://example.com/a');
    expect(decodeTarget('https%3A%2F%2Fexample.com/a')).toBe('https://example.com/a');
    expect(decodeTarget('//cdn.example.com/a.jpg')).toBe('http://cdn.example.com/a.jpg');
    expect(decodeTarget('http://fakehost/test/page.html')).toBe('http://fakehost/test/page.html');
    expect(decodeTarget('javascript:alert(1)')).toBeNull();
    expect(decodeTarget('mailto:someone@example.com')).toBeNull();
    expect(decodeTarget('justaword')).toBeNull();
  });

  it('reads a snapshot address with a default port as the original without it', () => {
    expect(
      parseWaybackAddress('https://web.archive.org/web/20140802113045/http://notes.fieldwork.example:80/2014/07/x/')
        ?.original,
    ).toBe('http://notes.fieldwork.example/2014/07/x/');
  });

  it('turns a 14-digit timestamp into UTC, and refuses times that do not exist', () => {
    expect(waybackTimestampToIso('20170719220303')).toBe('2017-07-19T22:03:03Z');
    expect(waybackTimestampToIso('19961231235959')).toBe('1996-12-31T23:59:59Z');
    expect(waybackTimestampToIso('20170230120000')).toBeNull();
    expect(waybackTimestampToIso('20171319220303')).toBeNull();
    expect(waybackTimestampToIso('2017071922')).toBeNull();
  });

  it('writes the page address of a capture without a modifier', () => {
    expect(waybackUrl('20210316091522', ORIGINAL)).toBe(`https://web.archive.org/web/20210316091522/${ORIGINAL}`);
  });
});
