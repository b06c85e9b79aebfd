/**
 * Parts of the extension pages that are needed only after a click (the Cite panel, copying, saving, Verify, quoting)
 * are separate scripts, `cite-panel.js`, `copy.js`, `save.js`, `verify.js` and `quote.js`, loaded the first time they are used
 * (the popup fetches `copy.js` as soon as its preview is on screen): the popup shows its preview without them.
 * Each registers what it offers on the page's global scope; `load` adds its `<script>` once and hands that back.
 * (Classic scripts rather than ES module chunks: one file per page loads measurably faster than a module graph.)
 */
import type { copyArticle } from '../popup/copy.js';
import type { buildCitePanel } from './cite-panel.js';
import type { extractFromCopy } from './extract-copy.js';
import type { highlightsForClipboard, quoteForClipboard } from './quote-clipboard.js';
import type { runSave } from './save/save-ui.js';
import type { runVerify } from '../verify/verify-ui.js';

export interface LazyModules {
  cite: { buildCitePanel: typeof buildCitePanel };
  copy: { copyArticle: typeof copyArticle };
  save: { runSave: typeof runSave };
  verify: { runVerify: typeof runVerify };
  quote: { quoteForClipboard: typeof quoteForClipboard; highlightsForClipboard: typeof highlightsForClipboard };
  extract: { extractFromCopy: typeof extractFromCopy };
}

type Name = keyof LazyModules;

/** The script the build writes for each (see build.mjs). */
const LAZY_FILES: Record<Name, string> = {
  cite: 'cite-panel.js',
  copy: 'copy.js',
  save: 'save.js',
  verify: 'verify.js',
  quote: 'quote.js',
  extract: 'extract.js',
};

const KEY = Symbol.for('archive-reader.lazy-modules');
type Scope = typeof globalThis & { [KEY]?: Partial<LazyModules> };

function registry(): Partial<LazyModules> {
  const scope = globalThis as Scope;
  return (scope[KEY] ??= {});
}

/** Called by a lazily loaded script when it has run. */
export function register<K extends Name>(name: K, module: LazyModules[K]): void {
  registry()[name] = module;
}

const loading = new Map<Name, Promise<unknown>>();

export function load<K extends Name>(name: K): Promise<LazyModules[K]> {
  const ready = registry()[name];
  if (ready) return Promise.resolve(ready as LazyModules[K]);
  let promise = loading.get(name);
  if (!promise) {
    promise = new Promise<LazyModules[K]>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = LAZY_FILES[name];
      script.onload = () => {
        const module = registry()[name];
        if (module) resolve(module as LazyModules[K]);
        else reject(new Error(`${LAZY_FILES[name]} did not register`));
      };
      script.onerror = () => {
        loading.delete(name);
        script.remove();
        reject(new Error(`could not load ${LAZY_FILES[name]}`));
      };
      document.head.append(script);
    });
    loading.set(name, promise);
  }
  return promise as Promise<LazyModules[K]>;
}
