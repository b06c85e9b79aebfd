/** A benchmark worker: evaluates the cases the main thread sends, one at a time (see run.ts). */
import { parentPort } from 'node:worker_threads';
import type { BenchCase } from './corpus.js';
import { evaluateCase } from './evaluate.js';

interface Job {
  index: number;
  case: BenchCase;
  runs: number;
}

parentPort?.on('message', (job: Job) => {
  // A turn of the event loop after each case lets jsdom's closed windows be collected.
  setImmediate(() => parentPort?.postMessage({ index: job.index, result: evaluateCase(job.case, job.runs) }));
});
