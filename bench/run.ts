/**
 * Extraction quality and speed against plain Readability on the same parsed documents, on every case's snapshot and
 * original, per corpus and per page type:
 *   npm run bench [-- <corpus dir>…] [--check] [--only a,b] [--runs N] [--workers N] [--worst N] [--verbose] [--json FILE]
 * The corpora default to readability-archived and modern-archived in the shared folder (ARCHIVE_READER_SHARED, else
 * ../shared beside the checkout). --check fails (exit 1) when a gate of gates.ts is missed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseHtml } from '../src/cli/dom.js';
import { extractWithReport } from '../src/core/extract.js';
import { loadCorpus, sharedRoot } from './corpus.js';
import type { CaseResult } from './evaluate.js';
import { MAX_TIME_RATIO, missedGates } from './gates.js';
import { evaluateAll } from './pool.js';
import { causeLine, median, printSummary, summarize } from './report.js';

interface Args {
  corpora: string[];
  check: boolean;
  only: Set<string> | null;
  runs: number;
  workers: number;
  worst: number;
  verbose: boolean;
  /** Where to write every case's scores (JSON), or null. */
  json: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    corpora: [],
    check: false,
    only: null,
    runs: 1,
    workers: availableParallelism(),
    worst: 10,
    verbose: false,
    json: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--check') args.check = true;
    else if (a === '--verbose') args.verbose = true;
    else if (a === '--only') args.only = new Set((argv[++i] ?? '').split(','));
    else if (a === '--runs') args.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--workers') args.workers = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--worst') args.worst = Math.max(0, Number(argv[++i]) || 0);
    else if (a === '--json') args.json = argv[++i] ?? null;
    else if (!a.startsWith('--')) args.corpora.push(a);
  }
  if (!args.corpora.length) {
    const root = path.join(sharedRoot(process.cwd()), 'corpus');
    args.corpora = ['readability-archived', 'modern-archived'].map((c) => path.join(root, c));
  }
  return args;
}

interface FixtureResult {
  name: string;
  paragraphs: number;
  of: number;
  leaks: string[];
}

/** The reference snapshot (ours, in the repository): every truth paragraph, none of the clutter. */
function fixtureCheck(file: string, url: string, truthFile: string): FixtureResult {
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as { paragraphs: string[]; mustNotContain: string[] };
  const article = extractWithReport(parseHtml(readFileSync(file, 'utf8'), url), url).article;
  const text = (article?.text ?? '').replace(/\s+/g, ' ');
  const paragraphs = truth.paragraphs.filter((p) => text.includes(p.replace(/\s+/g, ' '))).length;
  const leaks = truth.mustNotContain.filter((s) => text.includes(s));
  return { name: path.basename(file), paragraphs, of: truth.paragraphs.length, leaks };
}

function caseLine(r: CaseResult): string {
  const f = (n: number) => n.toFixed(3);
  const o = r.ours;
  const t = r.readability;
  return `${r.corpus.slice(0, 8)}/${r.name.padEnd(36)} ${r.pageType.padEnd(14)} snapshot ${f(o.snapshot.score.f1)} (R ${f(t.snapshot.score.f1)}) original ${f(o.original.score.f1)} (R ${f(t.original.score.f1)}) ${r.identical ? 'same' : 'differ'} ${o.snapshot.ms.toFixed(0)}/${t.snapshot.ms.toFixed(0)} ms  ${o.snapshot.score.f1 < 0.9 ? causeLine(o.snapshot) : ''}`;
}

function caseRecord(r: CaseResult) {
  const { corpus, name, pageType, identical } = r;
  return { corpus, name, pageType, snapshot: r.ours.snapshot.score.f1, original: r.ours.original.score.f1, identical };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const missing = args.corpora.filter((c) => !existsSync(c));
  if (missing.length) {
    console.error(`corpus not found: ${missing.join(', ')} (set ARCHIVE_READER_SHARED to the folder holding corpus/)`);
    return 2;
  }
  const errataFile = JSON.parse(readFileSync(new URL('../bench/errata.json', import.meta.url), 'utf8')) as {
    byline: Record<string, string>;
  };
  const errata = new Set(Object.keys(errataFile.byline));
  const failures: string[] = [];
  const perCase: ReturnType<typeof caseRecord>[] = [];
  const oursMs: number[] = [];
  const theirsMs: number[] = [];
  for (const dir of args.corpora) {
    const cases = loadCorpus(dir, args.only);
    const started = Date.now();
    const results = await evaluateAll(cases, args.runs, args.workers, (r, done) => {
      if (args.verbose) console.log(caseLine(r));
      else if (process.stderr.isTTY) process.stderr.write(`\r${path.basename(dir)} ${done}/${cases.length}`);
    });
    if (process.stderr.isTTY && !args.verbose) process.stderr.write('\r\x1b[K');
    const summary = summarize(
      path.basename(path.resolve(dir)),
      results,
      cases.map((c) => ({ ...c.expected, archiveDate: c.archiveDate })),
      path.basename(path.resolve(dir)) === 'readability-archived' ? errata : new Set(),
    );
    printSummary(summary, results, args.worst);
    console.log(`(${cases.length} cases in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    failures.push(...missedGates(summary));
    perCase.push(...results.map(caseRecord));
    for (const r of results) {
      oursMs.push(r.ours.snapshot.ms, r.ours.original.ms);
      theirsMs.push(r.readability.snapshot.ms, r.readability.original.ms);
    }
  }

  // Per-case scores, to compare two builds case by case (a rule must not trade one page type for another).
  if (args.json) writeFileSync(args.json, JSON.stringify(perCase, null, 1));

  const fixtureDir = 'test/fixtures/wapo-2017-oval-office';
  const fixtures = [
    fixtureCheck(
      path.join(fixtureDir, 'snapshot.html'),
      'https://archive.ph/qF3xK',
      path.join(fixtureDir, 'truth.json'),
    ),
    fixtureCheck(
      path.join(fixtureDir, 'snapshot-2017.html'),
      'https://archive.is/qF3xK',
      path.join(fixtureDir, 'truth.json'),
    ),
  ];
  console.log('\n== overall');
  for (const f of fixtures) {
    console.log(
      `fixture   ${f.name}: ${f.paragraphs}/${f.of} truth paragraphs, ${f.leaks.length} clutter leaks` +
        ` ${f.leaks.length ? JSON.stringify(f.leaks) : ''}`,
    );
    if (f.paragraphs < f.of || f.leaks.length) failures.push(`fixture ${f.name}`);
  }
  const ratio = median(oursMs) / median(theirsMs);
  console.log(
    `time      median extraction over every document: ours ${median(oursMs).toFixed(1)} ms | readability ${median(theirsMs).toFixed(1)}` +
      ` ms | ratio ${ratio.toFixed(2)}×`,
  );
  if (ratio > MAX_TIME_RATIO)
    failures.push(`extraction time ${ratio.toFixed(2)}× plain Readability's > ${MAX_TIME_RATIO}×`);

  if (!args.check) return 0;
  if (failures.length) {
    console.log('\nGATES MISSED:\n  ' + failures.join('\n  '));
    return 1;
  }
  console.log('\nall gates met');
  return 0;
}

process.exitCode = await main();
