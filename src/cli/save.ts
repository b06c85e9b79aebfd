import { writeFile } from 'node:fs/promises';
import type { Article } from '../article.js';
import { nowIsoSecond } from '../core/time.js';
import { sniffImageType, type ImageBytes } from '../formats/image-type.js';
import { articleImageUrls, type DomWindow } from '../formats/sanitize.js';
import { saveNeedsImages, type SaveFormat } from '../formats/save-format.js';
import { savedFileContent } from '../formats/saved-file.js';
import { loadImages } from './images.js';

export interface SaveReport {
  images: number;
  embedded: number;
}

/** Writes the article as a file that opens offline; images it cannot reach stay as links with a note. */
export async function saveArticle(
  article: Article,
  format: SaveFormat,
  out: string,
  win: DomWindow,
  opts: { inputPath: string | null; offline: boolean; allowPrivate?: boolean; version: string },
): Promise<SaveReport> {
  const savedAt = nowIsoSecond();
  const needsImages = saveNeedsImages(format);
  const urls = needsImages ? articleImageUrls(article, win) : [];
  const images = needsImages
    ? await loadImages(urls, opts.inputPath, { offline: opts.offline, allowPrivate: opts.allowPrivate })
    : new Map<string, ImageBytes | null>();
  const embedded = [...images.values()].filter((i) => i && sniffImageType(i.bytes)).length;
  await writeFile(out, await savedFileContent(article, format, win, { images, savedAt, version: opts.version }));
  return { images: urls.length, embedded };
}
