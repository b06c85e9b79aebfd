/**
 * Small DOM helpers shared by the core. They take nodes, never `window`/`document` globals, so they run the
 * same on a live page, in jsdom and in tests.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node | null | undefined): node is Text {
  return !!node && node.nodeType === TEXT_NODE;
}

export function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}

/** Text with runs of whitespace collapsed (including non-breaking spaces). */
export function normalizeSpace(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Characters of a node's text, whitespace collapsed as `normalizeSpace` does. */
export function textLength(node: Node): number {
  return normalizeSpace(node.textContent).length;
}

/** Characters of text inside the element's links, whitespace collapsed as `normalizeSpace` does. */
export function linkTextLength(el: Element): number {
  let chars = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) chars += textLength(a);
  return chars;
}

function textOf(node: Node): string {
  return normalizeSpace(node.textContent);
}

/** A one-line excerpt of an element for --explain output. */
export function snippet(el: Element, max = 80): string {
  const t = textOf(el);
  if (t) return t.length > max ? t.slice(0, max - 1) + '…' : t;
  const img = el.matches('img') ? el : el.querySelector('img');
  if (img) return `[image ${img.getAttribute('alt') || img.getAttribute('src')?.slice(0, 60) || ''}]`;
  return `<${tagOf(el)}>`;
}

/**
 * Parses an inline `style` attribute into lower-case property → value. Regex parsing instead of CSSOM:
 * snapshots carry a style on every element and CSSOM parsing dominates the cost in jsdom.
 */
export function inlineStyle(el: Element): Map<string, string> {
  const map = new Map<string, string>();
  const raw = el.getAttribute('style');
  if (!raw) return map;
  for (const decl of raw.split(';')) {
    const i = decl.indexOf(':');
    if (i <= 0) continue;
    const prop = decl.slice(0, i).trim().toLowerCase();
    const value = decl
      .slice(i + 1)
      .trim()
      .toLowerCase()
      .replace(/\s*!important$/, '');
    if (prop && value) map.set(prop, value);
  }
  return map;
}

export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'center',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  'picture',
  'video',
  'audio',
  'canvas',
  'iframe',
  'menu',
  'summary',
]);

/** Replaces `el` by its children. */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}

export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

/**
 * Every element under `root` in document order, by sibling pointers. Much cheaper than collections in DOM
 * implementations where `children`/NodeList indexing goes through proxies (jsdom), and safe for deep trees.
 * The callback may return `false` to skip an element's subtree; it must not remove the element it is given
 * (collect first, remove after).
 */
export function walkElements(root: Element, visit: (el: Element) => boolean | void): void {
  let el: Element | null = root.firstElementChild;
  while (el) el = nextInDocument(el, root, visit(el) !== false);
}

/**
 * Every element under `root` in document order, lazily: a search that stops after the first few lines reads only
 * those, where `querySelectorAll` would first match the whole article. Like `walkElements`, the caller must not
 * remove the element it is given (collect first, remove after).
 */
export function* elementsForward(root: Element): Generator<Element, void, void> {
  let el: Element | null = root.firstElementChild;
  while (el) {
    yield el;
    el = nextInDocument(el, root, true);
  }
}

/** The element after `el` in document order under `root` (past its subtree unless `descend`), or null at the end. */
function nextInDocument(el: Element, root: Element, descend: boolean): Element | null {
  const child = descend ? el.firstElementChild : null;
  if (child) return child;
  let cur: Element | null = el;
  while (cur && cur !== root && !cur.nextElementSibling) cur = cur.parentElement;
  return cur && cur !== root ? cur.nextElementSibling : null;
}

/**
 * Every element under `root` in reverse document order (each element after everything inside it), lazily: for the
 * rules that read only the end of an article.
 */
export function* elementsBackward(root: Element): Generator<Element, void, void> {
  let el = deepestLast(root);
  while (el !== root) {
    yield el;
    const before: Element | null = el.previousElementSibling;
    el = before ? deepestLast(before) : (el.parentElement ?? root);
  }
}

function deepestLast(el: Element): Element {
  while (el.lastElementChild) el = el.lastElementChild;
  return el;
}

/**
 * The innermost elements with one of these tag names (no such element inside them), in document order, lazily: the
 * lines of an article, for the rules that read its first few. A list around its items is not a line; its items are.
 */
export function* innermostForward(root: Element, tags: ReadonlySet<string>): Generator<Element, void, void> {
  for (const el of elementsForward(root)) if (tags.has(tagOf(el)) && !holdsTag(el, tags)) yield el;
}

/** The same lines from the end backward, for the rules that read an article's last few. */
export function* innermostBackward(root: Element, tags: ReadonlySet<string>): Generator<Element, void, void> {
  for (const el of elementsBackward(root)) if (tags.has(tagOf(el)) && !holdsTag(el, tags)) yield el;
}

/** Whether some element inside `el` has one of these tag names; stops at the first. */
export function holdsTag(el: Element, tags: ReadonlySet<string>): boolean {
  for (const inner of elementsForward(el)) if (tags.has(tagOf(inner))) return true;
  return false;
}
