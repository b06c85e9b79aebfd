import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageHostAllowed, usableImageUrl } from '../../../src/core/archives/image-hosts.js';
import { extractArticle } from '../../../src/core/extract.js';
import { parseDocument } from '../../support/dom.js';
import { snapshotAddress } from '../../support/waybackify.js';

/** One rule for where an article's images may come from (core/archives/image-hosts.ts). */

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
