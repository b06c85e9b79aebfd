/**
 * Several library articles as one file: an EPUB with a chapter each, one citation file (.bib, .ris, CSL-JSON), or a
 * Markdown zip with one `.md` per article and its images in a folder beside it. Built from the stored copies and
 * their stored images only: no request.
 */
import type { Article } from '../../article.js';
import { headerFacts } from '../../formats/article-parts.js';
import { citeCollection } from '../../formats/citation/collection.js';
import { articlesToEpub } from '../../formats/epub-book.js';
import { articleFileName } from '../../formats/filename.js';
import { sniffImageType, type ImageBytes } from '../../formats/image-type.js';
import { articleToMarkdown } from '../../formats/markdown.js';
import { articleImageUrls, type DomWindow } from '../../formats/sanitize.js';
import { collectImages, deterministicZip, type ZipEntry } from '../../formats/zip.js';
import type { LibraryEntry } from '../shared/library/types.js';
import { uniqueNames } from './selection.js';

export const BULK_FORMATS = ['epub', 'bibtex', 'ris', 'csl-json', 'markdown-zip'] as const;
export type BulkFormat = (typeof BULK_FORMATS)[number];

export interface BulkFile {
  blob: Blob;
  fileName: string;
}

const asBlobPart = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => bytes as Uint8Array<ArrayBuffer>;

/** Stored Blobs as the bytes the formats take; a Blob that is no known image counts as missing. */
async function imageBytes(images: Map<string, Blob>): Promise<Map<string, ImageBytes | null>> {
  const out = new Map<string, ImageBytes | null>();
  for (const [src, blob] of images) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const mediaType = sniffImageType(bytes);
    out.set(src, mediaType ? { bytes, mediaType } : null);
  }
  return out;
}

/**
 * The Markdown zip's entries: `<slug>.md` and `<slug>/NN.ext` per article, names unique across the articles
 * (two saves of one story get `-2`), so the folder of each `.md` is its own and links stay relative.
 */
export function markdownEntries(
  articles: readonly { article: Article; images: Map<string, ImageBytes | null> }[],
  win: DomWindow,
  savedAt: string,
): ZipEntry[] {
  const names = uniqueNames(articles.map(({ article }) => articleFileName(article, 'md')));
  return articles.flatMap(({ article, images }, i) => {
    const name = names[i]!;
    const folder = name.replace(/\.md$/, '');
    const bundled = collectImages(articleImageUrls(article, win), images, folder);
    const markdown = articleToMarkdown(article, win, {
      frontMatter: true,
      savedAt,
      images: 'files',
      imageNames: new Map([...bundled].map(([src, image]) => [src, image.path])),
    });
    return [
      { path: name, data: markdown },
      ...[...bundled.values()].map((image) => ({ path: image.path, data: image.bytes, store: true })),
    ];
  });
}

const CITATION: Record<
  Exclude<BulkFormat, 'epub' | 'markdown-zip'>,
  { style: 'bibtex' | 'ris' | 'csl-json'; ext: string; type: string }
> = {
  bibtex: { style: 'bibtex', ext: 'bib', type: 'application/x-bibtex;charset=utf-8' },
  ris: { style: 'ris', ext: 'ris', type: 'application/x-research-info-systems;charset=utf-8' },
  'csl-json': { style: 'csl-json', ext: 'json', type: 'application/vnd.citationstyles.csl+json;charset=utf-8' },
};

/** "archive-reader-3-articles-2026-12-05.bib": says what it holds; the date keeps exports of different days apart. */
export function bulkFileName(count: number, savedAt: string, ext: string): string {
  return `archive-reader-${count}-articles-${savedAt.slice(0, 10)}.${ext}`;
}

export async function buildBulkExport(
  entries: readonly LibraryEntry[],
  format: BulkFormat,
  win: DomWindow,
  savedAt: string,
  extensionVersion: string,
): Promise<BulkFile> {
  const articles = entries.map((entry) => entry.record.article);
  if (format === 'bibtex' || format === 'ris' || format === 'csl-json') {
    const { style, ext, type } = CITATION[format];
    return {
      blob: new Blob([citeCollection(articles, style)], { type }),
      fileName: bulkFileName(entries.length, savedAt, ext),
    };
  }
  const withImages = await Promise.all(
    entries.map(async (entry) => ({ article: entry.record.article, images: await imageBytes(entry.images) })),
  );
  if (format === 'epub') {
    const images = new Map(withImages.flatMap((entry) => [...entry.images]));
    const book = articlesToEpub(
      entries.map((entry) => ({ article: entry.record.article, textSha256: entry.record.provenance.textSha256 })),
      win,
      { images, savedAt, extensionVersion, title: entries.length === 1 ? headerFacts(articles[0]!).title : undefined },
    );
    return {
      blob: new Blob([asBlobPart(book)], { type: 'application/epub+zip' }),
      fileName: bulkFileName(entries.length, savedAt, 'epub'),
    };
  }
  const zip = deterministicZip(markdownEntries(withImages, win, savedAt), savedAt);
  return {
    blob: new Blob([asBlobPart(zip)], { type: 'application/zip' }),
    fileName: bulkFileName(entries.length, savedAt, 'zip'),
  };
}
