// Builds every artefact with esbuild:
//   dist/cli.mjs  — the Node command line (jsdom stays external: it loads files at run time)
//   dist/lib.mjs  — the library entry (`extractArticle`), DOM-agnostic, no Node built-ins
//   dist/bench.mjs — the quality and speed benchmark
// Extension bundles are added by buildExtension() below.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', charset: 'utf8' };

async function buildNode() {
  await build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  });
  await chmod('dist/cli.mjs', 0o755);
  await build({
    ...common,
    entryPoints: ['bench/run.ts'],
    outfile: 'dist/bench.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
  });
  await build({
    ...common,
    entryPoints: ['src/index.ts'],
    outfile: 'dist/lib.mjs',
    platform: 'neutral',
    format: 'esm',
    target: 'es2022',
  });
}

await buildNode();
