// Builds every artefact with esbuild:
//   dist/cli.mjs  — the Node command line, its commands in dist/cli-chunks/ (packages stay external)
//   dist/cli-jsdom.cjs — jsdom and its packages as one file, which the command line loads (src/cli/jsdom-load.ts)
//   dist/lib.mjs  — the library entry (`extractArticle`), DOM-agnostic, no Node built-ins
//   dist/bench.mjs — the quality and speed benchmark
//   dist/bench-fuzz.mjs — the 10,000-run extraction fuzzing job; dist/bench-big.mjs — the 20 MB page benchmark
//   dist/test-hostile-cases.mjs — the hostile corpus loader for the browser test
//   dist/extension/ — the browser extension, one build that Chrome/Edge and Firefox both load (buildExtension)
//   dist/extension-test/ — the same with the hooks the browser tests drive it by (`__TEST_HOOKS__`): never shipped
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', charset: 'utf8' };

/**
 * jsdom as one CommonJS file (entry src/cli/jsdom-bundle.ts). Its own code is bundled as it is, but for what
 * assumes it still lives in node_modules: `__dirname` (it reads its default stylesheet from beside its modules) and
 * `require.resolve` of a file of its own now name the installed package, which stays a dependency. css-tree is
 * taken in its CommonJS build everywhere: its ES build finds its data files through `import.meta.url`, which a
 * CommonJS bundle does not have. The old code cache no longer fits the new bundle: removed with it.
 */
async function buildJsdomBundle() {
  const jsdomDir = path.resolve('node_modules/jsdom');
  const resolvedAtRunTime = new Set(['jsdom/package.json']);
  const installedPaths = {
    name: 'jsdom-installed-paths',
    setup(build) {
      build.onResolve({ filter: /^jsdom\// }, (args) =>
        resolvedAtRunTime.has(args.path) ? { path: args.path, external: true } : undefined,
      );
      build.onResolve({ filter: /^css-tree$/ }, () => ({ path: path.resolve('node_modules/css-tree/cjs/index.cjs') }));
      build.onLoad({ filter: /[\\/]node_modules[\\/]jsdom[\\/]lib[\\/].*\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!/__dirname|require\.resolve\("\.\//.test(source)) return undefined;
        const folder = path.relative(jsdomDir, path.dirname(args.path)).split(path.sep).join('/');
        const installed = `require("node:path").join(require("node:path").dirname(require.resolve("jsdom/package.json")), ${JSON.stringify(folder)})`;
        const contents = source
          .replaceAll('__dirname', installed)
          .replace(/require\.resolve\("\.\/([^"]+)"\)/g, (_, file) => {
            resolvedAtRunTime.add(`jsdom/${folder}/${file}`);
            return `require.resolve(${JSON.stringify(`jsdom/${folder}/${file}`)})`;
          });
        return { contents, loader: 'js' };
      });
    },
  };
  await rm('dist/cli-jsdom.cache', { force: true });
  await build({
    ...common,
    entryPoints: ['src/cli/jsdom-bundle.ts'],
    outfile: 'dist/cli-jsdom.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // jsdom's optional peer, looked for at run time.
    external: ['canvas'],
    plugins: [installedPaths],
    // Whitespace and syntax only: names stay, so that a stack trace through jsdom still reads.
    minifyWhitespace: true,
    minifySyntax: true,
  });
}

/**
 * The code cache of the bundled jsdom (dist/cli-jsdom.cache) is what one run of the command line leaves: it holds
 * the functions that run compiled. Made here by reading the reference snapshot, so that it is the cache of a short,
 * typical run; made by a long one (a batch, a benchmark) it would lack the start-up code, which V8 drops from memory
 * after a while, and starts would be about 0.2 s slower.
 */
function makeJsdomCodeCache() {
  const snapshot = 'test/fixtures/wapo-2017-oval-office/snapshot.html';
  execFileSync(process.execPath, ['dist/cli.mjs', snapshot, '--format', 'json'], { stdio: 'ignore' });
}

async function buildNode() {
  await buildJsdomBundle();
  await build({
    ...common,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    // Each command's code (and the packages it imports) in chunks loaded on first use (src/cli/run.ts). The folder
    // is not emptied first: the names are content hashes, and a command already running keeps finding its chunks.
    splitting: true,
    chunkNames: 'cli-chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    define: { ARCHIVE_READER_VERSION: JSON.stringify(JSON.parse(await readFile('package.json', 'utf8')).version) },
  });
  await chmod('dist/cli.mjs', 0o755);
  makeJsdomCodeCache();
  // The batch command's worker thread, loaded by dist/cli.mjs from beside it.
  await build({
    ...common,
    entryPoints: ['src/cli/batch/worker.ts'],
    outfile: 'dist/cli-batch-worker.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
  });
  // The benchmarks, and the hostile corpus loader for the browser test (test/e2e/hostile.test.mjs, plain JavaScript).
  await build({
    ...common,
    entryPoints: {
      bench: 'bench/run.ts',
      'bench-worker': 'bench/worker.ts',
      'bench-fuzz': 'bench/fuzz.ts',
      'bench-big': 'bench/big-page.ts',
      'bench-wayback': 'bench/wayback.ts',
      'bench-batch': 'bench/batch.ts',
      'bench-batch-worker': 'bench/batch-worker.ts',
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
/** The build test/e2e loads: `__TEST_HOOKS__` compiles in the hooks it uses (src/extension/shared/test-hooks.ts). */
const EXTENSION_TEST_DIR = 'dist/extension-test';
const EXTENSION_ENTRIES = {
  background: 'src/extension/background/background.ts',
  popup: 'src/extension/popup/popup.ts',
  reader: 'src/extension/reader/reader.ts',
  options: 'src/extension/options/options.ts',
  library: 'src/extension/library/library.ts',
  // Loaded by the popup and the reader when Cite, Copy (popup), Save or Verify (reader) is first used (src/extension/shared/lazy.ts), so that
  // opening the popup parses none of it.
  'cite-panel': 'src/extension/lazy/cite-panel.ts',
  copy: 'src/extension/lazy/copy.ts',
  save: 'src/extension/lazy/save.ts',
  verify: 'src/extension/lazy/verify.ts',
  // The reader's Copy quote and Copy highlights, with the citation formatters (loaded on a first selection).
  quote: 'src/extension/lazy/quote.ts',
  // The extraction core, loaded when a page is read (src/extension/shared/extract-copy.ts): the popup answers from
  // a kept reading without parsing it.
  extract: 'src/extension/lazy/extract.ts',
  // The page that reads a snapshot for the menu's Copy quote with citation: an offscreen document in Chrome (its
  // service worker has no DOM), a frame of the background page in Firefox.
  'quote-worker': 'src/extension/quote-worker/quote-worker.ts',
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
  'src/extension/quote-worker/quote-worker.html',
];
const ICON_SIZES = [16, 32, 48, 96, 128];
/**
 * The budget for code run inside archive pages. The extension runs one function there, `copyPage`
 * (src/extension/shared/page-copy.ts), and reads the copy in its own pages; the manifest declares no content scripts.
 */
const INJECTED_BUDGET_GZIP = 30 * 1024;

/** The reader's article styles live in src/formats (shared with saved files); written out as a plain stylesheet. */
async function articleCss() {
  const result = await build({ ...common, entryPoints: ['src/formats/article-css.ts'], format: 'esm', write: false });
  const source = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return module.ARTICLE_CSS.trim() + '\n';
}

async function buildExtension(dir, testHooks) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(`${dir}/icons`, { recursive: true });
  const extension = {
    ...common,
    outdir: dir,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: true,
    define: { __TEST_HOOKS__: String(testHooks) },
  };
  await build({ ...extension, entryPoints: EXTENSION_ENTRIES });
  for (const file of EXTENSION_STATIC) await cp(file, `${dir}/${file.split('/').pop()}`);
  await inlineStylesheets(`${dir}/popup.html`, dir);
  for (const size of ICON_SIZES) await cp(`icons/icon-${size}.png`, `${dir}/icons/icon-${size}.png`);
  await cp('_locales', `${dir}/_locales`, { recursive: true });
  await writeFile(`${dir}/article.css`, await articleCss());
  await cp('manifest.json', `${dir}/manifest.json`);
}

/**
 * The popup's stylesheets written into popup.html: its first frame (the skeleton) then waits for no file. The
 * extension's policy restricts scripts only, so an inline <style> is allowed.
 */
async function inlineStylesheets(htmlFile, dir) {
  const html = await readFile(htmlFile, 'utf8');
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)];
  let inlined = html;
  for (const [tag, href] of links) {
    const css = (await readFile(`${dir}/${href}`, 'utf8')).trim();
    inlined = inlined.replace(tag, () => `<style>\n${css}\n</style>`);
  }
  await writeFile(htmlFile, inlined);
}

/** The code the extension runs inside archive pages stays within its budget, and the manifest declares none. */
async function checkInjectedBudget() {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const injected = await injectedCode();
  const gzip = gzipSync(injected, { level: 9 }).length;
  const manifest = JSON.parse(await readFile('manifest.json', 'utf8'));
  const over = gzip > INJECTED_BUDGET_GZIP || manifest.content_scripts !== undefined;
  const injectedSize = `${injected.length} bytes, ${kb(gzip)} gzipped${over ? ' — OVER the budget' : ''}`;
  console.log(`extension: ${EXTENSION_DIR}/, ${EXTENSION_TEST_DIR}/ (code run in pages: copyPage, ${injectedSize})`);
  // The budget is a gate, not a note: a build that injects more fails.
  if (over) process.exitCode = 1;
}

/** The injected function as the browser serialises it for `scripting.executeScript({ func })`: its minified source. */
async function injectedCode() {
  const result = await build({
    ...common,
    entryPoints: ['src/extension/shared/page-copy.ts'],
    format: 'esm',
    minify: true,
    write: false,
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
  });
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
  );
  return module.copyPage.toString();
}

await buildNode();
await buildExtension(EXTENSION_DIR, false);
await buildExtension(EXTENSION_TEST_DIR, true);
await checkInjectedBudget();
