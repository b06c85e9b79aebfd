import { writeFile } from 'node:fs/promises';
import type { Article } from '../article.js';
import { nowIsoSecond } from '../core/time.js';
import { articleToEpub } from '../formats/epub.js';
import { sha256Hex } from '../formats/hash.js';
import { articleToHtmlDocument } from '../formats/html-document.js';
import { sniffImageType } from '../formats/image-type.js';
import { articleToMarkdown } from '../formats/markdown.js';
import { articleImageUrls, type DomWindow } from '../formats/sanitize.js';
import { markdownBundle } from '../formats/zip.js';
import type { SaveFormat } from './args.js';
import { loadImages, toDataUri } from './images.js';

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
  if (format === 'markdown') {
    await writeFile(out, articleToMarkdown(article, win, { frontMatter: true, savedAt }) + '\n');
    return { images: 0, embedded: 0 };
  }
  const urls = articleImageUrls(article, win);
  const images = await loadImages(urls, opts.inputPath, { offline: opts.offline, allowPrivate: opts.allowPrivate });
  const embedded = [...images.values()].filter((i) => i && sniffImageType(i.bytes)).length;
  if (format === 'html') {
    const dataUris = new Map(
      [...images].map(([src, img]) => [src, toDataUri(img, img ? sniffImageType(img.bytes) : null)]),
    );
    const html = articleToHtmlDocument(article, win, {
      images: dataUris,
      savedAt,
      extensionVersion: opts.version,
      textSha256: await sha256Hex(article.text),
    });
    await writeFile(out, html);
  } else if (format === 'epub') {
    await writeFile(
      out,
      articleToEpub(article, win, {
        images,
        savedAt,
        extensionVersion: opts.version,
        textSha256: await sha256Hex(article.text),
      }),
    );
  } else {
    await writeFile(out, markdownBundle(article, win, images, { savedAt }));
  }
  return { images: urls.length, embedded };
}
