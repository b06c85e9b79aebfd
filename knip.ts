// knip: unused files, exports and dependencies. The bundles' entry points are the ones build.mjs names (read from
// its text, so a new bundle needs no second list here), plus what runs without a bundle: tests and scripts.
import { readFileSync } from 'node:fs';
import type { KnipConfig } from 'knip';

const built = [...readFileSync('build.mjs', 'utf8').matchAll(/'((?:src|bench)\/[\w/.-]+\.ts)'/g)].map((m) => m[1]!);

const config: KnipConfig = {
  entry: [...built, 'test/unit/**/*.test.ts', 'test/e2e/*.test.mjs', 'scripts/*.{mjs,ts}'],
  project: ['*.{mjs,ts}', 'src/**/*.ts', 'bench/**/*.ts', 'test/**/*.{ts,mjs}', 'scripts/**/*.{mjs,ts}'],
  // epubcheck, run by the EPUB test when Debian's package is installed.
  ignoreBinaries: ['java'],
};

export default config;
