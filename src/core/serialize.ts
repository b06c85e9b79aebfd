import { isElement, isText, normalizeSpace, tagOf } from './dom.js';
import type { PageIndex } from './page-index.js';

/**
 * Writes the clean copy of the captured page as one HTML string, in a single read-only walk: hidden and removed
 * elements are left out, archive wrappers are walked through, links and images get their rewritten addresses,
 * `<div>`s of running text become `<p>` again (archive.today turns every `<p>` into a `<div>`), and
 * "image + caption" boxes become figures. Parsing this string once is far cheaper than building or cloning the
 * tree node by node, and inline styles never reach the copy.
 */

export interface CleanCopyOptions {
  index: PageIndex;
  /** Elements left out, with the rule that removed them. */
  skip: ReadonlyMap<Element, string>;
  isWrapper: (el: Element) => boolean;
  rewriteHref: (href: string) => string;
  rewriteSrc: (src: string) => string;
  /** Keep `class`/`id` (ordinary pages: Readability scores them); snapshots have none worth keeping. */
  keepClassAndId: boolean;
}

/** Deepest nesting the copy keeps (browsers' parsers stop nesting at a few hundred levels too). */
const MAX_WRITTEN_DEPTH = 300;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
const PHRASING = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'cite', 'q', 'time', 'code', 'br', 'font', 'del', 'ins', 'kbd', 'var', 'dfn', 'bdi', 'bdo', 'wbr', 'label', 'img', 'picture', 'data', 'samp', 'tt', 'strike', 'big', 'nobr']);
const SAFE_ATTR_NAME = /^[a-zA-Z_][-a-zA-Z0-9_:.]*$/;
const UNSAFE_URL = /^\s*(javascript|vbscript|data|file):/i;
const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src', 'data-url', 'data-hi-res-src'];

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

type Item = { node: Node; as?: string } | { raw: string };

export function writeCleanCopy(root: Element, opts: CleanCopyOptions): string {
  const { index, skip, isWrapper } = opts;
  const out: string[] = [];

  const shown = (n: Node): boolean => {
    if (isText(n)) return true;
    if (!isElement(n)) return false;
    if (skip.has(n)) return false;
    return isWrapper(n) || index.isVisible(n);
  };
  const shownChildren = (el: Element): Node[] => {
    const kids: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) if (shown(c)) kids.push(c);
    return kids;
  };
  const isPhrasing = (n: Node): boolean => isText(n) || (isElement(n) && PHRASING.has(tagOf(n)) && !isWrapper(n) && !index.containsBlock.has(n));
  const hasText = (nodes: Node[]): boolean => nodes.some((n) => (isText(n) ? /\S/.test(n.data) : (index.textLength.get(n as Element) ?? 0) > 0));

  // Snapshots lose class names, and Readability merges the article's sibling blocks only when they share one.
  // Elements that look alike carry the same computed style, so an id per distinct style stands in for the class.
  const styleClasses = new Map<string, string>();
  const styleClass = (el: Element): string => {
    const style = el.getAttribute('style');
    if (!style) return '';
    let cls = styleClasses.get(style);
    if (!cls) {
      cls = `x${styleClasses.size}`; // letters and digits only: never matches Readability's class-name patterns
      styleClasses.set(style, cls);
    }
    return ` class="${cls}"`;
  };

  const attributes = (el: Element, tag: string): string => {
    let s = opts.keepClassAndId ? '' : styleClass(el);
    for (const name of el.getAttributeNames()) {
      const lower = name.toLowerCase();
      if (lower === 'style' || lower.startsWith('on') || lower === 'srcset' || !SAFE_ATTR_NAME.test(name)) continue;
      if ((lower === 'class' || lower === 'id') && !opts.keepClassAndId) continue;
      if (lower.startsWith('data-') || lower === 'sizes' || lower === 'loading') continue;
      let value = el.getAttribute(name) ?? '';
      if (lower === 'href') {
        value = opts.rewriteHref(value);
        if (!value || UNSAFE_URL.test(value)) continue;
      } else if (lower === 'src' && (tag === 'img' || tag === 'source')) {
        const lazy = LAZY_SRC.map((a) => el.getAttribute(a)).find((v) => !!v);
        if (lazy && (!value || value.startsWith('data:'))) value = lazy;
        if (!value.startsWith('data:')) value = opts.rewriteSrc(value);
        if (!value) continue; // an address the archive would not have served
      } else if (lower === 'src' || lower === 'action' || lower === 'formaction' || lower === 'srcdoc') {
        continue;
      }
      s += ` ${name}="${escapeAttr(value)}"`;
    }
    if (tag === 'img' && !el.hasAttribute('src')) {
      const lazy = LAZY_SRC.map((a) => el.getAttribute(a)).find((v) => !!v);
      const src = lazy ? opts.rewriteSrc(lazy) : '';
      if (src) s += ` src="${escapeAttr(src)}"`;
    }
    return s;
  };

  /** `div > img + caption` (the image possibly in a link without text) → figure. */
  const figureParts = (kids: Node[]): { image: Node; caption: Node[] } | null => {
    const meaningful = kids.filter((n) => !(isText(n) && !/\S/.test(n.data)));
    if (meaningful.length < 2) return null;
    const first = meaningful[0]!;
    if (!isElement(first)) return null;
    const t = tagOf(first);
    const isImage = t === 'img' || t === 'picture' || (t === 'a' && !(index.textLength.get(first) ?? 0) && !!first.querySelector('img'));
    if (!isImage) return null;
    const caption = meaningful.slice(1);
    if (caption.some((n) => isElement(n) && (n.querySelector('img') || tagOf(n) === 'img'))) return null;
    if (caption.length === 1 && isElement(caption[0]) && tagOf(caption[0]) === 'a') return null; // a promo link, not a caption
    const text = normalizeSpace(caption.map((n) => n.textContent ?? '').join(' '));
    if (!text || text.length > 600) return null;
    return { image: first, caption };
  };

  /** The one element among `kids` when there is no other element and no text beside it. */
  const onlyChild = (kids: Node[]): Element | null => {
    let only: Element | null = null;
    for (const k of kids) {
      if (isText(k)) {
        if (/\S/.test(k.data)) return null;
      } else if (isElement(k)) {
        if (only) return null;
        only = k;
      }
    }
    // Link lists and short link lines keep their wrapper: it is what Readability weighs to drop them.
    if (!only || isWrapper(only) || index.linkDensity(only) >= 0.5) return null;
    return only;
  };

  const stack: Item[] = [];
  const pushChildren = (items: Item[]) => {
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
  };
  const openClose = (tag: string, attrs: string, inner: Item[]): Item[] => [{ raw: `<${tag}${attrs}>` }, ...inner, { raw: `</${tag}>` }];

  const rootKids = shownChildren(root).map((node): Item => ({ node }));
  pushChildren(rootKids);
  // Open tags written so far and not yet closed: past the limit, elements are left out, so that no reader of the
  // copy (a parser, Readability, a sanitiser) recurses through thousands of levels.
  let depth = 0;
  while (stack.length) {
    const item = stack.pop()!;
    if ('raw' in item) {
      if (item.raw.startsWith('</')) depth--;
      else if (item.raw.startsWith('<')) depth++;
      out.push(item.raw);
      continue;
    }
    const node = item.node;
    if (isText(node)) {
      out.push(escapeText(node.data));
      continue;
    }
    const el = node as Element;
    if (depth >= MAX_WRITTEN_DEPTH) continue;
    if (isWrapper(el)) {
      pushChildren(shownChildren(el).map((n) => ({ node: n })));
      continue;
    }
    let tag = item.as ?? tagOf(el);
    const kids = shownChildren(el);
    if (tag === 'div' && !opts.keepClassAndId && onlyChild(kids)) {
      // A wrapper around a single block: the block alone. Snapshots nest each paragraph in layers of `<div>`s
      // that once carried classes; without them Readability cannot tell the article's paragraphs are siblings.
      stack.push({ node: onlyChild(kids)! });
      continue;
    }
    if (tag === 'div') {
      const figure = figureParts(kids);
      if (figure) {
        pushChildren(openClose('figure', '', [{ node: figure.image }, ...openClose('figcaption', '', figure.caption.map((n) => ({ node: n })))]));
        continue;
      }
      if (kids.every(isPhrasing)) {
        if (hasText(kids)) tag = 'p';
      } else if (kids.some((n) => isPhrasing(n) && (isText(n) ? /\S/.test(n.data) : true))) {
        // Blocks mixed with loose running text: each run of loose text becomes a paragraph of its own.
        const items: Item[] = [];
        let run: Node[] = [];
        const flush = () => {
          if (hasText(run)) items.push(...openClose('p', '', run.map((n) => ({ node: n }))));
          else items.push(...run.map((n) => ({ node: n })));
          run = [];
        };
        for (const k of kids) {
          if (isPhrasing(k)) run.push(k);
          else {
            flush();
            items.push({ node: k });
          }
        }
        flush();
        pushChildren(openClose('div', attributes(el, 'div'), items));
        continue;
      }
    }
    const attrs = attributes(el, tag);
    if (VOID.has(tag)) {
      out.push(`<${tag}${attrs}>`);
      continue;
    }
    const inner: Item[] = kids.map((n) => ({ node: n }));
    // The HTML parser drops a newline right after <pre>/<textarea>: write one more so the text survives.
    if ((tag === 'pre' || tag === 'textarea') && isText(kids[0]) && kids[0].data.startsWith('\n')) inner.unshift({ raw: '\n' });
    pushChildren(openClose(tag, attrs, inner));
  }
  return out.join('');
}
