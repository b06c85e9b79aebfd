/**
 * Throughput and memory of `archive-reader batch`, and whether its outputs are the single-file command's:
 *   npm run bench:batch [-- <corpus dir>] [--jobs 1,2] [--format json|text|markdown|html] [--compare N|all]
 *                                         [--limit N] [--keep DIR]
 * The inputs are every case's snapshot (`<case>/page.html`: all with the same name) of the corpus, by default the
 * shared folder's modern-archived. Each --jobs value is a separate run in its own process, so that its peak RSS is
 * its own. Then every input's output is compared across the runs, and for --compare inputs (evenly spread; default
 * 20, or all) with what `node dist/cli.mjs <input> --format F` prints.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexLine } from '../src/cli/batch/command.js';
import { runBatch } from '../src/cli/batch/command.js';
import type { WorkerMemory } from './batch-worker-probe.js';
import { sharedRoot } from './corpus.js';

interface Args {
  corpus: string;
  jobs: number[];
  format: string;
  compare: number;
  limit: number;
  keep: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    corpus: path.join(sharedRoot(process.cwd()), 'corpus', 'modern-archived'),
    jobs: [1, 2],
    format: 'json',
    compare: 20,
    limit: Number.POSITIVE_INFINITY,
    keep: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => argv[++i] ?? '';
    if (a === '--jobs') args.jobs = value().split(',').map(Number);
    else if (a === '--format') args.format = value();
    else if (a === '--compare') args.compare = ((v) => (v === 'all' ? Number.POSITIVE_INFINITY : Number(v)))(value());
    else if (a === '--limit') args.limit = Number(value());
    else if (a === '--keep') args.keep = value();
    else if (!a.startsWith('--')) args.corpus = a;
    else throw new Error(`unknown option ${a}`);
  }
  if (!args.jobs.every((n) => Number.isInteger(n) && n >= 1)) throw new Error('--jobs takes a list like 1,2');
  return args;
}

/** What a run's own process reports (see child()). */
interface RunReport {
  code: number;
  wallMs: number;
  /** process.resourceUsage().maxRSS: the peak resident memory of the whole process, main thread and workers. */
  maxRssMb: number;
  stderr: string;
}

interface Run extends RunReport {
  jobs: number;
  outDir: string;
  index: IndexLine[];
  workers: WorkerMemory[];
}

const CHILD = '--child';

/** In the run's own process: the batch command itself, with the bench's worker (the command's, plus its probe). */
async function child(argv: string[]): Promise<void> {
  const started = performance.now();
  const code = await runBatch(argv, 'bench', new URL('./bench-batch-worker.mjs', import.meta.url));
  const report: Omit<RunReport, 'stderr'> = {
    code,
    wallMs: performance.now() - started,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(JSON.stringify(report) + '\n');
}

async function runOnce(inputs: string[], jobs: number, format: string, root: string): Promise<Run> {
  const outDir = path.join(root, `jobs-${jobs}`);
  const statsDir = path.join(root, `jobs-${jobs}-workers`);
  mkdirSync(statsDir, { recursive: true });
  const argv = [...inputs, '-o', outDir, '--format', format, '--jobs', String(jobs)];
  // --expose-gc lets the probe measure what each worker keeps (see batch-worker-probe.ts); workers inherit it.
  const proc = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), CHILD, ...argv], {
    env: { ...process.env, ARCHIVE_READER_BENCH_STATS: statsDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (d: Buffer) => (stdout += d));
  proc.stderr.on('data', (d: Buffer) => (stderr += d));
  await new Promise((resolve) => proc.on('close', resolve));
  const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null') as Omit<RunReport, 'stderr'> | null;
  if (!report) throw new Error(`the --jobs ${jobs} run printed no report:\n${stderr}`);
  const index = readFileSync(path.join(outDir, 'index.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as IndexLine);
  const workers = readdirSync(statsDir).map((f) => JSON.parse(readFileSync(path.join(statsDir, f), 'utf8')));
  return { ...report, stderr: stderr.trim(), jobs, outDir, index, workers };
}

const outputOf = (run: Run, input: string): string | null => {
  const line = run.index.find((l) => l.input === input);
  return line?.ok && line.output ? readFileSync(path.join(run.outDir, line.output), 'utf8') : null;
};

/** Inputs whose output differs between the runs (a failure in one and not the other counts). */
function acrossRuns(runs: Run[], inputs: string[]): string[] {
  return inputs.filter((input) => new Set(runs.map((r) => outputOf(r, input) ?? '(failed)')).size > 1);
}

const cliOutput = (input: string, format: string): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const cli = fileURLToPath(new URL('./cli.mjs', import.meta.url));
    execFile(
      process.execPath,
      [cli, input, '--format', format],
      { maxBuffer: 256 * 1048576 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

/** The sample's outputs against the single-file command's, `availableParallelism()` commands at once. */
async function againstCli(run: Run, sample: string[], format: string): Promise<string[]> {
  const differ: string[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < sample.length) {
      const input = sample[next++]!;
      const batch = outputOf(run, input);
      const cli = await cliOutput(input, format);
      // A failed input must fail alone too (exit 2); a read one must print exactly the same bytes.
      // Exit 1 is the command's own failure (a usage or file error, a broken build), not a difference: it stops.
      if (cli.code === 1) throw new Error(`the single-file command failed on ${input}:\n${cli.stderr}`);
      const same = batch === null ? cli.code === 2 : cli.code === 0 && cli.stdout === batch;
      if (!same) differ.push(input);
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, lane));
  return differ;
}

const evenly = <T>(list: T[], n: number): T[] =>
  n >= list.length ? list : Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]!);

function report(runs: Run[], inputs: string[], bytes: number): void {
  const mb = (n: number): string => `${n} MB`;
  console.log(
    'jobs  wall s  articles/s  per job   ok  failed  busy  process maxRSS  ' +
      'per worker: heap used / reserved (peak), live after full GC',
  );
  for (const r of runs) {
    const rate = inputs.length / (r.wallMs / 1000);
    const ok = r.index.filter((l) => l.ok).length;
    // Share of the run's wall time the workers spent on inputs (index.jsonl's ms), out of jobs × wall.
    const busy = r.index.reduce((sum, l) => sum + l.ms, 0) / (r.jobs * r.wallMs);
    const heaps = r.workers
      .map((w) => `${w.heapUsedMb}/${w.heapTotalMb} MB, live ${w.liveMb ?? '?'} MB (${w.inputs} inputs)`)
      .join(', ');
    console.log(
      `${String(r.jobs).padEnd(5)} ${(r.wallMs / 1000).toFixed(1).padStart(6)}  ${rate.toFixed(2).padStart(10)}` +
        `  ${(rate / r.jobs).toFixed(2).padStart(7)}  ${String(ok).padStart(3)}  ${String(r.index.length - ok).padStart(6)}` +
        `  ${(busy * 100).toFixed(0).padStart(3)}%  ${mb(r.maxRssMb).padStart(14)}  ${heaps}`,
    );
  }
  const first = runs[0]!;
  for (const r of runs.slice(1)) {
    const extra = (r.maxRssMb - first.maxRssMb) / (r.jobs - first.jobs);
    console.log(
      `speed-up --jobs ${r.jobs} over --jobs ${first.jobs}: ${(first.wallMs / r.wallMs).toFixed(2)}×; ` +
        `process maxRSS per extra worker: ${extra.toFixed(0)} MB`,
    );
  }
  console.log(
    `(${inputs.length} inputs, ${(bytes / 1048576).toFixed(1)} MB of HTML; wall time includes workers' start-up)`,
  );
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.corpus)) {
    console.error(`corpus not found: ${args.corpus} (set ARCHIVE_READER_SHARED to the folder holding corpus/)`);
    return 2;
  }
  const inputs = readdirSync(args.corpus)
    .sort()
    .map((name) => path.join(args.corpus, name, 'page.html'))
    .filter((file) => existsSync(file))
    .slice(0, args.limit);
  const bytes = inputs.reduce((sum, f) => sum + statSync(f).size, 0);
  const root = args.keep ?? mkdtempSync(path.join(tmpdir(), 'archive-reader-bench-batch-'));
  console.log(
    `batch: ${inputs.length} inputs (${path.basename(args.corpus)}/*/page.html), --format ${args.format}; ` +
      `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()[0]!.toFixed(2)}, Node ${process.version}`,
  );
  try {
    const runs: Run[] = [];
    for (const jobs of args.jobs) {
      const run = await runOnce(inputs, jobs, args.format, root);
      console.log(`  --jobs ${jobs}: ${run.stderr.split('\n').at(-1)}`);
      runs.push(run);
    }
    report(runs, inputs, bytes);
    const differ = acrossRuns(runs, inputs);
    console.log(
      `outputs: ${inputs.length - differ.length} of ${inputs.length} the same in every run` +
        (differ.length ? `; differ: ${differ.join(', ')}` : ''),
    );
    const sample = evenly(inputs, args.compare);
    if (!sample.length) return differ.length ? 1 : 0;
    const cliDiffer = await againstCli(runs.at(-1)!, sample, args.format);
    console.log(
      `against the single-file command (${sample.length === inputs.length ? 'every input' : `a sample of ${sample.length}, evenly spread`}, ` +
        `--jobs ${runs.at(-1)!.jobs} run): ${sample.length - cliDiffer.length} of ${sample.length} byte-identical` +
        (cliDiffer.length ? `; differ: ${cliDiffer.join(', ')}` : ''),
    );
    return differ.length || cliDiffer.length ? 1 : 0;
  } finally {
    if (!args.keep) rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === CHILD) await child(process.argv.slice(3));
else process.exitCode = await main();
