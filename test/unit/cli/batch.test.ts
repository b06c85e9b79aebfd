import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runBatch, type IndexLine } from '../../../src/cli/batch/command.js';

const FIXTURE = readFileSync(path.resolve('test/fixtures/wapo-2017-oval-office/snapshot.html'));
const ORIGINAL = readFileSync(path.resolve('test/fixtures/wapo-2017-oval-office/original.html'));
// The worker runs as the built CLI runs it: bundled, beside the repository's node_modules (jsdom stays external).
const workerFile = path.resolve('node_modules/.cache/archive-reader-test/cli-batch-worker.mjs');
let workerUrl: URL;

beforeAll(async () => {
  await build({
    entryPoints: ['src/cli/batch/worker.ts'],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  workerUrl = pathToFileURL(workerFile);
}, 60_000);

afterEach(() => vi.restoreAllMocks());

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archive-reader-batch-'));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), data);
  }
  return dir;
}

async function batch(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const code = await runBatch(argv, '0.0.0-test', workerUrl);
  return { code, stderr };
}

/** A small article page; `n` marks its paragraphs so that each output can be traced to its input. */
const syntheticPage = (title: string, n: number): string =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>
  <p>Case ${n}. Turnips keep well in a cold cellar through the winter, packed in damp sand so that they neither dry
  out nor rot, and a good crop lasts until the spring.</p>
  <p>Case ${n}. Growers in the north sow them in late summer, thin the rows twice, and lift the roots after the
  first frosts, which sweeten them noticeably.</p>
  <p>Case ${n}. The leaves are eaten too: young turnip greens are cooked like spinach, and older ones are fed to the
  animals over the coldest weeks of the year.</p></article></body></html>`;

const SAME_ARTICLE = /^the-washington-post-inside-the-oval-office-with-trump-and-the-russians-broad(-[234])?\.txt$/;

const indexOf = (dir: string): IndexLine[] =>
  readFileSync(path.join(dir, 'index.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as IndexLine);

describe('archive-reader batch', () => {
  it('writes one uniquely named output per input, an index line for each, and goes on past bad inputs', async () => {
    const zip = zipSync({ 'index.html': new Uint8Array(FIXTURE) });
    const input = folder({
      'a/index.html': FIXTURE,
      'b/index.html': FIXTURE,
      'c/page.html': ORIGINAL,
      'd/download.zip': zip,
      'e/notes.html': 'just some words',
      'e/skip.txt': 'x',
    });
    const out = path.join(input, 'out');
    const { code, stderr } = await batch([
      input,
      path.join(input, 'missing.html'),
      '-o',
      out,
      '--format',
      'text',
      '--jobs',
      '2',
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(`batch: 4 of 6 read; 2 failed — see ${path.join(out, 'index.jsonl')}\n`);
    const lines = indexOf(out);
    expect(lines.map((l) => [path.relative(input, l.input), l.ok, l.output, l.error])).toEqual([
      // Names are given in the order inputs finish (in parallel): which one keeps the plain name varies.
      ['a/index.html', true, expect.stringMatching(SAME_ARTICLE), null],
      ['b/index.html', true, expect.stringMatching(SAME_ARTICLE), null],
      ['c/page.html', true, expect.stringMatching(SAME_ARTICLE), null],
      ['d/download.zip', true, expect.stringMatching(SAME_ARTICLE), null],
      ['e/notes.html', false, null, 'not an HTML page'],
      ['missing.html', false, null, 'no such file'],
    ]);
    expect(new Set(lines.map((l) => l.output)).size).toBe(5); // four names and the nulls
    expect(lines[0]).toMatchObject({
      title: 'Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips',
      archivedAt: '2017-07-19T22:03:03Z',
      words: 1596,
    });
    expect(lines[2]).toMatchObject({ archivedAt: null, words: 1596 });
    expect(readFileSync(path.join(out, lines[0]!.output!), 'utf8')).toContain(
      'The meeting took place the morning of May 10 in the Oval Office',
    );
    expect(readdirSync(out).filter((n) => n.startsWith('.partial'))).toEqual([]);
  }, 120_000);

  it('--resume reads again only what changed since its output was written', async () => {
    const input = folder({ 'one.html': FIXTURE, 'two.html': ORIGINAL });
    const out = path.join(input, 'out');
    expect((await batch([input, '-o', out, '--jobs', '1'])).code).toBe(0);
    const first = indexOf(out);
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(input, 'one.html'), past, past);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(input, 'two.html'), later, later); // edited after its output was written
    const { code, stderr } = await batch([input, '-o', out, '--resume', '--jobs', '1']);
    expect(code).toBe(0);
    expect(stderr).toBe(`batch: 2 of 2 read (1 up to date, skipped) → ${out}\n`);
    const second = indexOf(out);
    expect(second[0]).toEqual(first[0]);
    expect(second[1]!.output).toBe(first[1]!.output); // replaced in place, not a "-2" copy
  }, 120_000);

  it('stops an input that takes longer than --timeout and reads the rest', async () => {
    // A named pipe nobody writes to: reading it never ends, the surest stand-in for a page that hangs.
    const input = folder({ 'b-small.html': FIXTURE });
    const fifo = path.join(input, 'a-hangs.html');
    execFileSync('mkfifo', [fifo]);
    const out = path.join(input, 'out');
    try {
      const { code } = await batch([
        fifo,
        path.join(input, 'b-small.html'),
        '-o',
        out,
        '--timeout',
        '5',
        '--jobs',
        '1',
        '--format',
        'json',
      ]);
      expect(code).toBe(2);
      const lines = indexOf(out);
      expect(lines.map((l) => [path.basename(l.input), l.ok, l.error])).toEqual([
        ['a-hangs.html', false, 'took longer than 5 s'],
        ['b-small.html', true, null],
      ]);
      expect(JSON.parse(readFileSync(path.join(out, lines[1]!.output!), 'utf8')).title).toMatch(
        /^Inside the Oval Office/,
      );
    } finally {
      writeFileSync(fifo, ''); // lets the abandoned read finish, so no thread stays blocked
    }
  }, 120_000);

  it('gives an unreadable file, a PNG named .html, a page without an article and a huge file a line each', async () => {
    // A real 1×1 PNG: binary data behind an .html name.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const oneLine = '<!doctype html><html><head><title>Hi</title></head><body><p>Hello there.</p></body></html>';
    const input = folder({ 'a-picture.html': png, 'b-one-line.html': oneLine, 'z-good.html': FIXTURE });
    // A symbolic link to itself: opening it fails whoever runs the test (permissions do not stop root).
    symlinkSync('c-loop.html', path.join(input, 'c-loop.html'));
    // 65 MB, sparse: over the limit without writing 65 MB.
    writeFileSync(path.join(input, 'd-huge.html'), '');
    truncateSync(path.join(input, 'd-huge.html'), 65 * 1048576);
    const out = path.join(input, 'out');
    const { code, stderr } = await batch([input, '-o', out, '--jobs', '2', '--format', 'text']);
    expect(code).toBe(2);
    expect(stderr).toBe(`batch: 1 of 5 read; 4 failed — see ${path.join(out, 'index.jsonl')}\n`);
    expect(indexOf(out).map((l) => [path.basename(l.input), l.ok, l.error])).toEqual([
      ['a-picture.html', false, 'not an HTML page'],
      ['b-one-line.html', false, expect.stringMatching(/^no article found in this page/)],
      ['c-loop.html', false, 'cannot read the file: a loop of symbolic links'],
      ['d-huge.html', false, 'too large: 65 MB (at most 64 MB)'],
      ['z-good.html', true, null],
    ]);
    expect(readdirSync(out).sort()).toEqual([
      'index.jsonl',
      'the-washington-post-inside-the-oval-office-with-trump-and-the-russians-broad.txt',
    ]);
  }, 120_000);

  it.skipIf(process.getuid?.() === 0)(
    'says a file it may not read is not readable',
    async () => {
      const input = folder({ 'locked.html': FIXTURE });
      chmodSync(path.join(input, 'locked.html'), 0);
      const out = path.join(input, 'out');
      expect((await batch([input, '-o', out, '--jobs', '1'])).code).toBe(2);
      expect(indexOf(out).map((l) => l.error)).toEqual(['cannot read the file: permission denied']);
    },
    60_000,
  );

  it('names 100 inputs all called page.html after their articles, each name once, each output its own', async () => {
    const titles = Array.from({ length: 10 }, (_, t) => `Turnips in winter, part ${t + 1}`);
    const pages: Record<string, string> = {};
    for (let n = 0; n < 100; n++) pages[`${String(n).padStart(3, '0')}/page.html`] = syntheticPage(titles[n % 10]!, n);
    const input = folder(pages);
    const out = path.join(input, 'out');
    const { code } = await batch([input, '-o', out, '--jobs', '2', '--format', 'markdown']);
    expect(code).toBe(0);
    const lines = indexOf(out);
    expect(lines.map((l) => path.relative(input, l.input))).toEqual(Object.keys(pages));
    // Ten names per title: the plain one and -2 … -10, whichever input finished first.
    const expectedNames = titles.flatMap((title) => {
      const stem = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      return [`${stem}.md`, ...Array.from({ length: 9 }, (_, k) => `${stem}-${k + 2}.md`)];
    });
    expect(lines.map((l) => l.output).sort()).toEqual(expectedNames.sort());
    expect(readdirSync(out).sort()).toEqual([...expectedNames, 'index.jsonl'].sort());
    for (const [n, line] of lines.entries()) {
      expect(line).toMatchObject({ ok: true, title: titles[n % 10] });
      expect(readFileSync(path.join(out, line.output!), 'utf8')).toContain(`Case ${n}.`);
    }
  }, 180_000);

  it('shows a progress line (count, rate, ETA) when standard error is a terminal', async () => {
    const input = folder({ 'a.html': FIXTURE, 'b.html': ORIGINAL });
    const out = path.join(input, 'out');
    const wasTty = process.stderr.isTTY;
    process.stderr.isTTY = true;
    try {
      const { code, stderr } = await batch([input, '-o', out, '--jobs', '1']);
      expect(code).toBe(0);
      expect(stderr).toMatch(
        /^\r1\/2 · \d+\.\d\/s · ETA \d+s {3}\r2\/2 · \d+\.\d\/s · ETA 0s {3}\nbatch: 2 of 2 read → /,
      );
    } finally {
      process.stderr.isTTY = wasTty;
    }
  }, 120_000);

  it('reads the inputs a list names (--inputs-from), as a shard of a larger batch is given', async () => {
    const input = folder({ 'a/page.html': syntheticPage('Beets', 1), 'b/page.html': syntheticPage('Leeks', 2) });
    const list = path.join(input, 'shard.txt');
    writeFileSync(list, `${path.join(input, 'b/page.html')}\n\n${path.join(input, 'a/page.html')}\n`);
    const out = path.join(input, 'out');
    expect((await batch(['--inputs-from', list, '-o', out, '--jobs', '1', '--format', 'text'])).code).toBe(0);
    expect(indexOf(out).map((l) => [path.relative(input, l.input), l.output])).toEqual([
      ['b/page.html', 'leeks.txt'],
      ['a/page.html', 'beets.txt'],
    ]);
  }, 60_000);

  it('refuses a batch without inputs or without -o', async () => {
    await expect(runBatch(['-o', '/tmp/x'], 'x', new URL('file:///nope'))).rejects.toThrow(
      'batch: no inputs (files or folders)',
    );
    await expect(runBatch(['a.html'], 'x', new URL('file:///nope'))).rejects.toThrow('batch needs -o DIR');
    await expect(runBatch(['a.html', '-o', 'x', '--jobs', '0'], 'x', new URL('file:///nope'))).rejects.toThrow(
      '--jobs takes a whole number ≥ 1, not "0"',
    );
  });
});
