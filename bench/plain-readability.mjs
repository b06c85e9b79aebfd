// The baseline of the command-line benchmark (bench/cli-speed.mjs): one page through jsdom and Readability, nothing
// else — what a plain script that reads an article in Node costs, start-up included.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bench/plain-readability.mjs <file.html>\n');
  process.exit(1);
}
const dom = new JSDOM(readFileSync(file, 'utf8'), { url: pathToFileURL(file).href });
const article = new Readability(dom.window.document).parse();
process.stdout.write(`${article?.title ?? ''}\n\n${article?.textContent ?? ''}\n`);
