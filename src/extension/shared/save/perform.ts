/**
 * Saving an article, in the page that has it (popup or reader): fetch its images, build the file with the
 * formats of `src/formats` (the same code the CLI uses), then hand it to the downloads or store it in the library.
 * Loaded on demand (the `save.js` script, see shared/lazy.ts), so none of it weighs on opening the popup.
 */
import browser from 'webextension-polyfill';
import type { Article } from '../../../article.js';
import { articleFileName } from '../../../formats/filename.js';
import { sha256Hex } from '../../../formats/hash.js';
import { sniffImageType, type ImageBytes } from '../../../formats/image-type.js';
import { articleImageUrls, sanitizeArticleHtml } from '../../../formats/sanitize.js';
import { LibraryError } from '../library/errors.js';
import { Library, libraryId } from '../library/store.js';
import { SAVE_FILE_TYPES, saveNeedsImages, type SaveFormat as FileFormat } from '../../../formats/save-format.js';
import { savedFileContent } from '../../../formats/saved-file.js';
import type { SaveFormat } from '../settings.js';
import { downloadBlob } from './download.js';
import { fetchImages } from './images.js';
import { usableImageUrl } from '../../../core/archives/hosts.js';
import { nowIsoSecond } from '../../../core/time.js';

export type SaveProgress =
  | { phase: 'images'; done: number; total: number }
  | { phase: 'packaging' }
  | { phase: 'storing' }
  | { phase: 'downloading' };

export interface SaveOutcome {
  format: SaveFormat;
  /** The downloaded file's name; null for the library. */
  fileName: string | null;
  /** The library record's id; null for files. */
  libraryId: string | null;
  imagesTotal: number;
  imagesMissing: number;
  /** Milliseconds of the extension's own work (formatting, hashing, packaging), without image transfer, download or database write. */
  workMs: number;
  /** Size of the file, or of the library record. */
  bytes: number;
}

export interface SaveOptions {
  onProgress?: (progress: SaveProgress) => void;
  /** Images already at hand (a library article's stored Blobs), used instead of fetching: no request at all. */
  storedImages?: Map<string, Blob>;
  /** Replace a library copy of the same snapshot even when its text differs (the user confirmed). */
  replace?: boolean;
}

async function fromStored(urls: string[], stored: Map<string, Blob>): Promise<Map<string, ImageBytes | null>> {
  const out = new Map<string, ImageBytes | null>();
  for (const src of urls) {
    const blob = stored.get(src);
    const bytes = blob ? new Uint8Array(await blob.arrayBuffer()) : null;
    const type = bytes ? sniffImageType(bytes) : null;
    out.set(src, bytes && type ? { bytes, mediaType: type } : null);
  }
  return out;
}

const asBlobPart = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => bytes as Uint8Array<ArrayBuffer>;

/** Milliseconds spent in the steps it times: the extension's own work, without waiting on the network or disk. */
class WorkClock {
  ms = 0;

  async time<T>(step: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await step();
    } finally {
      this.ms += performance.now() - start;
    }
  }
}

/** What every save starts from: the article's images, fetched (or taken from the library), and when it was saved. */
interface Gathered {
  urls: string[];
  images: Map<string, ImageBytes | null>;
  imagesMissing: number;
  savedAt: string;
  extensionVersion: string;
}

/** Saves `article` as `format`; throws LibraryError or DownloadError with the reason when it cannot. */
export async function saveArticle(article: Article, format: SaveFormat, opts: SaveOptions = {}): Promise<SaveOutcome> {
  const progress = opts.onProgress ?? (() => undefined);
  const clock = new WorkClock();
  const savedAt = nowIsoSecond();
  const extensionVersion = browser.runtime.getManifest().version;
  const urls = await clock.time(() => imageUrlsToSave(article, format));
  const images = opts.storedImages
    ? await fromStored(urls, opts.storedImages)
    : await fetchImages(urls, { onProgress: (done, total) => progress({ phase: 'images', done, total }) });
  const imagesMissing = [...images.values()].filter((image) => image === null).length;
  const gathered: Gathered = { urls, images, imagesMissing, savedAt, extensionVersion };
  if (format === 'library') return keepInLibrary(article, gathered, opts, clock);
  return downloadFile(article, format, gathered, progress, clock);
}

/** The images a save needs: none for Markdown, which keeps them as links to their addresses. */
function imageUrlsToSave(article: Article, format: SaveFormat): string[] {
  if (format !== 'library' && !saveNeedsImages(format)) return [];
  const body = articleImageUrls(article, window);
  // The library keeps the lead image too, so the reader can show it with the network off.
  const lead =
    format === 'library' && article.leadImage ? usableImageUrl(article.source.service, article.leadImage.url) : null;
  return lead && !body.includes(lead) ? [...body, lead] : body;
}

/** Stores the sanitised article and its images in the library; a different text for the same snapshot needs `replace`. */
async function keepInLibrary(
  article: Article,
  { urls, images, imagesMissing, savedAt, extensionVersion }: Gathered,
  opts: SaveOptions,
  clock: WorkClock,
): Promise<SaveOutcome> {
  const progress = opts.onProgress ?? (() => undefined);
  progress({ phase: 'packaging' });
  const entry = await clock.time(async () => {
    const blobs = new Map<string, Blob>();
    for (const [src, image] of images)
      if (image) blobs.set(src, new Blob([asBlobPart(image.bytes)], { type: image.mediaType }));
    const clean: Article = { ...article, contentHtml: sanitizeArticleHtml(article.contentHtml, window) };
    return { article: clean, images: blobs, savedAt, extensionVersion, textSha256: await sha256Hex(article.text) };
  });
  progress({ phase: 'storing' });
  const library = await Library.open();
  try {
    // A different text for a snapshot already kept is not a newer copy of it: ask before replacing.
    const existing = await library.record(libraryId(entry.article, entry.textSha256));
    if (existing && existing.provenance.textSha256 !== entry.textSha256 && !opts.replace) {
      throw new LibraryError('text-differs', existing.id);
    }
    const record = await library.save(entry);
    return {
      format: 'library',
      fileName: null,
      libraryId: record.id,
      imagesTotal: urls.length,
      imagesMissing,
      workMs: clock.ms,
      bytes: record.size,
    };
  } finally {
    library.close();
  }
}

/** Builds the file and hands it to the downloads, under the article's name. */
async function downloadFile(
  article: Article,
  format: FileFormat,
  gathered: Gathered,
  progress: (progress: SaveProgress) => void,
  clock: WorkClock,
): Promise<SaveOutcome> {
  progress({ phase: 'packaging' });
  const { extension } = SAVE_FILE_TYPES[format];
  const blob = await clock.time(() => fileBlob(article, format, gathered));
  progress({ phase: 'downloading' });
  const downloaded = await downloadBlob(blob, articleFileName(article, extension));
  return {
    format,
    fileName: downloaded.fileName,
    libraryId: null,
    imagesTotal: gathered.urls.length,
    imagesMissing: gathered.imagesMissing,
    workMs: clock.ms,
    bytes: blob.size,
  };
}

async function fileBlob(article: Article, format: FileFormat, gathered: Gathered): Promise<Blob> {
  const { images, savedAt, extensionVersion: version } = gathered;
  const content = await savedFileContent(article, format, window, { images, savedAt, version });
  const { mimeType: type } = SAVE_FILE_TYPES[format];
  return new Blob([typeof content === 'string' ? content : asBlobPart(content)], { type });
}
