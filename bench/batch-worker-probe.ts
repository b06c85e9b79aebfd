/**
 * Loaded before the batch worker in the bench's worker bundle (batch-worker.ts): after every input the worker
 * answers, it records this thread's own V8 heap and writes the highest values so far to
 * `$ARCHIVE_READER_BENCH_STATS/worker-<threadId>.json`. It only observes; the worker's code is the command's own.
 *
 * Why the heap and not the RSS: worker threads share their process's memory, so no operating-system figure
 * (process.resourceUsage().maxRSS included) can be split by thread. V8's heap statistics are per isolate, that is,
 * per worker. They are sampled when an input is answered, before its garbage is collected, so `heapUsedMb` is
 * close to the input's peak; `heapTotalMb` is the heap the worker had reserved from the system. V8 collects lazily
 * under a 2 GB limit, so both grow with the inputs read; when the process runs with --expose-gc, every
 * GC_EVERY inputs a full collection shows what the worker really keeps (`liveMb`, the highest seen): a leak would
 * make it grow.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { parentPort, threadId } from 'node:worker_threads';

/** The highest values seen in this worker, in MB, and how many inputs it answered. */
export interface WorkerMemory {
  threadId: number;
  inputs: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  mallocedPeakMb: number;
  /** Heap in use right after a full collection (highest seen), or null without --expose-gc. */
  liveMb: number | null;
}

const GC_EVERY = 50;

const statsDir = process.env.ARCHIVE_READER_BENCH_STATS;
const port = parentPort;
if (port && statsDir) {
  const peak: WorkerMemory = {
    threadId,
    inputs: -1,
    heapUsedMb: 0,
    heapTotalMb: 0,
    externalMb: 0,
    mallocedPeakMb: 0,
    liveMb: null,
  };
  const collect = (globalThis as { gc?: () => void }).gc;
  const mb = (bytes: number): number => Math.round(bytes / 1048576);
  const record = (): void => {
    const heap = getHeapStatistics();
    peak.inputs++; // the first message is "ready", not an input
    peak.heapUsedMb = Math.max(peak.heapUsedMb, mb(heap.used_heap_size));
    peak.heapTotalMb = Math.max(peak.heapTotalMb, mb(heap.total_heap_size));
    peak.externalMb = Math.max(peak.externalMb, mb(heap.external_memory));
    peak.mallocedPeakMb = Math.max(peak.mallocedPeakMb, mb(heap.peak_malloced_memory));
    if (collect && peak.inputs > 0 && peak.inputs % GC_EVERY === 0) {
      collect();
      peak.liveMb = Math.max(peak.liveMb ?? 0, mb(getHeapStatistics().used_heap_size));
    }
    writeFileSync(path.join(statsDir, `worker-${threadId}.json`), JSON.stringify(peak));
  };
  const post = port.postMessage.bind(port);
  // The batch worker posts plain values, never a transfer list.
  port.postMessage = (message: unknown): void => {
    record();
    post(message);
  };
}
