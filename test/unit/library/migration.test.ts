import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { migrateV1Record } from '../../../src/extension/shared/library/migrations.js';
import { Library } from '../../../src/extension/shared/library/store.js';
import { ARTICLES, DB_NAME, DB_VERSION, IMAGES } from '../../../src/extension/shared/library/types.js';
import { dump, entry, pngBlob, reference, sha256 } from './support.js';

interface FixtureImage {
  src: string;
  type: string;
  base64: string;
}
interface FixtureRecord {
  id: string;
  article: typeof reference;
  savedAt: string;
  version: string;
  sha256: string;
  images: FixtureImage[];
}
interface Fixture {
  dbName: string;
  dbVersion: number;
  stores: { articles: { keyPath: string; records: FixtureRecord[] } };
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/library-v1/library-v1.json', import.meta.url), 'utf8'),
) as Fixture;
const v1Records = fixture.stores.articles.records;

const blobOf = (image: FixtureImage): Blob => new Blob([Buffer.from(image.base64, 'base64')], { type: image.type });

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** The library exactly as version 1 wrote it: one store, images inline. */
async function createV1Library(factory: IDBFactory): Promise<void> {
  const open = factory.open(fixture.dbName, fixture.dbVersion);
  open.onupgradeneeded = () => open.result.createObjectStore('articles', { keyPath: fixture.stores.articles.keyPath });
  const db = await done(open);
  const tx = db.transaction('articles', 'readwrite');
  for (const record of v1Records) {
    tx.objectStore('articles').put({
      ...record,
      images: record.images.map((image) => ({ src: image.src, blob: blobOf(image) })),
    });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

describe('migration from version 1 (images inside the article record) to version 2', () => {
  test('the fixture is a version-1 library', () => {
    expect(fixture.dbName).toBe(DB_NAME);
    expect(fixture.dbVersion).toBe(1);
    expect(DB_VERSION).toBe(2);
    expect(v1Records.length).toBeGreaterThanOrEqual(2);
  });

  test('every article, its provenance and every image survive, in the new layout', async () => {
    const factory = new IDBFactory();
    await createV1Library(factory);
    const library = await Library.open(factory);

    const list = await library.list();
    expect(list.map((r) => r.id).sort()).toEqual(v1Records.map((r) => r.id).sort());
    for (const v1 of v1Records) {
      const stored = await library.get(v1.id);
      expect(stored).not.toBeNull();
      const { record, images } = stored!;
      expect(record.schema).toBe(2);
      expect(record.article).toEqual(v1.article);
      expect(record.provenance).toEqual({
        source: v1.article.source,
        savedAt: v1.savedAt,
        extensionVersion: v1.version,
        textSha256: v1.sha256,
      });
      expect(record.provenance.textSha256).toBe(sha256(v1.article.text));
      expect(record.imageCount).toBe(v1.images.length);
      const imageBytes = v1.images.reduce((sum, image) => sum + Buffer.from(image.base64, 'base64').length, 0);
      expect(record.size).toBe(Buffer.byteLength(JSON.stringify(v1.article)) + imageBytes);
      expect([...images.keys()].sort()).toEqual(v1.images.map((image) => image.src).sort());
      for (const image of v1.images) {
        const blob = images.get(image.src)!;
        expect(blob.type).toBe(image.type);
        expect(Buffer.from(await blob.arrayBuffer()).toString('base64')).toBe(image.base64);
      }
      // Version 2 keeps no images inside the record.
      expect(record).not.toHaveProperty('images');
    }
    library.close();

    // The database is at version 2 with both stores.
    const db = await done(factory.open(DB_NAME));
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual([ARTICLES, IMAGES].sort());
    db.close();
  });

  test('the migrated library works like a new one: save, search the list, delete', async () => {
    const factory = new IDBFactory();
    await createV1Library(factory);
    const library = await Library.open(factory);
    const added = await library.save(
      entry(
        { ...reference, title: 'New', source: { ...reference.source, archiveUrl: 'https://archive.ph/new' } },
        new Map([['https://archive.ph/n/1.png', pngBlob()]]),
      ),
    );
    expect(await library.list()).toHaveLength(v1Records.length + 1);
    await library.delete(v1Records[0]!.id);
    expect((await library.list()).map((r) => r.id).sort()).toEqual(
      [added.id, ...v1Records.slice(1).map((r) => r.id)].sort(),
    );
    library.close();
  });

  test('opening an already migrated library migrates nothing again', async () => {
    const factory = new IDBFactory();
    await createV1Library(factory);
    const first = await Library.open(factory);
    const before = await dump(first);
    first.close();
    const second = await Library.open(factory);
    expect(await dump(second)).toEqual(before);
    second.close();
  });

  test('a v1 entry that is not an article is not carried over; duplicate image addresses are kept once', () => {
    expect(migrateV1Record({ id: 'x' })).toBeNull();
    expect(migrateV1Record(null)).toBeNull();
    const v1 = v1Records[0]!;
    const blob = blobOf(v1.images[0]!);
    const migrated = migrateV1Record({
      ...v1,
      images: [
        { src: 'a', blob },
        { src: 'a', blob },
        { src: 'b', blob: 'not a blob' },
      ],
    });
    expect(migrated?.images.map((image) => image.src)).toEqual(['a']);
    expect(migrated?.record.imageCount).toBe(1);
  });
});

test('a version-1 database without its store opens as an empty library', async () => {
  const factory = new IDBFactory();
  const bare = await done(factory.open(DB_NAME, 1));
  bare.close();
  const library = await Library.open(factory);
  expect(await library.list()).toEqual([]);
  library.close();
});
