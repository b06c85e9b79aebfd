/** A batch worker thread: runs the jobs the pool sends, one at a time, and answers each with its result. */
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { InputError, runJob, type Job, type JobResult } from './job.js';
import { WORKER_READY } from './pool.js';

const port = parentPort;
if (!port) throw new Error('the batch worker runs in a worker thread');

port.on('message', (job: Job) => {
  const started = performance.now();
  runJob(job).then(
    (done) => port.postMessage(done satisfies JobResult),
    (err: unknown) => {
      const e = err as NodeJS.ErrnoException;
      // Input faults keep their message; anything else is named so the index line still says what went wrong.
      const error =
        err instanceof InputError
          ? err.message
          : e.code === 'ENOENT'
            ? 'no such file'
            : `failed: ${e.message ?? String(err)}`;
      port.postMessage({ id: job.id, ok: false, ms: performance.now() - started, error } satisfies JobResult);
    },
  );
});

// Modules are loaded by now (static imports): the pool starts the input's clock from here.
port.postMessage(WORKER_READY);
