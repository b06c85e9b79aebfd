/**
 * How the library's layout changes between versions, run inside IndexedDB's upgrade transaction (so an upgrade
 * either completes or leaves the previous version untouched).
 *
 * Version 1 (the first layout) had one object store, `articles` (key `id`), each record holding its images
 * inline: `{ id, article, savedAt, version, sha256, images: [{ src, blob }] }`, with no record schema.
 * Version 2 keeps images in their own store, so listing and searching the library never reads image bytes, and
 * puts the provenance together under `provenance`, with a per-record `schema` and the record's `size`.
 */
import type { Article } from '../../../article.js';
import { ARTICLES, BY_ARTICLE, IMAGES, RECORD_SCHEMA, type LibraryRecord, type StoredImage } from './types.js';

interface V1Image {
  src: string;
  blob: Blob;
}

interface V1Record {
  id: string;
  article: Article;
  savedAt: string;
  /** The extension version that saved it. */
  version: string;
  /** SHA-256 (hex) of `article.text`. */
  sha256: string;
  images: V1Image[];
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** Bytes a record takes: its article as JSON plus its images. The same rule for every version and for imports. */
export function recordSize(article: Article, images: Iterable<Blob>): number {
  let size = utf8Length(JSON.stringify(article));
  for (const blob of images) size += blob.size;
  return size;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A version-1 record in the version-2 shape; null for something that is not a v1 article record. */
export function migrateV1Record(raw: unknown): { record: LibraryRecord; images: StoredImage[] } | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || !isObject(raw.article) || typeof raw.article.text !== 'string')
    return null;
  const v1 = raw as unknown as V1Record;
  const seen = new Set<string>();
  const images: StoredImage[] = [];
  for (const image of Array.isArray(v1.images) ? v1.images : []) {
    if (!isObject(image) || typeof image.src !== 'string' || !(image.blob instanceof Blob) || seen.has(image.src))
      continue;
    seen.add(image.src);
    images.push({ articleId: v1.id, src: image.src, blob: image.blob });
  }
  const record: LibraryRecord = {
    schema: RECORD_SCHEMA,
    id: v1.id,
    article: v1.article,
    provenance: {
      source: v1.article.source,
      savedAt: String(v1.savedAt ?? ''),
      extensionVersion: String(v1.version ?? ''),
      textSha256: String(v1.sha256 ?? ''),
    },
    size: recordSize(
      v1.article,
      images.map((image) => image.blob),
    ),
    imageCount: images.length,
  };
  return { record, images };
}

/** Version 1's layout, created for a new database before it is brought up to date like any other. */
function createV1(db: IDBDatabase): void {
  db.createObjectStore(ARTICLES, { keyPath: 'id' });
}

/** Moves every v1 record's images into the new store and rewrites the record in the v2 shape. */
function migrateToV2(db: IDBDatabase, tx: IDBTransaction): void {
  // A version-1 database without its store (left by a tool that opened it with no version) is simply empty.
  if (!db.objectStoreNames.contains(ARTICLES)) createV1(db);
  const images = db.createObjectStore(IMAGES, { keyPath: ['articleId', 'src'] });
  images.createIndex(BY_ARTICLE, 'articleId');
  const cursorRequest = tx.objectStore(ARTICLES).openCursor();
  cursorRequest.onsuccess = () => {
    const cursor = cursorRequest.result;
    if (!cursor) return;
    const migrated = migrateV1Record(cursor.value);
    if (migrated) {
      cursor.update(migrated.record);
      for (const image of migrated.images) images.put(image);
    } else {
      cursor.delete(); // not an article: nothing the library could show
    }
    cursor.continue();
  };
}

/** Runs every step from `oldVersion` up to the current one, in order. */
export function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) createV1(db);
  if (oldVersion < 2) migrateToV2(db, tx);
}
