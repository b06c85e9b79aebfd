import { installJsdomCollectionCache } from './jsdom-collections.js';
import { installJsdomLazyInlineStyle } from './jsdom-lazy-style.js';
import { type Jsdom, loadJsdom } from './jsdom-load.js';

/** The jsdom copies (the package, the bundle) whose two fixes are installed: each is patched once, at its first page. */
const fixed = new WeakSet<Jsdom>();

/**
 * The one DOM factory of the command line, `batch` and the benchmarks: a page's HTML as a Document, with no scripts
 * run and nothing fetched. jsdom, because the articles it gives match the browser's; a faster DOM was tried and
 * changed them (see docs/decisions.md). `jsdom`: which copy (jsdom-load.ts); the tests compare the two.
 */
export function parseHtml(html: string, url: string | null, jsdom: Jsdom = loadJsdom()): Document {
  const { JSDOM, VirtualConsole } = jsdom;
  if (!fixed.has(jsdom)) {
    fixed.add(jsdom);
    installJsdomCollectionCache(jsdom.internal);
    installJsdomLazyInlineStyle(jsdom.internal);
  }
  // No scripts, no subresources: jsdom's defaults, spelled out because this is untrusted input.
  const dom = new JSDOM(html, {
    url: url && /^https?:|^file:/i.test(url) ? url : undefined,
    runScripts: undefined,
    resources: undefined,
    virtualConsole: new VirtualConsole(),
  });
  return dom.window.document;
}
