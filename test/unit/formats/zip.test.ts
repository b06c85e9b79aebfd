import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article.js';
import type { ImageBytes } from '../../../src/formats/image-type.js';
import { sniffImageType } from '../../../src/formats/image-type.js';
import type { DomWindow } from '../../../src/formats/sanitize.js';
import { deterministicZip, markdownBundle } from '../../../src/formats/zip.js';
import reference from '../../support/reference-article.json';

const win = new JSDOM('').window as unknown as DomWindow;
const article = reference as Article;
const SAVED_AT = '2026-01-02T03:04:05Z';
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  ),
);

const twoImages: Article = {
  ...article,
  contentHtml:
    '<figure><img src="https://d3gk4m7rq2xw1b.archive.ph/qF3xK/one.jpg" alt="One"><figcaption>First</figcaption></figure>' +
    '<p>Text.</p><figure><img src="https://d3gk4m7rq2xw1b.archive.ph/qF3xK/two.jpg" alt="Two"></figure>',
};

describe('markdownBundle', () => {
  const timeZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = timeZone;
  });

  it('holds the Markdown and the images it points to', () => {
    // The server said JPEG; the bytes are PNG, and the file name follows the bytes.
    const images = new Map<string, ImageBytes | null>([
      ['https://d3gk4m7rq2xw1b.archive.ph/qF3xK/one.jpg', { bytes: PNG, mediaType: 'image/jpeg' }],
      ['https://d3gk4m7rq2xw1b.archive.ph/qF3xK/two.jpg', null],
    ]);
    const files = unzipSync(markdownBundle(twoImages, win, images, { savedAt: SAVED_AT }));
    const mdName = 'the-washington-post-inside-the-oval-office-with-trump-and-the-russians-broad.md';
    expect(Object.keys(files)).toEqual([mdName, 'images/01.png']);
    expect(files['images/01.png']).toEqual(PNG);
    const md = strFromU8(files[mdName] ?? new Uint8Array());
    expect(md.startsWith('---\ntitle: ')).toBe(true);
    expect(md).toContain('saved: "2026-01-02T03:04:05Z"');
    expect(md).toContain('![One](images/01.png)\n\nFirst');
    expect(md).toContain('![Two](https://d3gk4m7rq2xw1b.archive.ph/qF3xK/two.jpg) *(image not saved)*');
  });

  it('leaves out bytes that are not an image', () => {
    const images = new Map<string, ImageBytes | null>([
      [
        'https://d3gk4m7rq2xw1b.archive.ph/qF3xK/one.jpg',
        { bytes: new TextEncoder().encode('<html>captcha</html>'), mediaType: 'image/jpeg' },
      ],
    ]);
    const files = unzipSync(markdownBundle(twoImages, win, images, { savedAt: SAVED_AT }));
    expect(Object.keys(files).filter((name) => name.startsWith('images/'))).toEqual([]);
  });

  it('gives the same bytes in every time zone', () => {
    const images = new Map<string, ImageBytes | null>([
      ['https://d3gk4m7rq2xw1b.archive.ph/qF3xK/one.jpg', { bytes: PNG, mediaType: 'image/png' }],
    ]);
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date(0).getHours()).toBe(16); // the zone change took effect in this process
    const west = markdownBundle(twoImages, win, images, { savedAt: SAVED_AT });
    process.env.TZ = 'Asia/Tokyo';
    const east = markdownBundle(twoImages, win, images, { savedAt: SAVED_AT });
    expect(east).toEqual(west);
  });
});

describe('deterministicZip', () => {
  it('stores entries in order, with the UTC time of modifiedAt', () => {
    const zip = deterministicZip(
      [
        { path: 'b.txt', data: 'b', store: true },
        { path: 'a.txt', data: 'a' },
      ],
      SAVED_AT,
    );
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(strFromU8(zip.subarray(30, 35))).toBe('b.txt');
    expect(view.getUint16(8, true)).toBe(0); // stored
    const dosTime = view.getUint16(10, true);
    const dosDate = view.getUint16(12, true);
    expect([dosDate >> 9, (dosDate >> 5) & 15, dosDate & 31]).toEqual([2026 - 1980, 1, 2]);
    expect([dosTime >> 11, (dosTime >> 5) & 63, (dosTime & 31) * 2]).toEqual([3, 4, 4]);
  });
});

describe('sniffImageType', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    [[...PNG.subarray(0, 8)], 'image/png'],
    [[...new TextEncoder().encode('GIF89a')], 'image/gif'],
    [[...new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ')], 'image/webp'],
    [[0, 0, 0, 0x1c, ...new TextEncoder().encode('ftypavif')], 'image/avif'],
    [[...new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')], null],
    [[], null],
  ])('%#', (bytes, expected) => {
    expect(sniffImageType(Uint8Array.from(bytes))).toBe(expected);
  });
});
