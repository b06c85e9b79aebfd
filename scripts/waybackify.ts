/**
 * Writes a page the way the Wayback Machine serves a capture of it (see test/support/waybackify.ts), for making
 * test snapshots:
 *   npx esbuild scripts/waybackify.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=node_modules/.cache/waybackify.mjs
 *   node node_modules/.cache/waybackify.mjs <page.html> <original URL> <14-digit timestamp> [--legacy] [--live] > snapshot.html
 * Never use it on third-party pages that would then be committed: the corpus is wrapped in memory by the bench.
 */
import { readFileSync } from 'node:fs';
import { waybackify } from '../test/support/waybackify.js';

const [file, originalUrl, timestamp, ...flags] = process.argv.slice(2);
if (!file || !originalUrl || !timestamp || !/^\d{14}$/.test(timestamp)) {
  process.stderr.write('usage: waybackify <page.html> <original URL> <14-digit timestamp> [--legacy] [--live]\n');
  process.exitCode = 1;
} else {
  process.stdout.write(
    waybackify(readFileSync(file, 'utf8'), {
      originalUrl,
      timestamp,
      era: flags.includes('--legacy') ? 'legacy' : 'current',
      live: flags.includes('--live'),
    }),
  );
}
