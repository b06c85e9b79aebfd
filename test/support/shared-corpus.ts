import path from 'node:path';

/**
 * A folder of the third-party corpus (`<shared>/corpus/<name>`), read at run time and never committed. The shared
 * folder is `ARCHIVE_READER_SHARED`, else `../shared` beside the checkout: the one place tests learn it (the
 * benchmarks read the same variable in `bench/corpus.ts`). Tests that need a folder are skipped when it is missing.
 */
export function sharedCorpus(name: string): string {
  const repo = path.resolve(import.meta.dirname, '../..');
  const root = process.env.ARCHIVE_READER_SHARED || path.resolve(repo, '../shared');
  return path.join(root, 'corpus', name);
}
