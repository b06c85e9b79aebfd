import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type * as jsdom from 'jsdom';

/**
 * Where the command line gets jsdom. Loading the package costs most of a one-article run: Node resolves, reads and
 * compiles about 900 modules. The build writes them as one file, dist/cli-jsdom.cjs (entry: jsdom-bundle.ts), and
 * this loads it with V8's code cache beside it, so that its functions are not compiled again on every start. The
 * code is the package's, so the documents are the same. Run from the sources (tests), there is no bundle and the
 * package is loaded as usual.
 */
export interface Jsdom {
  JSDOM: typeof jsdom.JSDOM;
  VirtualConsole: typeof jsdom.VirtualConsole;
  /** One of jsdom's own modules, by its path in the package ("lib/…"), for the fixes that patch its internals. */
  internal(modulePath: string): unknown;
}

/** What jsdom-bundle.ts exports: jsdom's two classes, and its internal modules by path. */
type BundleExports = Pick<Jsdom, 'JSDOM' | 'VirtualConsole'> & { internals: Record<string, unknown> };

type CommonJsBody = (exports: object, require: NodeJS.Require, module: object, file: string, dir: string) => void;

const BUNDLE = 'cli-jsdom.cjs';
const CODE_CACHE = 'cli-jsdom.cache';
/** A run this short still holds the start-up code compiled (reading one article takes about a second). */
const SHORT_RUN_SECONDS = 10;
let loaded: Jsdom | undefined;

export function loadJsdom(): Jsdom {
  if (!loaded) {
    const bundle = bundleFile();
    loaded = bundle ? jsdomFromBundle(bundle, path.join(path.dirname(bundle), CODE_CACHE)) : fromPackage();
  }
  return loaded;
}

function fromPackage(): Jsdom {
  const require = createRequire(import.meta.url);
  const { JSDOM, VirtualConsole } = require('jsdom') as typeof jsdom;
  return { JSDOM, VirtualConsole, internal: (modulePath) => require(`jsdom/${modulePath}`) };
}

/** dist/cli.mjs, the batch worker and the benchmarks sit beside the bundle; the commands' chunks one folder below. */
function bundleFile(): string | null {
  for (const relative of [`./${BUNDLE}`, `../${BUNDLE}`]) {
    const file = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(file)) return file;
  }
  return null;
}

/**
 * jsdom from the bundle `file`: a fresh copy on every call. With `cacheFile`, compiled with that code cache, which is
 * made (or made again, when V8 refused it) as the process ends.
 */
export function jsdomFromBundle(file: string, cacheFile: string | null): Jsdom {
  const cachedData = cacheFile ? readIfThere(cacheFile) : undefined;
  // What Node's own loader does with a CommonJS file, with the code cache added: V8 checks that the cache was made
  // from this source by this V8 with these flags, and compiles afresh otherwise.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} as BundleExports };
  (script.runInThisContext() as CommonJsBody)(module.exports, createRequire(file), module, file, path.dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // Written when the process ends, so that it holds every function this run compiled (parsing, querying), not
    // only the start-up code; but only by a short run: V8 drops the compiled code of functions that have not run
    // for a while, so a long run (a batch, a benchmark) would leave a cache without the start-up code it is for.
    process.once('exit', () => {
      if (process.uptime() <= SHORT_RUN_SECONDS) writeCodeCache(script, cacheFile);
    });
  }
  const { JSDOM, VirtualConsole, internals } = module.exports;
  return { JSDOM, VirtualConsole, internal: (modulePath) => internals[modulePath] };
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // not made yet: this run makes it
  }
}

/** Written whole and then renamed, so that a run starting meanwhile (a batch's workers) never reads half a cache. */
function writeCodeCache(script: Script, cacheFile: string): void {
  const partial = `${cacheFile}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // A read-only install: every run compiles, as without the cache.
  }
}
