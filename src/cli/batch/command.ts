import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { flagValue, UsageError } from '../args.js';
import { err } from '../terminal.js';
import { collectInputs, uniqueName } from './inputs.js';
import type { Job, JobResult } from './job.js';
import { runPool } from './pool.js';

const BATCH_USAGE = `Usage: archive-reader batch <files or folders…> -o DIR [options]

Reads every input (folders are walked for .html, .htm and archive.today ".zip" downloads) and writes one output
per input into DIR, named after its article, with DIR/index.jsonl: one line per input
{input, ok, output, error, title, originalUrl, archivedAt, words, ms}.

  -o, --output DIR     where the outputs and index.jsonl go (created if missing)
  --format FORMAT      json | text | markdown | html   (default: json)
  --save FORMAT        html (images inside) | markdown | epub, instead of --format
  --offline            with --save: never fetch images over the network
  --jobs N             inputs read at once, each in its own worker thread (default: the number of cores)
  --timeout SECONDS    stop an input that takes longer (default: 120)
  --resume             skip inputs whose output from an earlier run exists and is newer than the input
  --inputs-from FILE   read more inputs from FILE, one path a line (- for standard input): a shard's list

Exit codes: 0 every input read, 2 some failed (listed in index.jsonl), 1 usage error.`;

type Format = Job['format'];
type Save = NonNullable<Job['save']>;

interface BatchArgs {
  inputs: string[];
  /** Files listing more inputs, one a line. */
  lists: string[];
  outDir: string;
  format: Format;
  save: Save | null;
  offline: boolean;
  jobs: number;
  timeoutS: number;
  resume: boolean;
  help: boolean;
}

const FORMATS: readonly Format[] = ['json', 'text', 'markdown', 'html'];
const SAVES: readonly Save[] = ['html', 'markdown', 'epub'];

function parseBatchArgs(argv: readonly string[]): BatchArgs {
  const args: BatchArgs = {
    inputs: [],
    lists: [],
    outDir: '',
    format: 'json',
    save: null,
    offline: false,
    jobs: availableParallelism(),
    timeoutS: 120,
    resume: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => flagValue(argv, i++);
    const count = (min: number): number => {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} takes a whole number ≥ ${min}, not "${v}"`);
      return n;
    };
    switch (flag) {
      case '-o':
      case '--output':
        args.outDir = value();
        break;
      case '--format': {
        const f = value();
        if (!FORMATS.includes(f as Format))
          throw new UsageError(`batch: unknown format "${f}" (${FORMATS.join(', ')})`);
        args.format = f as Format;
        break;
      }
      case '--save': {
        const s = value();
        if (!SAVES.includes(s as Save)) throw new UsageError(`batch: unknown save format "${s}" (${SAVES.join(', ')})`);
        args.save = s as Save;
        break;
      }
      case '--offline':
        args.offline = true;
        break;
      case '--jobs':
        args.jobs = count(1);
        break;
      case '--timeout':
        args.timeoutS = count(1);
        break;
      case '--resume':
        args.resume = true;
        break;
      case '--inputs-from':
        args.lists.push(value());
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      default:
        if (flag.startsWith('-')) throw new UsageError(`batch: unknown option ${flag}`);
        args.inputs.push(flag);
    }
  }
  if (args.help) return args;
  if (!args.inputs.length && !args.lists.length) throw new UsageError('batch: no inputs (files or folders)');
  if (!args.outDir) throw new UsageError('batch needs -o DIR');
  return args;
}

/**
 * The inputs of --inputs-from files, one path a line (blank lines skipped). A list has no length limit, unlike a
 * command line: a shard of a large batch is given this way.
 */
async function listedInputs(lists: readonly string[]): Promise<string[]> {
  const inputs: string[] = [];
  for (const list of lists) {
    let text: string;
    if (list === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      text = Buffer.concat(chunks).toString('utf8');
    } else
      text = await readFile(list, 'utf8').catch(() => {
        throw new UsageError(`batch: cannot read the list ${list}`);
      });
    inputs.push(...text.split(/\r?\n/).filter((line) => line.trim() !== ''));
  }
  return inputs;
}

/** One line of index.jsonl. */
export interface IndexLine {
  input: string;
  ok: boolean;
  output: string | null;
  error: string | null;
  title: string | null;
  originalUrl: string | null;
  archivedAt: string | null;
  words: number | null;
  ms: number;
}

async function previousIndex(file: string): Promise<Map<string, IndexLine>> {
  const lines = new Map<string, IndexLine>();
  const text = await readFile(file, 'utf8').catch(() => '');
  for (const raw of text.split('\n')) {
    try {
      const line = JSON.parse(raw) as IndexLine;
      if (typeof line.input === 'string') lines.set(path.resolve(line.input), line);
    } catch {
      // a torn last line from an interrupted run: that input is simply read again
    }
  }
  return lines;
}

const mtime = async (file: string): Promise<number | null> => (await stat(file).catch(() => null))?.mtimeMs ?? null;

/** The earlier output of an input, when it can stand: it exists and is newer than the input. */
async function upToDate(line: IndexLine | undefined, input: string, outDir: string): Promise<boolean> {
  if (!line?.ok || !line.output) return false;
  const [out, inp] = await Promise.all([mtime(path.join(outDir, line.output)), mtime(input)]);
  return out !== null && inp !== null && out > inp;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '…';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** `archive-reader batch`: 0 when every input was read, 2 when some failed. */
export async function runBatch(argv: readonly string[], version: string, workerUrl: URL): Promise<number> {
  const args = parseBatchArgs(argv);
  if (args.help) {
    process.stdout.write(BATCH_USAGE + '\n');
    return 0;
  }
  const inputs = await collectInputs([...args.inputs, ...(await listedInputs(args.lists))]);
  await mkdir(args.outDir, { recursive: true });
  const indexFile = path.join(args.outDir, 'index.jsonl');
  const before = await previousIndex(indexFile);

  const lines = new Array<IndexLine | undefined>(inputs.length);
  const jobs: Job[] = [];
  // Names in use: files already in the folder, except the earlier outputs of these very inputs, which are replaced.
  const own = new Set(
    inputs.map((input) => before.get(path.resolve(input))?.output?.toLowerCase()).filter((n): n is string => !!n),
  );
  const taken = new Set((await readdir(args.outDir)).map((n) => n.toLowerCase()).filter((n) => !own.has(n)));
  for (const [id, input] of inputs.entries()) {
    const earlier = before.get(path.resolve(input));
    if (args.resume && (await upToDate(earlier, input, args.outDir))) {
      lines[id] = earlier!;
      taken.add(earlier!.output!.toLowerCase());
      continue;
    }
    const tempPath = path.join(args.outDir, `.partial-${process.pid}-${id}`);
    jobs.push({ id, input, tempPath, format: args.format, save: args.save, offline: args.offline, version });
  }

  const started = Date.now();
  const showProgress = process.stderr.isTTY === true;
  let done = 0;
  const onResult = async (result: JobResult, ms: number): Promise<void> => {
    const job = jobs.find((j) => j.id === result.id)!;
    const time = Math.round(ms);
    if (result.ok) {
      const output = uniqueName(result.name, taken);
      await rename(job.tempPath, path.join(args.outDir, output));
      const { title, originalUrl, archivedAt, words } = result;
      lines[job.id] = {
        input: job.input,
        ok: true,
        output,
        error: null,
        title,
        originalUrl,
        archivedAt,
        words,
        ms: time,
      };
    } else {
      await rm(job.tempPath, { force: true });
      lines[job.id] = {
        input: job.input,
        ok: false,
        output: null,
        error: result.error,
        title: null,
        originalUrl: null,
        archivedAt: null,
        words: null,
        ms: time,
      };
    }
    done++;
    if (showProgress) {
      const elapsed = (Date.now() - started) / 1000;
      const rate = done / Math.max(elapsed, 0.001);
      // Written directly: err() drops the carriage return that redraws the line, and this line holds only numbers.
      process.stderr.write(
        `\r${done}/${jobs.length} · ${rate.toFixed(1)}/s · ETA ${duration((jobs.length - done) / rate)}   `,
      );
    }
  };
  const writes: Promise<void>[] = [];
  await runPool(jobs, { jobs: args.jobs, timeoutMs: args.timeoutS * 1000, memoryMb: 2048, workerUrl }, (result, ms) => {
    writes.push(onResult(result, ms));
  });
  await Promise.all(writes);
  if (showProgress) err('\n');

  const all = lines.filter((l): l is IndexLine => l !== undefined);
  await writeFile(indexFile, all.map((l) => JSON.stringify(l)).join('\n') + (all.length ? '\n' : ''));
  const failed = all.filter((l) => !l.ok).length;
  const skipped = inputs.length - jobs.length;
  const summary = `batch: ${all.length - failed} of ${all.length} read${skipped ? ` (${skipped} up to date, skipped)` : ''}`;
  err(failed ? `${summary}; ${failed} failed — see ${indexFile}\n` : `${summary} → ${args.outDir}\n`);
  return failed ? 2 : 0;
}
