import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../article.js';
import { articlesToEpub } from '../formats/epub-book.js';
import { sha256Hex } from '../formats/hash.js';
import type { ImageBytes } from '../formats/image-type.js';
import { articleImageUrls, type DomWindow } from '../formats/sanitize.js';
import { loadImages } from './images.js';
import { parseHtml } from './dom.js';

export interface BookSaveOptions {
  offline: boolean;
  allowPrivate: boolean;
  version: string;
  /** The input files, in the articles' order: each article's local images are found beside its own file. */
  inputs: readonly string[];
}

/** `--save epub -o book.epub a.html b.html …`: one book, a chapter per article, with their images. */
export async function saveBook(articles: readonly Article[], out: string, opts: BookSaveOptions): Promise<void> {
  const savedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const doc = parseHtml('<!doctype html><html><body></body></html>', null);
  const win = doc.defaultView as unknown as DomWindow; // jsdom's window: the DOM the formats need in Node
  try {
    const images = new Map<string, ImageBytes | null>();
    for (const [i, article] of articles.entries()) {
      const input = opts.inputs[i];
      const from = input ? path.resolve(input) : null;
      const loaded = await loadImages(articleImageUrls(article, win), from, {
        offline: opts.offline,
        allowPrivate: opts.allowPrivate,
      });
      for (const [src, image] of loaded) images.set(src, image);
    }
    const entries = await Promise.all(
      articles.map(async (article) => ({ article, textSha256: await sha256Hex(article.text) })),
    );
    await writeFile(out, articlesToEpub(entries, win, { images, savedAt, extensionVersion: opts.version }));
  } finally {
    doc.defaultView?.close();
  }
}
