import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './job.js';

export interface PoolOptions {
  /** Worker threads at once. */
  jobs: number;
  /** An input taking longer than this is stopped (its worker replaced) and reported as failed. */
  timeoutMs: number;
  /** Heap limit of each worker: a huge page fails on its own instead of taking the whole run down. */
  memoryMb: number;
  workerUrl: URL;
}

/** What a worker says once its modules (jsdom among them) are loaded: from then on its time is the input's. */
export const WORKER_READY = 'ready';

/**
 * Runs the jobs in worker threads, each worker one job at a time, and reports every result (in completion order)
 * with the time it took. A job that hangs or exhausts its worker's memory costs only that worker, which is replaced.
 * The time limit counts from when the worker is ready, so a replacement's start-up is not charged to its input.
 */
export async function runPool(
  jobs: readonly Job[],
  options: PoolOptions,
  onResult: (result: JobResult, ms: number) => void,
): Promise<void> {
  let next = 0;
  const slot = (): Promise<void> =>
    new Promise<void>((resolve) => {
      let worker: Worker | null = null;
      let ready = false;
      let current: { job: Job; started: number; timer: NodeJS.Timeout | null } | null = null;

      const finish = (result: JobResult): void => {
        if (!current) return;
        if (current.timer) clearTimeout(current.timer);
        const ms = result.ms ?? performance.now() - current.started;
        current = null;
        onResult(result, ms);
        dispatch();
      };
      const startClock = (): void => {
        if (!current || current.timer) return;
        const { job } = current;
        current.started = performance.now();
        current.timer = setTimeout(() => {
          const stuck = worker;
          worker = null;
          void stuck?.terminate();
          finish({ id: job.id, ok: false, error: `took longer than ${Math.round(options.timeoutMs / 1000)} s` });
        }, options.timeoutMs);
      };
      const spawn = (): Worker => {
        const w = new Worker(options.workerUrl, { resourceLimits: { maxOldGenerationSizeMb: options.memoryMb } });
        ready = false;
        // A replaced worker (stopped for taking too long) may still speak: only the slot's current one counts.
        w.on('message', (message: JobResult | typeof WORKER_READY) => {
          if (w !== worker) return;
          if (message === WORKER_READY) {
            ready = true;
            startClock();
          } else finish(message);
        });
        w.on('error', (err: Error & { code?: string }) => {
          if (w !== worker) return;
          worker = null;
          const id = current?.job.id ?? -1;
          const outOfMemory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
          finish({
            id,
            ok: false,
            error: outOfMemory ? `ran out of memory (more than ${options.memoryMb} MB)` : `failed: ${err.message}`,
          });
        });
        return w;
      };
      const dispatch = (): void => {
        if (next >= jobs.length) {
          void worker?.terminate();
          resolve();
          return;
        }
        const job = jobs[next++]!;
        worker ??= spawn();
        current = { job, started: performance.now(), timer: null };
        worker.postMessage(job);
        if (ready) startClock();
      };
      dispatch();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, jobs.length)) }, slot));
}
