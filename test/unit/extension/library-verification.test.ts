import { describe, expect, test } from 'vitest';
import type { Verification } from '../../../src/article.js';
import { libraryId } from '../../../src/extension/shared/library/store.js';
import { exportLibrary, importLibrary } from '../../../src/extension/shared/library/transfer.js';
import { validateArticle, validateVerification } from '../../../src/extension/shared/library/validate.js';
import { entry, freshLibrary, reference, sha256 } from '../library/support.js';

const check = (textSha256 = sha256(reference.text)): Verification => ({
  verdict: 'differs',
  similarity: 0.999,
  changes: 1,
  checkedAt: '2026-12-05T09:00:00Z',
  textSha256,
  other: {
    service: 'wayback',
    url: 'https://web.archive.org/web/20170720011502/https://www.washingtonpost.com/x',
    archivedAt: '2017-07-20T01:15:02Z',
    textSha256: 'a'.repeat(64),
  },
});

describe('the library keeps the last verification', () => {
  test('setVerification stores it with the article, only for the text that was checked', async () => {
    const { library } = await freshLibrary();
    const record = await library.save(entry(reference));
    expect(await library.setVerification(record.id, check())).toBe(true);
    const stored = await library.record(record.id);
    expect(stored?.article.verification).toEqual(check());
    expect(stored?.size).toBeGreaterThan(record.size);
    expect(await library.setVerification(record.id, check('b'.repeat(64)))).toBe(false);
    expect(
      await library.setVerification(
        libraryId({ ...reference, source: { ...reference.source, archiveUrl: 'https://archive.ph/other' } }, 'x'),
        check(),
      ),
    ).toBe(false);
    library.close();
  });

  test('export and import keep it; entries saved before Verify existed still import', async () => {
    const { library } = await freshLibrary();
    await library.save(entry({ ...reference, verification: check() }));
    const file = await exportLibrary(library, '2026-12-05T10:00:00Z');
    const { library: elsewhere } = await freshLibrary();
    expect((await importLibrary(elsewhere, file)).added).toBe(1);
    expect((await elsewhere.list())[0]?.article.verification).toEqual(check());

    const old = JSON.parse(file) as { articles: { article: Record<string, unknown> }[] };
    delete old.articles[0]!.article.verification;
    const { library: third } = await freshLibrary();
    expect((await importLibrary(third, JSON.stringify(old))).added).toBe(1);
    expect((await third.list())[0]?.article).not.toHaveProperty('verification');
    for (const l of [library, elsewhere, third]) l.close();
  });

  test('a malformed verification makes the article invalid rather than trusted', () => {
    expect(validateVerification(undefined)).toBeNull();
    expect(validateVerification(null)).toBeNull();
    expect(validateVerification(check())).toEqual(check());
    for (const bad of [
      { ...check(), verdict: 'same' },
      { ...check(), similarity: 2 },
      { ...check(), changes: -1 },
      { ...check(), textSha256: 'nope' },
      { ...check(), other: { ...check().other, service: 'elsewhere' } },
      { ...check(), other: { ...check().other, url: 7 } },
      'identical',
    ]) {
      expect(validateVerification(bad)).toBeUndefined();
      expect(validateArticle({ ...reference, verification: bad })).toBeNull();
    }
    expect(validateArticle({ ...reference, verification: { ...check(), extra: 'dropped' } })?.verification).toEqual(
      check(),
    );
  });
});
