/**
 * The whole library as one JSON file, and back. The file names its format and version; images travel as base64
 * with their original address. An import checks every field, verifies each article's text against its SHA-256,
 * keeps only images whose bytes are a known image format, sanitises the body, and merges: an article already in
 * the library (same id) is replaced only by a copy saved later, so importing twice adds nothing. A file is not
 * trusted for what it claims: each id must be the one its article's source gives (store.ts `libraryId`), a copy
 * "saved" in the future is refused, and a different text for a snapshot already in the library never replaces it
 * unless the user asks for that (`replace`). Every refusal is reported with its reason.
 */
import { sha256Hex } from '../../../formats/hash.js';
import { sniffImageType } from '../../../formats/image-type.js';
import { base64ToBytes, bytesToBase64 } from '../../../formats/base64.js';
import { LibraryError } from './errors.js';
import { recordSize } from './migrations.js';
import { libraryId, type Library } from './store.js';
import { RECORD_SCHEMA, type LibraryRecord, type Provenance } from './types.js';
import { validateArticle, validateSource } from './validate.js';

export const EXPORT_FORMAT = 'archive-reader-library';
export const EXPORT_VERSION = 1;

interface ExportedImage {
  src: string;
  type: string;
  /** base64 */
  data: string;
}

interface ExportedArticle {
  schema: typeof RECORD_SCHEMA;
  id: string;
  article: LibraryRecord['article'];
  provenance: Provenance;
  images: ExportedImage[];
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: ExportedArticle[];
}

/** Why an entry of a file was not imported. */
export type ImportRefusal =
  /** A field is missing or malformed, or the text does not match its checksum. */
  | 'invalid'
  /** The id is not the one the article's own source gives: the entry would overwrite another article. */
  | 'id-mismatch'
  /** Saved, it says, after the import: a date meant to win every merge. */
  | 'future'
  /** The library holds a different text for the same snapshot; kept unless the user chose to replace. */
  | 'conflict';

export interface ImportReport {
  added: number;
  /** Already there, replaced by a copy saved later. */
  updated: number;
  /** Already there, as recent or more: left as it was. */
  unchanged: number;
  /** Entries not imported because they are not valid (invalid, id-mismatch, future). */
  skipped: number;
  /** Entries not imported because the library holds another text for the same snapshot. */
  conflicts: number;
  /** Each entry not imported, with its id as the file gives it (or its position) and the reason. */
  refused: { entry: string; reason: ImportRefusal }[];
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** The library as the text of an export file: articles by id, images by address, so equal libraries export equally. */
export async function exportLibrary(library: Library, exportedAt: string): Promise<string> {
  const entries = (await library.entries()).sort(byKey((entry) => entry.record.id));
  const articles: ExportedArticle[] = [];
  for (const { record, images } of entries) {
    const exported: ExportedImage[] = [];
    for (const [src, blob] of [...images].sort(byKey(([src]) => src))) {
      exported.push({ src, type: blob.type, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) });
    }
    articles.push({
      schema: record.schema,
      id: record.id,
      article: record.article,
      provenance: record.provenance,
      images: exported,
    });
  }
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, articles };
  return JSON.stringify(file);
}

export function exportFileName(exportedAt: string): string {
  return `archive-reader-library-${exportedAt.slice(0, 10)}.json`;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface ImportOptions {
  /** The sanitiser for article bodies (pages pass `sanitizeArticleHtml` with their window). */
  sanitize?: (html: string) => string;
  /** Let a later copy with a different text replace the one in the library (the user chose "replace"). */
  replace?: boolean;
  /** The time of the import, ISO UTC (tests); entries saved after it are refused. */
  now?: string;
}

/** A clock a little fast elsewhere is not a forgery. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

interface ValidEntry {
  record: LibraryRecord;
  images: Map<string, Blob>;
}

async function checkEntry(
  raw: unknown,
  sanitize: (html: string) => string,
): Promise<{ entry: ValidEntry | null; idMatches: boolean }> {
  const entry = await parseEntry(raw, sanitize);
  if (!entry) return { entry: null, idMatches: false };
  return { entry, idMatches: libraryId(entry.record.article, entry.record.provenance.textSha256) === entry.record.id };
}

async function parseEntry(raw: unknown, sanitize: (html: string) => string): Promise<ValidEntry | null> {
  if (!isObject(raw) || typeof raw.id !== 'string' || !ID.test(raw.id) || raw.schema !== RECORD_SCHEMA) return null;
  const parsed = validateArticle(raw.article);
  const provenance = isObject(raw.provenance) ? raw.provenance : null;
  if (!parsed || !provenance || !Array.isArray(raw.images)) return null;
  const source = validateSource(provenance.source);
  const { savedAt, extensionVersion, textSha256 } = provenance;
  if (!source || typeof savedAt !== 'string' || !ISO_UTC.test(savedAt) || typeof extensionVersion !== 'string')
    return null;
  if (typeof textSha256 !== 'string' || !SHA256.test(textSha256) || (await sha256Hex(parsed.text)) !== textSha256)
    return null;

  const images = new Map<string, Blob>();
  for (const image of raw.images) {
    if (!isObject(image) || typeof image.src !== 'string' || typeof image.data !== 'string' || images.has(image.src))
      continue;
    const bytes = base64ToBytes(image.data);
    const type = bytes ? sniffImageType(bytes) : null;
    if (bytes && type) images.set(image.src, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  }
  const article = { ...parsed, contentHtml: sanitize(parsed.contentHtml) };
  const record: LibraryRecord = {
    schema: RECORD_SCHEMA,
    id: raw.id,
    article,
    provenance: { source, savedAt, extensionVersion, textSha256 },
    size: recordSize(article, images.values()),
    imageCount: images.size,
  };
  return { record, images };
}

/** Reads an export file into the library. Throws LibraryError for a file that is not one. */
export async function importLibrary(library: Library, text: string, opts: ImportOptions = {}): Promise<ImportReport> {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    throw new LibraryError('invalid-file', 'not JSON', { cause: error });
  }
  if (
    !isObject(file) ||
    file.format !== EXPORT_FORMAT ||
    typeof file.version !== 'number' ||
    !Array.isArray(file.articles)
  ) {
    throw new LibraryError('invalid-file', 'not an Archive Reader library export');
  }
  if (file.version > EXPORT_VERSION) throw new LibraryError('newer-file', `format version ${file.version}`);

  const sanitize = opts.sanitize ?? ((html: string) => html);
  const latest = Date.parse(opts.now ?? new Date().toISOString()) + CLOCK_SKEW_MS;
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, skipped: 0, conflicts: 0, refused: [] };
  const refuse = (raw: unknown, position: number, reason: ImportRefusal): void => {
    const id = isObject(raw) && typeof raw.id === 'string' ? raw.id.slice(0, 80) : `#${position + 1}`;
    report.refused.push({ entry: id, reason });
    if (reason === 'conflict') report.conflicts++;
    else report.skipped++;
  };
  for (const [position, raw] of file.articles.entries()) {
    const { entry, idMatches } = await checkEntry(raw, sanitize);
    if (!entry) {
      refuse(raw, position, 'invalid');
      continue;
    }
    if (!idMatches) {
      refuse(raw, position, 'id-mismatch');
      continue;
    }
    if (Date.parse(entry.record.provenance.savedAt) > latest) {
      refuse(raw, position, 'future');
      continue;
    }
    const existing = await library.record(entry.record.id);
    if (existing && existing.provenance.savedAt >= entry.record.provenance.savedAt) {
      report.unchanged++;
      continue;
    }
    if (existing && existing.provenance.textSha256 !== entry.record.provenance.textSha256 && !opts.replace) {
      refuse(raw, position, 'conflict');
      continue;
    }
    // One transaction per article: a failure stops the import but keeps everything stored before it.
    await library.put(entry.record, entry.images);
    if (existing) report.updated++;
    else report.added++;
  }
  return report;
}
