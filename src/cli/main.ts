import { UsageError, USAGE } from './args.js';
import { NoArticleError } from './input.js';
import { run } from './run.js';
import { err as printError } from './terminal.js';

declare const ARCHIVE_READER_VERSION: string;

run(process.argv.slice(2), ARCHIVE_READER_VERSION).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      printError(`archive-reader: ${err.message}\n${USAGE.split('\n')[0]}\n`);
      process.exitCode = 1;
    } else if (err instanceof NoArticleError) {
      printError(`archive-reader: ${err.message}\n`);
      process.exitCode = 2;
    } else {
      const e = err as NodeJS.ErrnoException;
      printError(`archive-reader: ${e.code === 'ENOENT' ? `no such file: ${e.path ?? ''}` : e.message}\n`);
      process.exitCode = 1;
    }
  },
);
