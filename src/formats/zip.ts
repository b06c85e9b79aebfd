import { zipSync, type Zippable } from 'fflate';
import type { Article } from '../article.js';
import { articleFileName } from './filename.js';
import { IMAGE_EXTENSIONS, sniffImageType, type ImageBytes, type SniffedImageType } from './image-type.js';
import { articleToMarkdown } from './markdown.js';
import { articleImageUrls, type DomWindow } from './sanitize.js';

export interface ZipEntry {
  path: string;
  data: Uint8Array | string;
  /** Store without compression (the EPUB `mimetype`, images that are compressed already). */
  store?: boolean;
}

/**
 * fflate writes the zip's DOS timestamps from a Date's local-time fields. A Date whose local fields equal the
 * UTC fields of `iso` makes the archive the same byte for byte in every time zone.
 */
function zipTime(iso: string): Date {
  const time = new Date(iso);
  const utc = Number.isNaN(time.getTime()) ? new Date(Date.UTC(1980, 0, 1)) : time;
  const year = Math.min(Math.max(utc.getUTCFullYear(), 1980), 2099); // the range DOS dates can hold
  return new Date(
    year,
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}

/** A zip whose bytes depend only on its entries (in order) and `modifiedAt` (ISO 8601). */
export function deterministicZip(entries: ZipEntry[], modifiedAt: string): Uint8Array {
  const mtime = zipTime(modifiedAt);
  const files: Zippable = {};
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? new TextEncoder().encode(entry.data) : entry.data;
    files[entry.path] = [data, { level: entry.store ? 0 : 6, mtime }];
  }
  return zipSync(files);
}

export interface BundledImage {
  /** Relative path inside the bundle (`images/01.jpg`). */
  path: string;
  bytes: Uint8Array;
  mediaType: SniffedImageType;
}

/**
 * The images that can go into a bundle, keyed by original `src`, numbered in the order of `urls` (reading
 * order). Images that were not fetched, or whose bytes are not one of `accepted` formats, are left out.
 */
export function collectImages(
  urls: readonly string[],
  images: Map<string, ImageBytes | null>,
  folder: string,
  accepted: readonly SniffedImageType[] = Object.keys(IMAGE_EXTENSIONS) as SniffedImageType[],
): Map<string, BundledImage> {
  const bundled = new Map<string, BundledImage>();
  const width = Math.max(2, String(urls.length).length);
  for (const src of urls) {
    const image = images.get(src);
    const mediaType = image ? sniffImageType(image.bytes) : null;
    if (!image || !mediaType || !accepted.includes(mediaType)) continue;
    const number = String(bundled.size + 1).padStart(width, '0');
    bundled.set(src, { path: `${folder}/${number}.${IMAGE_EXTENSIONS[mediaType]}`, bytes: image.bytes, mediaType });
  }
  return bundled;
}

export interface MarkdownBundleOptions {
  /** When the copy was saved (ISO 8601): the front matter's `saved` and every entry's timestamp. */
  savedAt: string;
  frontMatter?: boolean;
  sourceLine?: boolean;
}

/**
 * The article as a `.zip`: `<slug>.md` pointing at `images/NN.ext` beside it. Images that could not be
 * fetched stay as links to their archive address, with a note.
 */
export function markdownBundle(
  article: Article,
  win: DomWindow,
  images: Map<string, ImageBytes | null>,
  opts: MarkdownBundleOptions,
): Uint8Array {
  const bundled = collectImages(articleImageUrls(article, win), images, 'images');
  const markdown = articleToMarkdown(article, win, {
    frontMatter: opts.frontMatter ?? true,
    sourceLine: opts.sourceLine ?? false,
    savedAt: opts.savedAt,
    images: 'files',
    imageNames: new Map([...bundled].map(([src, image]) => [src, image.path])),
  });
  return deterministicZip(
    [
      { path: articleFileName(article, 'md'), data: markdown },
      ...[...bundled.values()].map((image) => ({ path: image.path, data: image.bytes, store: true })),
    ],
    opts.savedAt,
  );
}
