import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * A folder of the third-party corpus (`../shared/corpus/<name>`), read at run time and never committed: beside the
 * checkout, or where `ARCHIVE_READER_SHARED` or this machine's `/work/shared` has it. The first that exists, else
 * the path beside the checkout (tests that need it are skipped when it is missing).
 */
export function sharedCorpus(name: string): string {
  const repo = path.resolve(import.meta.dirname, '../..');
  const roots = [process.env.ARCHIVE_READER_SHARED, path.resolve(repo, '../shared'), '/work/shared'].filter((r): r is string => !!r);
  const candidates = roots.map((root) => path.join(root, 'corpus', name));
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}
