// The entry of dist/cli-jsdom.cjs (build.mjs): jsdom and its packages as one file, which the command line loads
// with V8's code cache (jsdom-load.ts) instead of resolving, reading and compiling about 900 modules one by one.
// The same jsdom, so the same documents; only its start-up is faster.
export { JSDOM, VirtualConsole } from 'jsdom';

/**
 * The jsdom modules the command line's two fixes reach into (jsdom-collections.ts, jsdom-lazy-style.ts), by their
 * path in the package: inside the bundle they are not files any more, so the bundle hands them out. Literal
 * `require` calls, because the bundler only follows those.
 */
export const internals: Record<string, unknown> = {
  'lib/jsdom/living/nodes/HTMLCollection-impl.js': require('jsdom/lib/jsdom/living/nodes/HTMLCollection-impl.js'),
  'lib/jsdom/living/nodes/HTMLElement-impl.js': require('jsdom/lib/jsdom/living/nodes/HTMLElement-impl.js'),
  'lib/jsdom/living/nodes/SVGElement-impl.js': require('jsdom/lib/jsdom/living/nodes/SVGElement-impl.js'),
  'lib/generated/idl/CSSStyleProperties.js': require('jsdom/lib/generated/idl/CSSStyleProperties.js'),
};
