/** Runs the cases in worker threads (one per core by default) and gives back their results in corpus order. */
import { Worker } from 'node:worker_threads';
import type { BenchCase } from './corpus.js';
import type { CaseResult } from './evaluate.js';

export async function evaluateAll(
  cases: BenchCase[],
  runs: number,
  workers: number,
  onResult: (r: CaseResult, done: number) => void,
): Promise<CaseResult[]> {
  const results = new Array<CaseResult>(cases.length);
  let next = 0;
  let done = 0;
  const start = (worker: Worker): boolean => {
    if (next >= cases.length) return false;
    const index = next++;
    worker.postMessage({ index, case: cases[index], runs });
    return true;
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(workers, cases.length)) }, () => {
      const worker = new Worker(new URL('./bench-worker.mjs', import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: 4096 },
      });
      return new Promise<void>((resolve, reject) => {
        worker.on('message', (msg: { index: number; result: CaseResult }) => {
          results[msg.index] = msg.result;
          onResult(msg.result, ++done);
          if (!start(worker)) void worker.terminate().then(() => resolve());
        });
        worker.on('error', reject);
        if (!start(worker)) void worker.terminate().then(() => resolve());
      });
    }),
  );
  return results;
}
