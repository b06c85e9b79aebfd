/**
 * A saved file's content, for the extension and the command line alike: one switch from a format
 * (save-format.ts) to the file. The images come in already fetched (or read from disk, or from the library):
 * fetching is the caller's, and so is where the file goes.
 */
import type { Article } from '../article.js';
import { bytesToBase64 } from './base64.js';
import { articleToEpub } from './epub.js';
import { sha256Hex } from './hash.js';
import { articleToHtmlDocument } from './html-document.js';
import { sniffImageType, type ImageBytes } from './image-type.js';
import { articleToMarkdown } from './markdown.js';
import type { DomWindow } from './sanitize.js';
import type { SaveFormat } from './save-format.js';
import { markdownBundle } from './zip.js';

export interface SaveFileOptions {
  /** The article's images by address, null where one could not be had. Markdown needs none. */
  images: Map<string, ImageBytes | null>;
  /** `2026-11-27T17:40:03Z`: when it was saved, as every format prints it. */
  savedAt: string;
  /** The version of Archive Reader that saved it, written in the HTML and EPUB provenance. */
  version: string;
}

/** The file's content: text for HTML and Markdown, bytes for the ZIP and the EPUB. */
export async function savedFileContent(
  article: Article,
  format: SaveFormat,
  win: DomWindow,
  { images, savedAt, version }: SaveFileOptions,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'html': {
      const dataUris = new Map([...images].map(([src, image]) => [src, dataUri(image)]));
      const textSha256 = await sha256Hex(article.text);
      return articleToHtmlDocument(article, win, { images: dataUris, savedAt, extensionVersion: version, textSha256 });
    }
    case 'markdown':
      return `${articleToMarkdown(article, win, { frontMatter: true, savedAt })}\n`;
    case 'markdown-zip':
      return markdownBundle(article, win, images, { savedAt });
    case 'epub': {
      const textSha256 = await sha256Hex(article.text);
      return articleToEpub(article, win, { images, savedAt, extensionVersion: version, textSha256 });
    }
  }
}

/** An image as a `data:` URI of the type its bytes show; null when they show none. */
function dataUri(image: ImageBytes | null): string | null {
  const type = image ? sniffImageType(image.bytes) : null;
  return image && type ? `data:${type};base64,${bytesToBase64(image.bytes)}` : null;
}
