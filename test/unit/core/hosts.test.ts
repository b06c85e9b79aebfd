import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  imageHostAllowed,
  resolveOutboundLink,
  unwrapArchiveLink,
  usableImageUrl,
} from '../../../src/core/archives/hosts.js';
import { extractArticle } from '../../../src/core/extract.js';
import { parseDocument } from '../../support/dom.js';
import { snapshotAddress } from '../../support/waybackify.js';

/** One rule for where an article's images may come from, one for archive.today's links (core/archives/hosts.ts). */

const ORIGINAL = 'https://www.harbourgazette.example/news/2021/03/14/tide-gauge-restored';
const URL = snapshotAddress(ORIGINAL, '20210316091522');
const CAPTURE = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/wayback/news-article/snapshot.html'),
  'utf8',
)
  // Only the lying head below names a lead image.
  .replace(/<meta property="og:image"[^>]*>/g, '')
  .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');

function leadImageWith(head: string) {
  return extractArticle(parseDocument(CAPTURE.replace('<head>', `<head>${head}`), URL), URL)?.leadImage ?? null;
}

describe('the lead image of an archived page comes only from the archive', () => {
  it('keeps the capture’s own copy of the image, on https', () => {
    const own = 'http://web.archive.org/web/20210316091522im_/https://cdn.harbourgazette.example/lead.jpg';
    expect(leadImageWith(`<meta property="og:image" content="${own}">`)?.url).toBe(own.replace('http:', 'https:'));
  });

  it.each([
    [
      'a JSON-LD image.url with a leading space',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","image":{"url":" https://evil.example/lead.jpg"}}</script>',
    ],
    [
      'an og:image named by name= beside another property',
      '<meta name="og:image" property="x" content="https://evil.example/lead.jpg">',
    ],
    ['a protocol-relative twitter:image', '<meta name="twitter:image" content="//evil.example/lead.jpg">'],
  ])('leaves out %s on another host', (_what, head) => {
    const lead = leadImageWith(head);
    expect(lead === null || new globalThis.URL(lead.url).hostname === 'web.archive.org').toBe(true);
  });
});

describe('usableImageUrl', () => {
  it('trims, resolves and upgrades archive addresses; refuses other hosts and schemes', () => {
    expect(usableImageUrl('archive.today', ' http://d3gk.archive.ph/AbC12/1.jpg')).toBe(
      'https://d3gk.archive.ph/AbC12/1.jpg',
    );
    expect(usableImageUrl('archive.today', 'https://archive.ph.evil.example/1.jpg')).toBeNull();
    expect(
      usableImageUrl('wayback', '//evil.example/x.jpg', 'https://web.archive.org/web/2021/https://a.example/'),
    ).toBeNull();
    expect(usableImageUrl('wayback', 'https://static.archive.org/x.jpg')).toBeNull(); // archive.org's other hosts are not the capture's
    expect(usableImageUrl('none', 'javascript:alert(1)')).toBeNull();
    expect(usableImageUrl('none', 'http://cdn.example/x.jpg')).toBe('http://cdn.example/x.jpg');
    expect(imageHostAllowed('archive.today', 'archive.is')).toBe(true);
  });
});

describe('unwrapArchiveLink', () => {
  it.each([
    ['https://archive.ph/o/kYe5n/https://lexfridman.com/dario-amodei/', 'https://lexfridman.com/dario-amodei/'],
    ['https://archive.is/o/1nxMc/https%3A//ai.gopubby.com/x', 'https://ai.gopubby.com/x'],
    ['https://archive.is/o/pSSpa/www.flexispy.com/', 'http://www.flexispy.com/'],
    ['http://archive.today/o/AbCdE/http://example.com/?q=1#f', 'http://example.com/?q=1#f'],
    ['https://archive.md/o/AbCdE/https%3A%2F%2Fexample.com/', 'https://example.com/'],
    ['https://archive.ph/qF3xK', 'https://archive.ph/qF3xK'],
    ['https://example.com/o/abc/https://x.com/', 'https://example.com/o/abc/https://x.com/'],
  ])('%s → %s', (input, expected) => {
    expect(unwrapArchiveLink(input)).toBe(expected);
  });
});

/**
 * One reading of archive.today's `/o/` wrappers for the core (clean copy) and the sanitiser (every format): the
 * forms the core read (root-relative, line breaks in the address, a collapsed `//`, script targets refused) and
 * those the sanitiser read (a fully encoded `%3A%2F%2F` scheme, any mirror), together.
 */
describe('resolveOutboundLink', () => {
  it.each([
    // The core's cases.
    ['https://archive.is/o/pSSpa/www.example.org/es/', 'http://www.example.org/es/'],
    ['https://archive.ph/o/kYe5n/https://example.org/a/', 'https://example.org/a/'],
    ['https://archive.is/o/1nxMc/https%3A//example.org/a?x=1', 'https://example.org/a?x=1'],
    ['/o/1nxMc/https%3A//example.org/r', 'https://example.org/r'],
    ['https://archive.ph/o/3Wy\r\nnb/http%3A//example.org/line-break', 'http://example.org/line-break'],
    ['https://archive.ph/o/EgRJv0qf4R/https:/example.org/collapsed', 'https://example.org/collapsed'],
    ['https://archive.ph/o/AbC12/javascript:alert(1)', ''],
    ['https://archive.ph/o/AbC12/mailto:someone@example.org', ''],
    // The sanitiser's cases.
    ['https://archive.md/o/AbCdE/https%3A%2F%2Fexample.com/', 'https://example.com/'],
    ['HTTPS://WWW.ARCHIVE.LI/o/AbCdE/HTTPS%3A//example.com/x', 'HTTPS://example.com/x'],
    ['http://archive.today/o/AbCdE/http://example.com/?q=1#f', 'http://example.com/?q=1#f'],
    ['https://archive.vn/o/AbCdE/javascript%3Aalert(1)', ''],
    // Not wrappers.
    ['https://archive.ph/qF3xK', null],
    ['https://example.com/o/abc/https://x.com/', null],
    ['https://d3gk4m7rq2xw1b.archive.ph/o/AbC12/https://x.com/', null],
  ])('%s → %s', (input, expected) => {
    expect(resolveOutboundLink(input)).toBe(expected);
    expect(unwrapArchiveLink(input)).toBe(expected ?? input);
  });
});
