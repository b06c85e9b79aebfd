import { describe, expect, it } from 'vitest';
import { pageDigest } from '../../../src/core/archives/archive-today.js';
import { ADAPTERS } from '../../../src/core/archives/index.js';
import { parseSnapshotAddress, timestampToIso } from '../../../src/core/archives/archive-today-urls.js';
import { decodeOriginal, unwrapOutboundLink } from '../../../src/core/archives/hosts.js';
import { extractArticle } from '../../../src/core/extract.js';
import { openWith } from '../../../src/core/pipeline.js';
import { MIRRORS, filler, snapshotDocument, type SnapshotOptions } from '../../support/snapshot.js';

/**
 * The snapshot's facts — original address, capture time, archive addresses — read from the archive's shell
 * (docs: citations.md §5 and §6 assertions 1–2), never from the captured page or the archive's head metas.
 */

const ARTICLE = `<h1>Council approves the new harbour plan after long debate</h1>\n${filler('harbour plan', 2)}`;
/** Every place the shell names the original or the capture time, switched off; tests switch one back on. */
const NOTHING: Partial<SnapshotOptions> = {
  bookmark: null,
  longLink: null,
  savedFrom: null,
  headerTime: null,
  hiddenTime: null,
  headPublished: null,
};

function source(opts: SnapshotOptions, url?: string, body = ARTICLE) {
  const { doc, url: read } = snapshotDocument(body, opts, url);
  return openWith(ADAPTERS, doc, read)?.source;
}

describe('the original address', () => {
  // Scheme, trailing slash, query (with its own %3A) kept byte for byte (citations.md §6.1).
  const original = 'https://www.example-news.com/local/harbour/?id=3&from=home%3Atop';
  const capturedAt = '2017-07-19T22:03:03Z';
  const longLink = `http://archive.today/2017.07.19-220303/${original}`;
  const bookmark = `http://archive.today/20170719220303/${original}`;

  it.each([
    ['link rel=bookmark', { bookmark }],
    ['#SHARE_LONGLINK', { longLink }],
    ['the "Saved from" field', { savedFrom: original }],
  ] as const)('comes byte for byte from %s alone', (_label, on) => {
    const read = source({ original, capturedAt, ...NOTHING, headerTime: capturedAt, ...on });
    expect(read?.originalUrl).toBe(original);
    expect(read?.archiveUrl).toBe(`https://archive.ph/20170719220303/${original}`);
  });

  it('gets back the http:// a 2013 long address dropped', () => {
    const read = source({
      original: 'http://www.example-news.com/local/',
      variant: '2013',
      ...NOTHING,
      headerTime: capturedAt,
      bookmark: 'http://archive.today/20130508132946/www.example-news.com/local/',
    });
    expect(read?.originalUrl).toBe('http://www.example-news.com/local/');
  });

  it('has its percent-encoded scheme colon decoded', () => {
    const read = source({
      original: 'https://example.org/x',
      ...NOTHING,
      headerTime: capturedAt,
      bookmark: 'http://archive.today/20170719220303/https%3A//example.org/a/b?c=d',
    });
    expect(read?.originalUrl).toBe('https://example.org/a/b?c=d');
  });

  it('is the "Saved from" address, never the "Redirected from" one', () => {
    const opts: SnapshotOptions = {
      original: 'http://www.example-news.com/',
      variant: '2013',
      redirectedFrom: 'http://example-news.com/',
      ...NOTHING,
      headerTime: capturedAt,
    };
    expect(source({ ...opts, savedFrom: 'http://www.example-news.com/' })?.originalUrl).toBe(
      'http://www.example-news.com/',
    );
    // Without "Saved from" nothing else names the original: unknown, and still not the redirect.
    expect(source(opts)?.originalUrl).toBeNull();
  });

  it('is never taken from og:url or the canonical link, which hold the short address', () => {
    const read = source({ original: 'https://example.org/x', ...NOTHING, headerTime: capturedAt });
    expect(read?.originalUrl).toBeNull();
    expect(read?.archiveShortUrl).toBe('https://archive.ph/AbC12');
  });
});

describe('the capture time', () => {
  const original = 'https://www.example-news.com/local/harbour-plan.html';

  it('comes from the header <time>, before the head metas', () => {
    const read = source({
      original,
      ...NOTHING,
      savedFrom: original,
      headerTime: '2017-07-19T22:03:03Z',
      headPublished: '2011-01-01T00:00:00Z',
    });
    expect(read?.archivedAt).toBe('2017-07-19T22:03:03Z');
    expect(read?.archiveUrl).toBe(`https://archive.ph/20170719220303/${original}`);
  });

  it('is never a <time itemprop=pubdate> of the captured page', () => {
    const page = `<h1>Council approves the new harbour plan after long debate</h1><div>By Jane Doe, <time itemprop="pubdate" datetime="2017-05-16T10:00:00Z">May 16</time></div>${filler('harbour plan', 2)}`;
    expect(source({ original, ...NOTHING, savedFrom: original }, undefined, page)?.archivedAt).toBeNull();
    expect(
      source({ original, ...NOTHING, savedFrom: original, headerTime: '2017-07-19T22:03:03Z' }, undefined, page)
        ?.archivedAt,
    ).toBe('2017-07-19T22:03:03Z');
  });

  it('is the same in the 2013, 2018 and current shells', () => {
    for (const variant of ['2013', '2018', 'current'] as const) {
      expect(source({ original, variant, capturedAt: '2013-05-08T13:29:46Z' })?.archivedAt, variant).toBe(
        '2013-05-08T13:29:46Z',
      );
    }
  });
});

describe('the archive addresses', () => {
  const original = 'https://www.example-news.com/local/harbour-plan.html';

  it.each(MIRRORS)('name %s when the page was read there, whichever mirror the shell links to', (mirror) => {
    const read = source(
      { original, mirror: mirror === 'archive.is' ? 'archive.ph' : 'archive.is' },
      `https://${mirror}/AbC12`,
    );
    expect(read?.archiveShortUrl).toBe(`https://${mirror}/AbC12`);
    expect(read?.archiveUrl).toBe(`https://${mirror}/20170719220303/${original}`);
  });

  it('are https even when the 2013 shell links over http', () => {
    const read = source({ original, variant: '2013' }, 'http://archive.is/AbC12');
    expect(read?.archiveShortUrl).toBe('https://archive.is/AbC12');
    expect(read?.archiveUrl).toBe(`https://archive.is/20170719220303/${original}`);
  });
});

describe('hostile or broken header values give null, not junk', () => {
  const original = 'https://www.example-news.com/local/harbour-plan.html';

  it.each([
    'javascript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '   ',
    'not a url at all',
  ])('a "Saved from" of %j', (savedFrom) => {
    const read = source({ original, ...NOTHING, headerTime: '2017-07-19T22:03:03Z', savedFrom });
    expect(read?.service).toBe('archive.today');
    expect(read?.originalUrl).toBeNull();
    expect(read?.archiveUrl).toBeNull();
  });

  it('a long link or bookmark whose original is a javascript: URL', () => {
    const read = source({
      original,
      ...NOTHING,
      headerTime: '2017-07-19T22:03:03Z',
      bookmark: 'http://archive.today/20170719220303/javascript:alert(1)',
      longLink: 'http://archive.today/2017.07.19-220303/javascript:alert(1)',
    });
    expect(read?.originalUrl).toBeNull();
  });

  it.each(['yesterday', 'not a date', ''])('a capture time of %j', (headerTime) => {
    const read = source({ original, ...NOTHING, savedFrom: original, headerTime });
    expect(read?.archivedAt).toBeNull();
    expect(read?.archiveUrl).toBeNull();
  });

  it('a non-numeric hidden capture time', () => {
    expect(source({ original, ...NOTHING, savedFrom: original, hiddenTime: 'soon' })?.archivedAt).toBeNull();
  });

  it('the whole article still comes through', () => {
    const { doc, url } = snapshotDocument(ARTICLE, {
      original,
      ...NOTHING,
      savedFrom: 'javascript:alert(1)',
      headerTime: 'garbage',
    });
    const article = extractArticle(doc, url);
    expect(article?.title).toBe('Council approves the new harbour plan after long debate');
    expect(article?.source).toMatchObject({
      service: 'archive.today',
      originalUrl: null,
      archivedAt: null,
      archiveShortUrl: 'https://archive.ph/AbC12',
    });
  });
});

describe('address helpers', () => {
  const orig = 'https://www.example-news.com/a/b/?q=1&r=two#frag';

  it.each(MIRRORS)('parse long addresses on %s in both timestamp forms', (mirror) => {
    for (const stamp of ['20170719220303', '2017.07.19-220303']) {
      expect(parseSnapshotAddress(`https://${mirror}/${stamp}/${orig}`)).toEqual({
        kind: 'long',
        host: mirror,
        timestamp: stamp,
        original: orig,
      });
      expect(parseSnapshotAddress(`https://www.${mirror}/${stamp}/${orig}`)?.kind).toBe('long');
    }
  });

  it('read a short id, case-sensitively', () => {
    expect(parseSnapshotAddress('https://archive.ph/qF3xK')).toEqual({
      kind: 'short',
      host: 'archive.ph',
      id: 'qF3xK',
    });
    expect(parseSnapshotAddress('http://archive.today/qF3xK/')).toEqual({
      kind: 'short',
      host: 'archive.today',
      id: 'qF3xK',
    });
  });

  it('turn both timestamp forms into the UTC instant and refuse impossible ones', () => {
    expect(timestampToIso('20170719220303')).toBe('2017-07-19T22:03:03Z');
    expect(timestampToIso('2017.07.19-220303')).toBe('2017-07-19T22:03:03Z');
    expect(timestampToIso('20171319220303')).toBeNull();
    expect(timestampToIso('201707')).toBeNull();
  });

  it('decode originals: %3A, a missing http://, no other schemes', () => {
    expect(decodeOriginal('https%3A//example.org/a?b=c%3Ad')).toBe('https://example.org/a?b=c%3Ad');
    expect(decodeOriginal('www.example.org/')).toBe('http://www.example.org/');
    expect(decodeOriginal('javascript:alert(1)')).toBeNull();
    expect(decodeOriginal('mailto:someone@example.org')).toBeNull();
  });

  it('unwrap outbound /o/ links in every form', () => {
    expect(unwrapOutboundLink('https://archive.is/o/pSSpa/www.example.org/es/')).toBe('http://www.example.org/es/');
    expect(unwrapOutboundLink('https://archive.ph/o/kYe5n/https://example.org/a/')).toBe('https://example.org/a/');
    expect(unwrapOutboundLink('https://archive.is/o/1nxMc/https%3A//example.org/a?x=1')).toBe(
      'https://example.org/a?x=1',
    );
    expect(unwrapOutboundLink('/o/1nxMc/https%3A//example.org/r')).toBe('https://example.org/r');
    expect(unwrapOutboundLink('http://archive.today/o/pSSpa/www.example.org/')).toBe('http://www.example.org/');
    expect(unwrapOutboundLink('https://example.org/o/abcde/x')).toBeNull();
  });
});

describe("the archive's description digest", () => {
  it('leaves out the style rules the archive took from <style> elements in the body', () => {
    expect(
      pageDigest(
        'hr { clear: both; } @media only screen and (max-width: 979px) { .nopad { padding: 0; } } Overview Are you working energized?',
      ),
    ).toBe('Overview Are you working energized?');
  });

  it('keeps a digest without rules, braces in prose included', () => {
    expect(pageDigest('The set {1, 2, 3} has three members.')).toBe('The set {1, 2, 3} has three members.');
    expect(pageDigest('  ')).toBeNull();
  });
});
