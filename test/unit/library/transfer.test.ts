import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Article, Author } from '../../../src/article.js';
import { LibraryError } from '../../../src/extension/shared/library/errors.js';
import { libraryId, type Library } from '../../../src/extension/shared/library/store.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileName,
  exportLibrary,
  importLibrary,
  type ExportFile,
} from '../../../src/extension/shared/library/transfer.js';
import { dump, entry, freshLibrary, pngBlob, pngBytes, reference, sha256 } from './support.js';

const EXPORTED_AT = '2026-11-27T12:00:00Z';
const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

// Any Unicode, lone surrogates included: the file must carry whatever an article holds.
const text = fc.string({ unit: 'binary', maxLength: 120 });
const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const when = fc
  .date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2026-12-01T00:00:00Z'), noInvalidDate: true })
  .map(iso);
const author: fc.Arbitrary<Author> = fc.oneof(fc.record({ given: text, family: text }), fc.record({ literal: text }));

const articleArb = (archiveUrl: string): fc.Arbitrary<Article> =>
  fc.record({
    title: text,
    authors: fc.array(author, { maxLength: 4 }),
    byline: nullable(text),
    published: nullable(fc.oneof(fc.constant('2017-05-16'), when)),
    siteName: nullable(text),
    lang: nullable(fc.constantFrom('en', 'fr', 'pt-BR')),
    section: nullable(text),
    excerpt: nullable(text),
    leadImage: nullable(fc.record({ url: fc.webUrl(), caption: nullable(text) })),
    contentHtml: text,
    text,
    wordCount: fc.nat(),
    readingMinutes: fc.nat(),
    source: fc.record({
      service: fc.constantFrom('archive.today' as const, 'wayback' as const, 'none' as const),
      originalUrl: nullable(fc.webUrl()),
      archiveUrl: fc.constant(archiveUrl),
      archiveShortUrl: nullable(fc.webUrl()),
      archivedAt: nullable(when),
    }),
  });

const imagesArb = fc
  .uniqueArray(fc.record({ src: fc.webUrl(), body: fc.uint8Array({ maxLength: 48 }) }), {
    selector: (i) => i.src,
    maxLength: 3,
  })
  .map((images) => new Map(images.map(({ src, body }) => [src, pngBlob(body)])));

const libraryArb = fc
  .uniqueArray(fc.webUrl({ withQueryParameters: true }), { maxLength: 5 })
  .chain((urls) =>
    fc.tuple(...urls.map((url) => fc.record({ article: articleArb(url), images: imagesArb, savedAt: when }))),
  );

async function fill(
  library: Library,
  items: { article: Article; images: Map<string, Blob>; savedAt: string }[],
): Promise<void> {
  for (const item of items) await library.save(entry(item.article, item.images, item.savedAt));
}

describe('export and import', () => {
  test('export → wipe → import gives an identical library (property)', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb, async (items) => {
        const { library } = await freshLibrary();
        await fill(library, items);
        const before = await dump(library);
        const file = await exportLibrary(library, EXPORTED_AT);

        // Wipe: delete every article, then import into the emptied library.
        for (const record of await library.list()) await library.delete(record.id);
        expect(await library.list()).toEqual([]);
        const report = await importLibrary(library, file);
        expect(report).toEqual({
          added: items.length,
          updated: 0,
          unchanged: 0,
          skipped: 0,
          conflicts: 0,
          refused: [],
        });
        expect(await dump(library)).toEqual(before);
        // …and the imported library exports to the very same file.
        expect(await exportLibrary(library, EXPORTED_AT)).toBe(file);

        // Into another browser's empty library, too.
        const { library: elsewhere } = await freshLibrary();
        await importLibrary(elsewhere, file);
        expect(await dump(elsewhere)).toEqual(before);
        library.close();
        elsewhere.close();
      }),
      { numRuns: 30 },
    );
  });

  test('the file names its format and version, and is named by its date', async () => {
    const { library } = await freshLibrary();
    await library.save(entry(reference, new Map([['https://a.archive.ph/x/1.png', pngBlob([5])]])));
    const file = JSON.parse(await exportLibrary(library, EXPORTED_AT)) as ExportFile;
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.version).toBe(EXPORT_VERSION);
    expect(file.exportedAt).toBe(EXPORTED_AT);
    expect(file.articles[0]!.images).toEqual([
      { src: 'https://a.archive.ph/x/1.png', type: 'image/png', data: Buffer.from(pngBytes([5])).toString('base64') },
    ]);
    expect(exportFileName(EXPORTED_AT)).toBe('archive-reader-library-2026-11-27.json');
  });

  test('importing merges without duplicates: the same file twice adds nothing; a later copy replaces an earlier one', async () => {
    const { library } = await freshLibrary();
    await library.save(entry(reference, new Map(), '2026-11-01T00:00:00Z'));
    const older = await exportLibrary(library, EXPORTED_AT);
    await library.save(
      entry(reference, new Map([['https://a.archive.ph/x/1.png', pngBlob()]]), '2026-11-20T00:00:00Z'),
    );
    const newer = await exportLibrary(library, EXPORTED_AT);

    expect(await importLibrary(library, newer)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
      skipped: 0,
      conflicts: 0,
      refused: [],
    });
    expect(await importLibrary(library, older)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
      skipped: 0,
      conflicts: 0,
      refused: [],
    });
    expect((await library.list())[0]!.provenance.savedAt).toBe('2026-11-20T00:00:00Z');

    const { library: other } = await freshLibrary();
    await importLibrary(other, older);
    expect(await importLibrary(other, newer)).toEqual({
      added: 0,
      updated: 1,
      unchanged: 0,
      skipped: 0,
      conflicts: 0,
      refused: [],
    });
    expect(await dump(other)).toEqual(await dump(library));
    expect(await other.list()).toHaveLength(1);
  });

  test('files that are not library exports are refused as a whole', async () => {
    const { library } = await freshLibrary();
    await expect(importLibrary(library, 'not json')).rejects.toMatchObject({ kind: 'invalid-file' });
    await expect(importLibrary(library, '{"format":"something-else","version":1,"articles":[]}')).rejects.toMatchObject(
      { kind: 'invalid-file' },
    );
    await expect(importLibrary(library, '[]')).rejects.toBeInstanceOf(LibraryError);
    await expect(
      importLibrary(library, JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION + 1, articles: [] })),
    ).rejects.toMatchObject({ kind: 'newer-file' });
  });

  test('each entry is validated: bad ones are skipped and counted, bad images dropped, unknown fields left out, bodies sanitised', async () => {
    const { library } = await freshLibrary();
    await library.save(entry(reference, new Map([['https://a.archive.ph/x/1.png', pngBlob()]])));
    const good = JSON.parse(await exportLibrary(library, EXPORTED_AT)) as ExportFile;
    const base = good.articles[0]!;
    const variant = (archiveUrl: string, change: (a: typeof base) => unknown): unknown => {
      const copy = structuredClone(base);
      copy.article.source.archiveUrl = archiveUrl;
      copy.provenance.source.archiveUrl = archiveUrl;
      copy.id = libraryId(copy.article, copy.provenance.textSha256);
      return change(copy) ?? copy;
    };
    const file = {
      ...good,
      articles: [
        variant('https://archive.ph/tampered', (a) => {
          a.article.text += ' (edited)';
        }),
        variant('https://archive.ph/bad-id', (a) => {
          a.id = '../../etc';
        }),
        variant('https://archive.ph/no-title', (a) => {
          (a.article as Partial<Article>).title = undefined;
        }),
        variant('https://archive.ph/bad-author', (a) => {
          (a.article.authors as unknown[]) = [{ name: 'x' }];
        }),
        variant('https://archive.ph/bad-date', (a) => {
          a.provenance.savedAt = 'yesterday';
        }),
        'not an object',
        variant('https://archive.ph/fine', (a) => {
          a.images = [
            {
              src: 'https://a.archive.ph/ok.png',
              type: 'image/png',
              data: Buffer.from(pngBytes([1])).toString('base64'),
            },
            {
              src: 'https://a.archive.ph/svg.svg',
              type: 'image/svg+xml',
              data: Buffer.from('<svg onload="alert(1)"/>').toString('base64'),
            },
            { src: 'https://a.archive.ph/bad.png', type: 'image/png', data: '***' },
          ];
          (a.article as unknown as Record<string, unknown>).extra = 'dropped';
          a.article.contentHtml = '<p onclick="x()">Hi<script>alert(1)</script></p>';
        }),
      ],
    };
    const sanitize = (html: string): string =>
      html.replace(/<script>.*?<\/script>/g, '').replace(/ on\w+="[^"]*"/g, '');
    const report = await importLibrary(library, JSON.stringify(file), { sanitize });
    expect(report).toMatchObject({ added: 1, updated: 0, unchanged: 0, skipped: 6, conflicts: 0 });
    expect(report.refused.map((r) => r.reason)).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
    ]);
    const fine = (await library.entries()).find(
      (e) => e.record.article.source.archiveUrl === 'https://archive.ph/fine',
    )!;
    expect([...fine.images.keys()]).toEqual(['https://a.archive.ph/ok.png']);
    expect(fine.record.imageCount).toBe(1);
    expect(fine.record.article).not.toHaveProperty('extra');
    expect(fine.record.article.contentHtml).toBe('<p>Hi</p>');
    expect(fine.record.provenance.textSha256).toBe(sha256(fine.record.article.text));
  });

  test('a file cannot overwrite another article, win by a date in the future, or swap a text unasked', async () => {
    const { library } = await freshLibrary();
    await library.save(entry(reference, new Map(), '2026-11-01T00:00:00Z'));
    const genuine = JSON.parse(await exportLibrary(library, EXPORTED_AT)) as ExportFile;
    const base = genuine.articles[0]!;

    // Another article's content under the genuine one's id.
    const other = structuredClone(base);
    other.article.source.archiveUrl = 'https://archive.ph/spoof';
    other.provenance.savedAt = '2026-11-25T00:00:00Z';
    // The genuine article, "saved" in 2999 so that it wins every merge.
    const future = structuredClone(base);
    future.provenance.savedAt = '2999-01-01T00:00:00Z';
    // A later copy of the same snapshot with another text (checksum and id consistent: only the text differs).
    const altered = structuredClone(base);
    altered.article.text = `${base.article.text} A sentence the archive never held.`;
    altered.provenance.textSha256 = sha256(altered.article.text);
    altered.provenance.savedAt = '2026-11-26T00:00:00Z';
    const file = (articles: unknown[]) => JSON.stringify({ ...genuine, articles });

    const report = await importLibrary(library, file([other, future, altered]), { now: '2026-12-01T00:00:00Z' });
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 0, skipped: 2, conflicts: 1 });
    expect(report.refused).toEqual([
      { entry: base.id, reason: 'id-mismatch' },
      { entry: base.id, reason: 'future' },
      { entry: base.id, reason: 'conflict' },
    ]);
    expect((await library.list())[0]!.provenance.textSha256).toBe(base.provenance.textSha256);

    // Chosen by the user, the later copy replaces the one kept.
    expect(await importLibrary(library, file([altered]), { now: '2026-12-01T00:00:00Z', replace: true })).toMatchObject(
      { updated: 1, conflicts: 0 },
    );
    expect((await library.list())[0]!.article.text).toBe(altered.article.text);
  });
});
