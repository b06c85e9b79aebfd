// `npm run bench:cli`: the wall time of one article through the command line (start, parse, extract, print) against
// a plain script that does only jsdom + Readability on the same file (bench/plain-readability.mjs). The two run
// alternately in one run, after a warm-up, so that both see the same machine load; prints the medians and the ratio.
//   node bench/cli-speed.mjs [--runs N] [file.html…]
// Without files: the reference snapshot and the largest page of the shared corpus's modern-archived set.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'dist/cli.mjs');
const plain = path.join(repo, 'bench/plain-readability.mjs');
/** The goal: the command line within this share of the plain script's time. */
const TARGET_RATIO = 0.6;

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv.splice(runsAt, 2)[1]) : 10;
const files = argv.length > 0 ? argv : defaultFiles();

function defaultFiles() {
  const list = [path.join(repo, 'test/fixtures/wapo-2017-oval-office/snapshot.html')];
  const corpus = path.join(process.env.ARCHIVE_READER_SHARED ?? path.resolve(repo, '../shared'), 'corpus/modern-archived');
  if (existsSync(corpus)) {
    const pages = readdirSync(corpus)
      .map((id) => path.join(corpus, id, 'page.html'))
      .filter((file) => existsSync(file))
      .sort((a, b) => statSync(b).size - statSync(a).size);
    if (pages[0]) list.push(pages[0]);
  } else {
    process.stderr.write(`no shared corpus at ${corpus}: the reference snapshot only\n`);
  }
  return list;
}

/** Milliseconds of one run of `node <args>`, its output discarded; a failing run stops the benchmark. */
function timeRun(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (!existsSync(cli)) throw new Error('dist/cli.mjs is missing: run `node build.mjs` first');
let worst = 0;
for (const file of files) {
  const cliArgs = [cli, file, '--format', 'text'];
  const plainArgs = [plain, file];
  timeRun(cliArgs); // warm-up: the file system cache, for both
  timeRun(plainArgs);
  const cliMs = [];
  const plainMs = [];
  for (let i = 0; i < runs; i++) {
    cliMs.push(timeRun(cliArgs));
    plainMs.push(timeRun(plainArgs));
  }
  const ratio = median(cliMs) / median(plainMs);
  worst = Math.max(worst, ratio);
  const kb = (statSync(file).size / 1024).toFixed(0);
  console.log(
    `${path.relative(repo, file)} (${kb} KB, ${runs} runs each): archive-reader ${median(cliMs).toFixed(0)} ms, ` +
      `plain jsdom + Readability ${median(plainMs).toFixed(0)} ms, ratio ${ratio.toFixed(2)}`,
  );
}
console.log(`worst ratio ${worst.toFixed(2)} (goal ≤ ${TARGET_RATIO})`);
