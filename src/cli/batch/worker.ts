/** A batch worker thread: runs the jobs the pool sends, one at a time, and answers each with its result. */
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { InputError, runJob, type Job, type JobResult } from './job.js';
import { WORKER_READY } from './pool.js';

const port = parentPort;
if (!port) throw new Error('the batch worker runs in a worker thread');

/** What the file system said, in words, for the errors a file that cannot be read gives. */
const UNREADABLE: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'cannot read the file: permission denied',
  EPERM: 'cannot read the file: permission denied',
  ELOOP: 'cannot read the file: a loop of symbolic links',
  EIO: 'cannot read the file: input/output error',
};

/** An unexpected failure, named so that the index line still says what went wrong (never a stack trace). */
function failure(e: NodeJS.ErrnoException): string {
  return (e.code ? UNREADABLE[e.code] : undefined) ?? `failed: ${e.message ?? String(e)}`;
}

port.on('message', (job: Job) => {
  const started = performance.now();
  runJob(job).then(
    (done) => port.postMessage(done satisfies JobResult),
    (err: unknown) => {
      const error = err instanceof InputError ? err.message : failure(err as NodeJS.ErrnoException);
      port.postMessage({ id: job.id, ok: false, ms: performance.now() - started, error } satisfies JobResult);
    },
  );
});

// Modules are loaded by now (static imports): the pool starts the input's clock from here.
port.postMessage(WORKER_READY);
