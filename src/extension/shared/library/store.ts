/**
 * The library: articles kept inside the extension (IndexedDB), each with its images as Blobs. Every write is one
 * readwrite transaction over both stores, so an article is stored whole or not at all; a failed write (a full
 * disk, a crash) is rolled back by IndexedDB and leaves every earlier article as it was.
 */
import type { Article, Highlight, Verification } from '../../../article.js';
import { URL_NAMESPACE, uuidV5 } from '../../../formats/hash.js';
import { LibraryError, toLibraryError } from './errors.js';
import { checkLibraryFault } from './fault.js';
import { recordSize, upgrade } from './migrations.js';
import {
  ARTICLES,
  BY_ARTICLE,
  DB_NAME,
  DB_VERSION,
  IMAGES,
  RECORD_SCHEMA,
  type LibraryEntry,
  type LibraryRecord,
  type NewLibraryEntry,
  type StoredImage,
} from './types.js';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Every key `[articleId, src]` of one article's images. */
function imagesOf(articleId: string): IDBKeyRange {
  return IDBKeyRange.bound([articleId], [articleId, []]);
}

/**
 * One saved copy per snapshot: the id is a name-based UUID of the snapshot's address (else the original's,
 * else the text's checksum), so saving the same snapshot again replaces it and an import never duplicates it.
 */
export function libraryId(article: Article, textSha256: string): string {
  const { source } = article;
  const identity = source.archiveUrl ?? source.archiveShortUrl ?? source.originalUrl ?? `urn:sha256:${textSha256}`;
  return uuidV5(identity, URL_NAMESPACE);
}

export function makeRecord(id: string, entry: NewLibraryEntry): LibraryRecord {
  return {
    schema: RECORD_SCHEMA,
    id,
    article: entry.article,
    provenance: {
      source: entry.article.source,
      savedAt: entry.savedAt,
      extensionVersion: entry.extensionVersion,
      textSha256: entry.textSha256,
    },
    size: recordSize(entry.article, entry.images.values()),
    imageCount: entry.images.size,
  };
}

/** Opens (creating or migrating) the library database. `factory` is for tests; pages use the global one. */
function openLibraryDatabase(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<IDBDatabase> {
  if (!factory) return Promise.reject(new LibraryError('unavailable', 'IndexedDB is not available'));
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(new LibraryError('unavailable', String(error), { cause: error }));
      return;
    }
    request.onupgradeneeded = (event) => {
      const tx = request.transaction;
      if (tx) upgrade(request.result, tx, event.oldVersion);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another page is upgrading the database: step aside, it reopens on its next use.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => {
      const error = request.error;
      reject(
        error?.name === 'InvalidStateError' || error?.name === 'SecurityError'
          ? new LibraryError('unavailable', error.message, { cause: error })
          : toLibraryError(error),
      );
    };
  });
}

export class Library {
  /** True once closed, by `close()` or because another page is upgrading or deleting the database. */
  closed = false;

  private constructor(private readonly db: IDBDatabase) {
    db.addEventListener('versionchange', () => {
      this.closed = true;
    });
  }

  static async open(factory?: IDBFactory): Promise<Library> {
    return new Library(await openLibraryDatabase(factory));
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }

  /**
   * Runs `body` in one readwrite transaction over both stores and resolves when IndexedDB has committed it.
   * `put` counts the writes (for the test fault); anything `body` throws aborts the whole transaction.
   */
  private write(
    body: (
      stores: { articles: IDBObjectStore; images: IDBObjectStore },
      put: (store: IDBObjectStore, value: unknown) => void,
    ) => void,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      let tx: IDBTransaction;
      try {
        tx = this.db.transaction([ARTICLES, IMAGES], 'readwrite');
      } catch (error) {
        reject(toLibraryError(error));
        return;
      }
      let thrown: unknown = null;
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(toLibraryError(thrown ?? tx.error ?? new Error('the write was aborted')));
      let writes = 0;
      const put = (store: IDBObjectStore, value: unknown): void => {
        checkLibraryFault(writes);
        writes++;
        store.put(value);
      };
      try {
        body({ articles: tx.objectStore(ARTICLES), images: tx.objectStore(IMAGES) }, put);
        checkLibraryFault(Number.MAX_SAFE_INTEGER); // an armed fault fires before the commit at the latest
      } catch (error) {
        thrown = error;
        try {
          tx.abort();
        } catch {
          // already finished or aborting: onabort reports it
        }
      }
    });
  }

  /** Stores `record` with exactly `images`, replacing any earlier copy with the same id, in one transaction. */
  async put(record: LibraryRecord, images: Map<string, Blob>): Promise<void> {
    await this.write(({ articles, images: imageStore }, put) => {
      imageStore.delete(imagesOf(record.id));
      put(articles, record);
      for (const [src, blob] of images) put(imageStore, { articleId: record.id, src, blob } satisfies StoredImage);
    });
  }

  /** Saves an article (body already sanitised) with its images; the same snapshot saved again is replaced. */
  async save(entry: NewLibraryEntry): Promise<LibraryRecord> {
    const record = makeRecord(libraryId(entry.article, entry.textSha256), entry);
    await this.put(record, entry.images);
    return record;
  }

  /** Every record, without images. */
  async list(): Promise<LibraryRecord[]> {
    const tx = this.db.transaction(ARTICLES, 'readonly');
    return done(tx.objectStore(ARTICLES).getAll() as IDBRequest<LibraryRecord[]>);
  }

  async record(id: string): Promise<LibraryRecord | null> {
    const tx = this.db.transaction(ARTICLES, 'readonly');
    return (await done(tx.objectStore(ARTICLES).get(id) as IDBRequest<LibraryRecord | undefined>)) ?? null;
  }

  /** A record with its images, read in one transaction. */
  async get(id: string): Promise<LibraryEntry | null> {
    const tx = this.db.transaction([ARTICLES, IMAGES], 'readonly');
    const [record, images] = await Promise.all([
      done(tx.objectStore(ARTICLES).get(id) as IDBRequest<LibraryRecord | undefined>),
      done(tx.objectStore(IMAGES).index(BY_ARTICLE).getAll(IDBKeyRange.only(id)) as IDBRequest<StoredImage[]>),
    ]);
    if (!record) return null;
    return { record, images: new Map(images.map((image) => [image.src, image.blob])) };
  }

  /** Every record with its images (for the export), in id order. */
  async entries(): Promise<LibraryEntry[]> {
    const tx = this.db.transaction([ARTICLES, IMAGES], 'readonly');
    const [records, images] = await Promise.all([
      done(tx.objectStore(ARTICLES).getAll() as IDBRequest<LibraryRecord[]>),
      done(tx.objectStore(IMAGES).getAll() as IDBRequest<StoredImage[]>),
    ]);
    const byArticle = new Map<string, Map<string, Blob>>();
    for (const image of images) {
      let map = byArticle.get(image.articleId);
      if (!map) byArticle.set(image.articleId, (map = new Map()));
      map.set(image.src, image.blob);
    }
    return records.map((record) => ({ record, images: byArticle.get(record.id) ?? new Map<string, Blob>() }));
  }

  /** Deletes an article and its images together; false when there was none. */
  async delete(id: string): Promise<boolean> {
    const existed = (await this.record(id)) !== null;
    await this.write(({ articles, images }) => {
      articles.delete(id);
      images.delete(imagesOf(id));
    });
    return existed;
  }

  /**
   * Keeps the last Verify of a stored article with it. Only when the library holds the same text that was checked:
   * a check of another reading says nothing about the stored one. False when there was nothing to update.
   */
  async setVerification(id: string, verification: Verification): Promise<boolean> {
    const record = await this.record(id);
    if (!record || record.provenance.textSha256 !== verification.textSha256) return false;
    const article = { ...record.article, verification };
    const updated: LibraryRecord = {
      ...record,
      article,
      size: record.size - recordSize(record.article, []) + recordSize(article, []),
    };
    await this.write(({ articles }, put) => put(articles, updated));
    return true;
  }

  /** Replaces a stored article's highlights (none: the field goes). False when the library does not hold it. */
  async setHighlights(id: string, highlights: readonly Highlight[]): Promise<boolean> {
    const record = await this.record(id);
    if (!record) return false;
    const { highlights: _old, ...rest } = record.article;
    const article: Article = highlights.length ? { ...rest, highlights: [...highlights] } : rest;
    const updated: LibraryRecord = {
      ...record,
      article,
      size: record.size - recordSize(record.article, []) + recordSize(article, []),
    };
    await this.write(({ articles }, put) => put(articles, updated));
    return true;
  }
}
