/**
 * The extraction fuzzing job: 10,000 runs of the property in test/fuzz/property.ts (mutated snapshot → extraction
 * → well-formed Article → every citation style and save format), over the reference fixture and the corpus pages
 * (read at run time, never committed):
 *   npm run bench:fuzz [-- --runs N] [--seed S] [--workers W] [--corpus DIR] [--fixtures DIR] [--replay SEED:PATH]
 * Runs are split into chunks of fixed seeds, each run by a fresh worker thread (`--workers` at a time); a failure
 * is reported with the seed and path that reproduce it (`--replay`), and the chunk goes on with the next seed.
 * Exit 1 on any failure.
 */
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { DomWindow } from '../src/formats/sanitize.js';
import { extractionProperty, loadFuzzSources, type FuzzSource, type RunOutcome } from '../test/fuzz/property.js';
import { sharedRoot } from './corpus.js';

interface Args {
  runs: number;
  seed: number;
  workers: number;
  chunk: number;
  corpus: string;
  fixtures: string;
  replay: { seed: number; path: string } | null;
  /** Seconds without progress after which a worker counts as hung. */
  hangAfter: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    runs: 10_000,
    seed: 20_260_611,
    workers: Math.max(1, Math.min(2, availableParallelism())),
    chunk: 100,
    corpus: path.join(sharedRoot(process.cwd()), 'corpus', 'readability-archived'),
    fixtures: 'test/fixtures/wapo-2017-oval-office',
    replay: null,
    hangAfter: 300,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? '';
    if (a === '--runs') args.runs = Math.max(1, Number(next()) || 1);
    else if (a === '--seed') args.seed = Number(next()) || args.seed;
    else if (a === '--workers') args.workers = Math.max(1, Number(next()) || 1);
    else if (a === '--chunk') args.chunk = Math.max(1, Number(next()) || 1);
    else if (a === '--corpus') args.corpus = next();
    else if (a === '--fixtures') args.fixtures = next();
    else if (a === '--hang-after') args.hangAfter = Math.max(10, Number(next()) || 300);
    else if (a === '--replay') {
      const [seed, ...rest] = next().split(':');
      args.replay = { seed: Number(seed), path: rest.join(':') };
    }
  }
  return args;
}

function loadSources(args: Pick<Args, 'corpus' | 'fixtures'>): FuzzSource[] {
  return loadFuzzSources(path.resolve(args.corpus), path.resolve(args.fixtures));
}

interface Failure {
  seed: number;
  path: string;
  source: string;
  error: string;
  counterexample: string;
}

type WorkerMessage =
  | { type: 'run'; ms: number; result: RunOutcome['result'] }
  | { type: 'failure'; failure: Failure }
  | { type: 'chunk-done'; seed: number; runs: number }
  | { type: 'ready'; sources: number };

interface WorkerInput {
  args: Args;
  chunks: { seed: number; runs: number }[];
}

/** A worker: runs its chunks, each to its full count (a failure ends one fc.check; the chunk goes on with seed + 1e6). */
async function workerMain(input: WorkerInput): Promise<void> {
  const post = (m: WorkerMessage): void => parentPort!.postMessage(m);
  const sources = loadSources(input.args);
  post({ type: 'ready', sources: sources.length });
  const win = new JSDOM('', { virtualConsole: new VirtualConsole() }).window as unknown as DomWindow;
  let lastIndex = 0;
  const prop = extractionProperty(sources, win, (outcome, ms, index) => {
    lastIndex = index;
    post({ type: 'run', ms, result: outcome.result });
  });
  for (const chunk of input.chunks) {
    let remaining = chunk.runs;
    let seed = chunk.seed;
    while (remaining > 0) {
      const details = await fc.check(prop, { seed, numRuns: remaining, endOnFailure: true });
      remaining -= details.numRuns;
      if (details.failed) {
        const example = details.counterexample as [number, unknown] | null;
        const index = example ? example[0] : lastIndex;
        post({
          type: 'failure',
          failure: {
            seed,
            path: details.counterexamplePath ?? '',
            source: sources[index]?.name ?? '?',
            error:
              details.errorInstance instanceof Error
                ? (details.errorInstance.stack ?? details.errorInstance.message)
                : String(details.errorInstance),
            counterexample: JSON.stringify(example?.[1] ?? null).slice(0, 600),
          },
        });
        seed += 1_000_003;
      }
      if (details.numRuns === 0) break;
    }
    post({ type: 'chunk-done', seed: chunk.seed, runs: chunk.runs });
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.replay) {
    const sources = loadSources(args);
    const win = new JSDOM('', { virtualConsole: new VirtualConsole() }).window as unknown as DomWindow;
    console.log(`replaying seed ${args.replay.seed} path ${args.replay.path} over ${sources.length} sources`);
    await fc.assert(
      extractionProperty(sources, win, () => {}),
      { seed: args.replay.seed, path: args.replay.path, numRuns: 1, verbose: 2 },
    );
    console.log('the replayed run passes');
    return;
  }

  const chunks: { seed: number; runs: number }[] = [];
  for (let done = 0, k = 0; done < args.runs; done += args.chunk, k++)
    chunks.push({ seed: args.seed + k, runs: Math.min(args.chunk, args.runs - done) });

  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const times: number[] = [];
  const results = new Map<string, number>();
  const failures: Failure[] = [];
  const hangs: string[] = [];
  let sources = 0;
  let lastReport = started;

  // One worker per chunk, `workers` at a time: jsdom keeps about a megabyte per parsed page even after
  // window.close(), so a worker that parsed thousands of pages would still run out of heap.
  const queue = [...chunks];
  const runChunk = (chunk: { seed: number; runs: number }): Promise<void> =>
    new Promise<void>((resolve) => {
      // A heap limit per worker: a run that needs more is a finding (reported as a crash), not a reason to swap.
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { args, chunks: [chunk] } satisfies WorkerInput,
        resourceLimits: { maxOldGenerationSizeMb: 2048 },
      });
      let runsInChunk = 0;
      let lastSeen = performance.now();
      const watchdog = setInterval(() => {
        if (performance.now() - lastSeen < args.hangAfter * 1000) return;
        hangs.push(
          `no progress for ${args.hangAfter} s in the chunk with seed ${chunk.seed} after ${runsInChunk} runs (reproduce: --seed` +
            ` ${chunk.seed} --runs ${runsInChunk + 1} --chunk ${runsInChunk + 1} --workers 1)`,
        );
        void worker.terminate();
      }, 5_000);
      worker.on('message', (m: WorkerMessage) => {
        lastSeen = performance.now();
        if (m.type === 'ready') sources = m.sources;
        else if (m.type === 'run') {
          times.push(m.ms);
          runsInChunk++;
          results.set(m.result, (results.get(m.result) ?? 0) + 1);
          if (lastSeen - lastReport > 30_000) {
            lastReport = lastSeen;
            console.log(
              `… ${times.length}/${args.runs} runs, ${failures.length} failures, ${((lastSeen - started) / 1000).toFixed(0)} s`,
            );
          }
        } else if (m.type === 'failure') {
          failures.push(m.failure);
          console.log(
            `FAILURE (${m.failure.source}): ${m.failure.error.split('\n')[0]}\n  reproduce: npm run bench:fuzz -- --replay` +
              ` ${m.failure.seed}:${m.failure.path}`,
          );
        }
      });
      worker.on('error', (e: unknown) => {
        hangs.push(
          `the worker crashed in the chunk with seed ${chunk.seed} after ${runsInChunk} runs: ${e instanceof Error ? e.message : String(e)}`,
        );
      });
      worker.on('exit', () => {
        clearInterval(watchdog);
        resolve();
      });
    });
  await Promise.all(
    Array.from({ length: args.workers }, async () => {
      for (let chunk = queue.shift(); chunk; chunk = queue.shift()) await runChunk(chunk);
    }),
  );

  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  const total = times.reduce((s, t) => s + t, 0);
  console.log('');
  console.log(
    `fuzz: ${times.length} runs over ${sources} source pages (seeds ${args.seed}…${args.seed + chunks.length - 1}, ${args.workers} workers)`,
  );
  console.log(`results: ${[...results].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`failures: ${failures.length}${hangs.length ? `, hangs/crashes: ${hangs.length}` : ''}`);
  for (const f of failures) {
    console.log(`  - ${f.source}: ${f.error.split('\n')[0]}`);
    console.log(`    reproduce: npm run bench:fuzz -- --replay ${f.seed}:${f.path}`);
    console.log(`    plan: ${f.counterexample}`);
  }
  for (const h of hangs) console.log(`  - ${h}`);
  console.log(
    `time: ${wall.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; per run` +
      ` ${(total / Math.max(times.length, 1)).toFixed(0)} ms mean, ` +
      `${percentile(times, 0.5).toFixed(0)} ms median, ${percentile(times, 0.99).toFixed(0)} ms p99, ${(times.at(-1) ?? 0).toFixed(0)} ms max`,
  );
  if (failures.length || hangs.length || times.length < args.runs) process.exitCode = 1;
}

if (isMainThread) await main();
else await workerMain(workerData as WorkerInput);
