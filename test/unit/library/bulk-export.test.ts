import { JSDOM } from 'jsdom';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { buildBulkExport, bulkFileName, markdownEntries } from '../../../src/extension/library/bulk-export.js';
import { makeRecord } from '../../../src/extension/shared/library/store.js';
import type { LibraryEntry } from '../../../src/extension/shared/library/types.js';
import { article, entry, pngBlob } from './support.js';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
  0, 0,
]);
const IMG = 'https://a.archive.ph/x/1.png';

function libraryEntry(id: string, title: string, withImage: boolean): LibraryEntry {
  const images = withImage ? new Map([[IMG, pngBlob(PNG)]]) : new Map<string, Blob>();
  const a = article({
    title,
    contentHtml: `<p>${title} text.</p>${withImage ? `<p><img src="${IMG}" alt="chart"></p>` : ''}`,
  });
  return { record: makeRecord(id, entry(a, images, '2026-12-01T10:00:00Z')), images };
}

describe('the Markdown zip of several articles', () => {
  test('two articles with the same name get unique .md names, each with its own image folder', () => {
    const same = libraryEntry('a', 'Same title', true).record.article;
    const entries = markdownEntries(
      [
        { article: same, images: new Map([[IMG, { bytes: PNG, mediaType: 'image/png' }]]) },
        { article: same, images: new Map([[IMG, { bytes: PNG, mediaType: 'image/png' }]]) },
      ],
      win,
      '2026-12-01T10:00:00Z',
    );
    const paths = entries.map((e) => e.path);
    const [first, second] = paths.filter((p) => p.endsWith('.md'));
    expect(first).not.toEqual(second);
    expect(paths).toContain(`${first!.replace(/\.md$/, '')}/01.png`);
    expect(paths).toContain(`${second!.replace(/\.md$/, '')}/01.png`);
    const secondText = entries.find((e) => e.path === second)!.data as string;
    expect(secondText).toContain(`](${second!.replace(/\.md$/, '')}/01.png)`);
  });

  test('buildBulkExport: a zip, and a .bib with one record per article', async () => {
    const entries = [libraryEntry('a', 'One', true), libraryEntry('b', 'Two', false)];
    const zip = await buildBulkExport(entries, 'markdown-zip', win, '2026-12-05T10:00:00Z', '0.1.0');
    expect(zip.fileName).toBe('archive-reader-2-articles-2026-12-05.zip');
    const files = unzipSync(new Uint8Array(await zip.blob.arrayBuffer()));
    expect(Object.keys(files).filter((f) => f.endsWith('.md'))).toHaveLength(2);
    const bib = await buildBulkExport(entries, 'bibtex', win, '2026-12-05T10:00:00Z', '0.1.0');
    expect(bib.fileName).toBe(bulkFileName(2, '2026-12-05T10:00:00Z', 'bib'));
    expect((await bib.blob.text()).match(/^@\w+\{/gm)).toHaveLength(2);
    const epub = await buildBulkExport(entries, 'epub', win, '2026-12-05T10:00:00Z', '0.1.0');
    expect(strFromU8(unzipSync(new Uint8Array(await epub.blob.arrayBuffer())).mimetype!)).toBe('application/epub+zip');
  });
});
