// Builds every artefact with esbuild:
//   dist/cli.mjs  — the Node command line (jsdom stays external: it loads files at run time)
//   dist/lib.mjs  — the library entry (`extractArticle`), DOM-agnostic, no Node built-ins
//   dist/bench.mjs — the quality and speed benchmark
//   dist/bench-fuzz.mjs — the 10,000-run extraction fuzzing job; dist/bench-big.mjs — the 20 MB page benchmark
//   dist/test-hostile-cases.mjs — the hostile corpus loader for the browser test
//   dist/extension/ — the browser extension, one build that Chrome/Edge and Firefox both load (buildExtension)
import { build } from 'esbuild';
import { minify } from 'terser';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/**
 * The core always runs Readability with `disableJSONLD` (the JSON-LD it trusts is read by metadata/head.ts, and an
 * archive's is never trusted), so in the scripts injected into pages the unreachable JSON-LD reader is left out
 * (4 KB of source). The build fails if Readability's source no longer has the shape this expects.
 */
const withoutReadabilityJsonLd = {
  name: 'readability-without-json-ld',
  setup(b) {
    b.onLoad({ filter: /@mozilla[\\/]readability[\\/]Readability\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const start = source.indexOf('\n  _getJSONLD(doc) {');
      const end = source.indexOf('\n  /**\n   * Attempts to get excerpt and byline metadata');
      const count = (text) => source.split(text).length - 1;
      // One definition, reached only through the option the core always sets.
      if (start < 0 || end < start || count('_getJSONLD(') !== 2 || count('this._disableJSONLD ? {} : this._getJSONLD(') !== 1) {
        throw new Error('Readability changed: review the JSON-LD stripping in build.mjs');
      }
      return { contents: `${source.slice(0, start)}\n  _getJSONLD() {\n    return {};\n  },\n${source.slice(end)}`, loader: 'js' };
    });
  },
};

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
    define: { ARCHIVE_READER_VERSION: JSON.stringify(JSON.parse(await readFile('package.json', 'utf8')).version) },
  });
  await chmod('dist/cli.mjs', 0o755);
  // The benchmarks, and the hostile corpus loader for the browser test (test/e2e/hostile.test.mjs, plain JavaScript).
  await build({
    ...common,
    entryPoints: {
      bench: 'bench/run.ts',
      'bench-worker': 'bench/worker.ts',
      'bench-fuzz': 'bench/fuzz.ts',
      'bench-big': 'bench/big-page.ts',
      'bench-wayback': 'bench/wayback.ts',
      'test-hostile-cases': 'test/hostile/cases.ts',
    },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
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

const EXTENSION_DIR = 'dist/extension';
const EXTENSION_ENTRIES = {
  'content-archive-today': 'src/extension/content/archive-today.ts',
  'content-page': 'src/extension/content/page.ts',
  'content-wayback': 'src/extension/content/wayback.ts',
  background: 'src/extension/background/background.ts',
  popup: 'src/extension/popup/popup.ts',
  reader: 'src/extension/reader/reader.ts',
  options: 'src/extension/options/options.ts',
  library: 'src/extension/library/library.ts',
  // Loaded by the popup and the reader when Cite, Copy (popup) or Save is first used (src/extension/shared/lazy.ts), so that
  // opening the popup parses none of it.
  'cite-panel': 'src/extension/lazy/cite-panel.ts',
  copy: 'src/extension/lazy/copy.ts',
  save: 'src/extension/lazy/save.ts',
};
const EXTENSION_STATIC = [
  'src/extension/shared/base.css',
  'src/extension/popup/popup.html',
  'src/extension/popup/popup.css',
  'src/extension/reader/reader.html',
  'src/extension/reader/reader.css',
  'src/extension/options/options.html',
  'src/extension/options/options.css',
  'src/extension/library/library.html',
  'src/extension/library/library.css',
  'src/extension/shared/actions.css',
];
const ICON_SIZES = [16, 32, 48, 96, 128];
/** The budget for each script injected into snapshot tabs (declared in the manifest for the archives' hosts). */
const CONTENT_SCRIPT_BUDGET_GZIP = 30 * 1024;
const ARCHIVE_CONTENT_SCRIPTS = ['content-archive-today.js', 'content-wayback.js'];

/** The reader's article styles live in src/formats (shared with saved files); written out as a plain stylesheet. */
async function articleCss() {
  const result = await build({ ...common, entryPoints: ['src/formats/article-css.ts'], format: 'esm', write: false });
  const source = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return module.ARTICLE_CSS.trim() + '\n';
}

async function buildExtension() {
  await rm(EXTENSION_DIR, { recursive: true, force: true });
  await mkdir(`${EXTENSION_DIR}/icons`, { recursive: true });
  const extension = { ...common, outdir: EXTENSION_DIR, format: 'iife', platform: 'browser', target: ['chrome120', 'firefox128'], minify: true };
  const isContent = ([name]) => name.startsWith('content-');
  await build({ ...extension, entryPoints: Object.fromEntries(Object.entries(EXTENSION_ENTRIES).filter((e) => !isContent(e))) });
  // Scripts injected into pages are held to a size budget: Readability's private `_members` get short names
  // (safe: they are only ever read inside the same bundle).
  await build({
    ...extension,
    entryPoints: Object.fromEntries(Object.entries(EXTENSION_ENTRIES).filter(isContent)),
    mangleProps: /^_[a-zA-Z]/,
    plugins: [withoutReadabilityJsonLd],
  });
  for (const file of EXTENSION_STATIC) await cp(file, `${EXTENSION_DIR}/${file.split('/').pop()}`);
  for (const size of ICON_SIZES) await cp(`icons/icon-${size}.png`, `${EXTENSION_DIR}/icons/icon-${size}.png`);
  await cp('_locales', `${EXTENSION_DIR}/_locales`, { recursive: true });
  await writeFile(`${EXTENSION_DIR}/article.css`, await articleCss());
  await cp('manifest.json', `${EXTENSION_DIR}/manifest.json`);

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const sizes = [];
  for (const file of ARCHIVE_CONTENT_SCRIPTS) {
    // A second, slower minifier pass on the scripts injected into pages: about 1 KB less after gzip than esbuild alone.
    const path = `${EXTENSION_DIR}/${file}`;
    // Readability's debug logging (`this.log(…)`, silent unless debugging) is left out with its message strings.
    // ES2022 output (both target browsers have it) lets terser write methods and arrows where no `this` or `new` needs
    // a function expression.
    const squeezed = await minify(await readFile(path, 'utf8'), {
      ecma: 2022,
      compress: { passes: 3, pure_funcs: ['this.log'], unsafe_arrows: true, unsafe_methods: true },
      mangle: true,
    });
    await writeFile(path, squeezed.code);
    const content = await readFile(path);
    const gzip = gzipSync(content, { level: 9 }).length;
    const over = gzip > CONTENT_SCRIPT_BUDGET_GZIP ? ` — OVER the ${kb(CONTENT_SCRIPT_BUDGET_GZIP)} budget` : '';
    sizes.push(`${file} ${kb(content.length)}, ${kb(gzip)} gzipped${over}`);
  }
  console.log(`extension: ${EXTENSION_DIR}/ (${sizes.join('; ')})`);
  // The budget is a gate, not a note: a build whose injected script outgrows it fails.
  if (sizes.some((s) => s.includes('OVER'))) process.exitCode = 1;
}

await buildNode();
await buildExtension();
