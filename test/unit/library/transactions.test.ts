import { afterEach, describe, expect, test, vi } from 'vitest';
import { describeLibraryError, isQuotaError, LibraryError } from '../../../src/extension/shared/library/errors.js';
import { armLibraryFault, disarmLibraryFault } from '../../../src/extension/shared/library/fault.js';
import { libraryId } from '../../../src/extension/shared/library/store.js';
import { DB_VERSION, RECORD_SCHEMA } from '../../../src/extension/shared/library/types.js';
import { article, dump, entry, freshLibrary, pngBlob, reference, sha256, translate } from './support.js';

const BODY_IMAGE = 'https://d3gk4m7rq2xw1b.archive.ph/qF3xK/8be00940dc623deaf6db3404dacb71fdc4c6ea76.jpg';
const LEAD_IMAGE = reference.leadImage!.url;
const other = article({
  title: 'Another article',
  archiveUrl: 'https://archive.ph/20200101000000/https://example.org/other',
  text: 'Other text.',
});

afterEach(() => {
  disarmLibraryFault();
  vi.restoreAllMocks();
});

describe('saving', () => {
  test('an article is stored whole: record, provenance, size and every image', async () => {
    const { library } = await freshLibrary();
    const images = new Map([
      [BODY_IMAGE, pngBlob([9, 9])],
      [LEAD_IMAGE, pngBlob([7])],
    ]);
    const record = await library.save(entry(reference, images));
    expect(DB_VERSION).toBe(2);
    expect(record).toMatchObject({
      schema: RECORD_SCHEMA,
      id: libraryId(reference, sha256(reference.text)),
      imageCount: 2,
    });
    expect(record.provenance).toEqual({
      source: reference.source,
      savedAt: '2026-11-27T10:00:00Z',
      extensionVersion: '0.1.0',
      textSha256: sha256(reference.text),
    });
    expect(record.size).toBe(Buffer.byteLength(JSON.stringify(reference)) + 10 + 9);
    const stored = await library.get(record.id);
    expect(stored?.record).toEqual(record);
    expect([...stored!.images.keys()].sort()).toEqual([BODY_IMAGE, LEAD_IMAGE].sort());
    expect([...new Uint8Array(await stored!.images.get(BODY_IMAGE)!.arrayBuffer())].slice(-2)).toEqual([9, 9]);
  });

  test('saving the same snapshot again replaces it, images included, without a duplicate', async () => {
    const { library } = await freshLibrary();
    await library.save(
      entry(
        reference,
        new Map([
          [BODY_IMAGE, pngBlob()],
          [LEAD_IMAGE, pngBlob()],
        ]),
      ),
    );
    const again = await library.save(entry(reference, new Map([[BODY_IMAGE, pngBlob([4])]]), '2026-11-28T09:00:00Z'));
    const list = await library.list();
    expect(list).toHaveLength(1);
    expect(list[0]!.provenance.savedAt).toBe('2026-11-28T09:00:00Z');
    expect([...(await library.get(again.id))!.images.keys()]).toEqual([BODY_IMAGE]);
  });

  test('deleting removes the article and its images together', async () => {
    const { library } = await freshLibrary();
    const kept = await library.save(entry(other, new Map([['https://archive.ph/x/1.png', pngBlob()]])));
    const gone = await library.save(entry(reference, new Map([[BODY_IMAGE, pngBlob()]])));
    expect(await library.delete(gone.id)).toBe(true);
    expect(await library.get(gone.id)).toBeNull();
    expect((await library.entries()).flatMap((e) => [...e.images.keys()])).toEqual(['https://archive.ph/x/1.png']);
    expect((await library.list()).map((r) => r.id)).toEqual([kept.id]);
    expect(await library.delete(gone.id)).toBe(false);
  });
});

describe('a write that fails part-way leaves nothing half-saved', () => {
  test('a failure injected after the record and before the images: no record, no image, the rest intact', async () => {
    const { library } = await freshLibrary();
    await library.save(entry(other, new Map([['https://archive.ph/x/1.png', pngBlob()]])));
    const before = await dump(library);
    armLibraryFault('UnknownError', 1);
    const failed = library.save(
      entry(
        reference,
        new Map([
          [BODY_IMAGE, pngBlob()],
          [LEAD_IMAGE, pngBlob()],
        ]),
      ),
    );
    await expect(failed).rejects.toMatchObject({ name: 'LibraryError', kind: 'failed' });
    expect(await library.get(libraryId(reference, sha256(reference.text)))).toBeNull();
    expect(await dump(library)).toEqual(before);
  });

  test('an IndexedDB put that throws in the middle of the transaction rolls the whole article back', async () => {
    const { library } = await freshLibrary();
    await library.save(entry(other));
    const before = await dump(library);
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if (++calls === 3) throw new DOMException('Failed to write blob', 'DataCloneError');
      return realPut.call(this, value, key);
    });
    await expect(
      library.save(
        entry(
          reference,
          new Map([
            [BODY_IMAGE, pngBlob()],
            [LEAD_IMAGE, pngBlob()],
          ]),
        ),
      ),
    ).rejects.toBeInstanceOf(LibraryError);
    expect(calls).toBe(3); // the record and one image were written inside the transaction before it failed
    vi.restoreAllMocks();
    expect(await dump(library)).toEqual(before);
  });

  test('replacing an article that then fails keeps the earlier copy whole', async () => {
    const { library } = await freshLibrary();
    await library.save(
      entry(
        reference,
        new Map([
          [BODY_IMAGE, pngBlob([1])],
          [LEAD_IMAGE, pngBlob([2])],
        ]),
      ),
    );
    const before = await dump(library);
    armLibraryFault('QuotaExceededError', 2);
    await expect(
      library.save(
        entry(
          reference,
          new Map([
            [BODY_IMAGE, pngBlob([3])],
            [LEAD_IMAGE, pngBlob([4])],
          ]),
          '2026-12-01T00:00:00Z',
        ),
      ),
    ).rejects.toMatchObject({ kind: 'quota' });
    expect(await dump(library)).toEqual(before);
  });
});

describe('a full quota', () => {
  test('becomes the clear message, and the library is intact', async () => {
    const { library } = await freshLibrary();
    await library.save(entry(other, new Map([['https://archive.ph/x/1.png', pngBlob()]])));
    const before = await dump(library);
    armLibraryFault('QuotaExceededError');
    const error = await library.save(entry(reference, new Map([[BODY_IMAGE, pngBlob()]]))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).kind).toBe('quota');
    const message = describeLibraryError(error, translate);
    expect(message).toMatch(/^Not enough storage space to save this article: /);
    expect(message).toMatch(/Nothing already in the library was lost/);
    expect(await dump(library)).toEqual(before);
    // The next write works again (the quota error was not sticky).
    await library.save(entry(reference));
    expect(await library.list()).toHaveLength(2);
  });

  test('an article without images still meets the injected fault before its commit', async () => {
    const { library } = await freshLibrary();
    armLibraryFault('QuotaExceededError');
    await expect(library.save(entry(other))).rejects.toMatchObject({ kind: 'quota' });
    expect(await library.list()).toEqual([]);
  });

  test.each([
    ['QuotaExceededError', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['Firefox NS_ERROR_DOM_QUOTA_REACHED', { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }],
    ['Firefox NS_ERROR_FILE_NO_DEVICE_SPACE', { name: 'NS_ERROR_FILE_NO_DEVICE_SPACE', message: '' }],
    ['legacy code 22', { name: 'Error', code: 22, message: '' }],
    ['Firefox code 1014', { name: 'Error', code: 1014, message: '' }],
    ['Chrome UnknownError for a full disk', new DOMException('Internal error: disk is full', 'UnknownError')],
  ])('%s is recognised as a full quota', (_, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  test('other errors are not', () => {
    expect(isQuotaError(new DOMException('x', 'DataCloneError'))).toBe(false);
    expect(isQuotaError(new Error('boom'))).toBe(false);
    expect(describeLibraryError(new Error('boom'), translate)).toBe(
      'The library could not be changed (boom). Nothing was half-saved.',
    );
  });
});
