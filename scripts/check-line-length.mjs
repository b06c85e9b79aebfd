// Fails when a line of the project's own code is longer than MAX characters (code points). Biome lints but has no
// line-length rule, and the codebase is not run through a formatter. Regular expression literals do not count: a
// pattern reads best whole, and the rest of its line must still fit. The tests are not checked: their inline HTML
// pages and expected outputs are data. Usage: node scripts/check-line-length.mjs [max]
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const MAX = Number(process.argv[2] ?? 160);
/** The code besides the tests: the sources, benchmarks, scripts and the root's build files. */
const ROOTS = ['src', 'bench', 'scripts'];
const EXTENSIONS = new Set(['.ts', '.mjs', '.js']);
/** A regular expression literal, after what can precede one (not a division). */
const REGEX_LITERAL = /(^|[=(,:[!&|?{};]|\breturn)(\s*)\/(?![*/])(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[\n])+\/[dgimsuyv]*/g;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* files(full);
    } else if (EXTENSIONS.has(path.extname(entry.name))) {
      yield full;
    }
  }
}

const list = (await readdir('.')).filter((name) => EXTENSIONS.has(path.extname(name)));
for (const root of ROOTS) for await (const file of files(root)) list.push(file);

let over = 0;
for (const file of list.sort()) {
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines.forEach((line, i) => {
    const length = [...line.replace(REGEX_LITERAL, '$1$2/…/')].length;
    if (length > MAX) {
      over++;
      console.log(`${file}:${i + 1}: ${length} characters (limit ${MAX})`);
    }
  });
}
if (over) {
  console.log(`${over} line${over === 1 ? '' : 's'} over ${MAX} characters`);
  process.exitCode = 1;
}
