import { describe, expect, test } from 'vitest';
import type { Highlight } from '../../../src/article.js';
import { exportLibrary, importLibrary } from '../../../src/extension/shared/library/transfer.js';
import { MAX_HIGHLIGHTS, validateArticle, validateHighlights } from '../../../src/extension/shared/library/validate.js';
import { entry, freshLibrary, reference } from './support.js';

const mine: Highlight[] = [
  { text: 'Comfortable chastising and cajoling', occurrence: 0, createdAt: '2026-12-05T10:00:00Z' },
];

describe('the library keeps highlights', () => {
  test('setHighlights stores them with the article and removes the field when none are left', async () => {
    const { library } = await freshLibrary();
    const record = await library.save(entry(reference));
    expect(await library.setHighlights(record.id, mine)).toBe(true);
    const stored = await library.record(record.id);
    expect(stored?.article.highlights).toEqual(mine);
    expect(stored?.size).toBeGreaterThan(record.size);
    expect(await library.setHighlights(record.id, [])).toBe(true);
    expect('highlights' in (await library.record(record.id))!.article).toBe(false);
    expect(await library.setHighlights('no-such-id', mine)).toBe(false);
    library.close();
  });

  test('export and import keep them', async () => {
    const { library } = await freshLibrary();
    await library.save(entry({ ...reference, highlights: mine }));
    const file = await exportLibrary(library, '2026-12-05T11:00:00Z');
    const { library: elsewhere } = await freshLibrary();
    expect((await importLibrary(elsewhere, file)).added).toBe(1);
    expect((await elsewhere.list())[0]?.article.highlights).toEqual(mine);
  });

  test('validation rebuilds each highlight and refuses malformed ones', () => {
    expect(validateHighlights(undefined)).toEqual([]);
    expect(validateHighlights([{ ...mine[0], extra: '<script>' }])).toEqual(mine);
    for (const bad of [
      'x',
      [{ text: '', occurrence: 0, createdAt: mine[0]!.createdAt }],
      [{ text: 'a', occurrence: -1, createdAt: mine[0]!.createdAt }],
      [{ text: 'a', occurrence: 0.5, createdAt: mine[0]!.createdAt }],
      [{ text: 'a', occurrence: 0, createdAt: 'yesterday' }],
      Array.from({ length: MAX_HIGHLIGHTS + 1 }, () => mine[0]),
    ])
      expect(validateHighlights(bad)).toBeUndefined();
    expect(validateArticle({ ...reference, highlights: 'x' })).toBeNull();
    expect(validateArticle({ ...reference, highlights: mine })?.highlights).toEqual(mine);
    expect('highlights' in validateArticle(reference)!).toBe(false);
  });
});
