/**
 * fast-check arbitraries that damage snapshot HTML the way broken, truncated and hostile pages do, and the code that
 * applies them. A mutation plan is plain data (it shrinks and prints); `mutateSnapshot` turns a source page and a
 * plan into a Document:
 *   1. byte level, on the UTF-8 bytes: inject raw markup at random byte offsets, cut the page at a random byte
 *      offset (possibly inside a tag, an attribute, a comment or a multi-byte character);
 *   2. parse (jsdom, as a browser loads the page: no scripts, no subresources);
 *   3. tree level, on elements picked by index: delete, duplicate, move and reorder subtrees, truncate children,
 *      add random attributes and inline styles (display:none among them), inject random elements.
 */
import fc from 'fast-check';
import { parseHtml } from '../../src/cli/dom.js';

export type TextMutation = { kind: 'insert-raw'; at: number; markup: string } | { kind: 'cut'; at: number };

export type InsertPosition = 'beforebegin' | 'afterbegin' | 'beforeend' | 'afterend';

export type TreeMutation =
  | { kind: 'delete'; target: number }
  | { kind: 'duplicate'; target: number }
  | { kind: 'move'; target: number; to: number; position: InsertPosition }
  | { kind: 'reorder'; target: number; keys: number[] }
  | { kind: 'truncate'; target: number; keep: number }
  | { kind: 'attribute'; target: number; name: string; value: string }
  | { kind: 'style'; target: number; style: string }
  | {
      kind: 'inject';
      target: number;
      position: InsertPosition;
      tag: string;
      attributes: [string, string][];
      text: string;
    };

export interface MutationPlan {
  text: TextMutation[];
  tree: TreeMutation[];
}

/** Attribute names the core reads (metadata, visibility, links, images) and some it must ignore. */
export const ATTRIBUTE_NAMES = [
  'class',
  'id',
  'style',
  'hidden',
  'aria-hidden',
  'role',
  'itemprop',
  'itemtype',
  'itemscope',
  'datetime',
  'content',
  'property',
  'name',
  'rel',
  'href',
  'src',
  'srcset',
  'data-src',
  'data-original',
  'lang',
  'dir',
  'title',
  'alt',
  'value',
  'type',
  'colspan',
  'rowspan',
  'start',
  'onclick',
  'onerror',
  'srcdoc',
  'action',
  'width',
  'height',
  'cite',
  'old-class',
] as const;

export const ATTRIBUTE_VALUES = [
  '',
  ' ',
  'display:none',
  'article',
  'author',
  'byline',
  'headline',
  'datePublished',
  'dateModified',
  'pubdate',
  'http://schema.org/NewsArticle',
  'By Jane Doe',
  'Jane Doe and John Roe',
  'Reuters',
  '2020-02-30',
  '2017-05-16',
  '1999-12-31T23:59:59Z',
  '2099-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01',
  'NaN',
  '99999999999999999999',
  '0',
  '-1',
  'javascript:alert(1)',
  'https://archive.ph/o/ABCDE/javascript:alert(1)',
  'https://archive.ph/o/ABCDE/https%3A//example.com/a',
  '/o/ABCDE/www.example.com/',
  'https://archive.ph/20170719220303/https://www.example.com/',
  'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==',
  'https://evil.example/x.png',
  '//evil.example/y',
  '#',
  '#fn1',
  'mailto:someone@example.org',
  '\u0000',
  'ar',
  'he',
  'zh-Hant',
  'en-GB',
  'rtl',
  'none',
  'true',
  'false',
  'main',
  'navigation',
  'contentinfo',
  'complementary',
  'nofollow',
  'author',
  'bookmark',
  '__proto__',
  'constructor',
  'toString',
  'HEADER',
  'CONTENT',
  'html1',
  'html',
  'body',
  'x'.repeat(5000),
] as const;

export const STYLES = [
  'display:none',
  'display: none !important',
  'DISPLAY : NONE',
  'visibility:hidden',
  'visibility: collapse',
  'opacity:0',
  'display:block',
  'display:inline',
  'display:table-cell',
  'position:absolute;left:-9999px',
  'position:fixed;top:0',
  'height:0;overflow:hidden',
  'width:0px;height:0px',
  'font-weight:bold',
  'font-style:italic',
  'font-size:48px',
  'display:',
  ';;;',
  'display:none;display:block',
  'clip:rect(0 0 0 0)',
  'text-indent:-9999px',
  'background:url(https://evil.example/bg.png)',
  'color:red;/*',
  '}',
  '\u0000display:none',
] as const;

export const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'img',
  'h1',
  'h2',
  'h3',
  'time',
  'table',
  'tr',
  'td',
  'ul',
  'ol',
  'li',
  'figure',
  'figcaption',
  'picture',
  'source',
  'video',
  'iframe',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'pre',
  'code',
  'blockquote',
  'article',
  'section',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'br',
  'hr',
  'meta',
  'link',
  'base',
  'title',
  'address',
  'x-custom',
  'font',
  'center',
] as const;

/** Raw markup for byte-level injection: unbalanced tags, parser-mode switches, archive shapes, entities. */
export const RAW_MARKUP = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<span>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '<table>',
  '<tr><td>',
  '<plaintext>',
  '<textarea>',
  '<style>',
  '</body>',
  '</html>',
  '<html>',
  '<body>',
  '<head>',
  '<div class="html1"><div class="html"><div class="body">',
  '<div id="CONTENT">',
  '<div id="HEADER">',
  '<time datetime="2020-01-01">1 January 2020</time>',
  '<h1>Injected headline</h1>',
  '<a href="/o/ABCDE/javascript:alert(1)">x</a>',
  '<svg>',
  '<math>',
  '<template>',
  '<noscript>',
  '<select>',
  '<frameset>',
  '&',
  '&amp',
  '&#',
  '&#x110000;',
  '<',
  '>',
  '"',
  "'",
  '\u0000',
  '<![CDATA[',
  ']]>',
  '<img src=x onerror=alert(1)>',
  '<meta charset="utf-16">',
  '<base href="https://evil.example/">',
  '<b><i><u>',
  '</b></i></u>',
  '\ufeff',
  '\r\n',
] as const;

const positionArb = fc.constantFrom<InsertPosition>('beforebegin', 'afterbegin', 'beforeend', 'afterend');
const target = fc.nat();

export const attributeNameArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ATTRIBUTE_NAMES) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/) },
);

export const attributeValueArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ATTRIBUTE_VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

export const styleArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STYLES) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...STYLES), { minLength: 2, maxLength: 4 }).map((s) => s.join(';')),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('insert-raw' as const),
      at: fc.nat(),
      markup: fc.oneof(fc.constantFrom(...RAW_MARKUP), fc.string({ maxLength: 20 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }) },
);

export const treeMutationArb: fc.Arbitrary<TreeMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), target }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), target }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('move' as const), target, to: fc.nat(), position: positionArb }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('reorder' as const),
      target,
      keys: fc.array(fc.nat(), { maxLength: 12 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), target, keep: fc.nat({ max: 6 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('attribute' as const),
      target,
      name: attributeNameArb,
      value: attributeValueArb,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('style' as const), target, style: styleArb }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('inject' as const),
      target,
      position: positionArb,
      tag: fc.constantFrom(...TAGS),
      attributes: fc.array(fc.tuple(attributeNameArb, attributeValueArb), { maxLength: 3 }),
      text: fc.oneof(fc.constant(''), fc.lorem({ maxCount: 30 }), fc.string({ maxLength: 30 })),
    }),
  },
);

/** Up to two byte-level and up to eight tree-level mutations; a cut is rarer than other byte-level damage. */
export const mutationPlanArb: fc.Arbitrary<MutationPlan> = fc.record({
  text: fc.array(textMutationArb, { maxLength: 2 }),
  tree: fc.array(treeMutationArb, { maxLength: 8 }),
});

/** Applies the byte-level mutations to the UTF-8 bytes of `html`; the result is decoded the way a browser would. */
export function applyTextMutations(html: string, mutations: readonly TextMutation[]): string {
  let bytes = Buffer.from(html, 'utf8');
  for (const m of mutations) {
    const at = m.at % (bytes.length + 1);
    if (m.kind === 'cut') bytes = bytes.subarray(0, at);
    else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.markup, 'utf8'), bytes.subarray(at)]);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

function pick(elements: readonly Element[], index: number): Element | null {
  return elements.length ? elements[index % elements.length]! : null;
}

function insert(anchor: Element, position: InsertPosition, node: Element): void {
  // No sibling positions around the root element; a DOM that refuses the insertion is left as it is.
  if ((position === 'beforebegin' || position === 'afterend') && !anchor.parentElement) return;
  try {
    anchor.insertAdjacentElement(position, node);
  } catch {
    // HierarchyRequestError and friends: not a mutation the page could have
  }
}

function setAttribute(el: Element, name: string, value: string): void {
  try {
    el.setAttribute(name, value);
  } catch {
    // InvalidCharacterError for names the parser would never produce
  }
}

/**
 * Every element in document order, by walking the tree (iteratively: mutated pages can be deep). jsdom's live
 * HTMLCollection is far slower to copy, and this runs before every mutation.
 */
export function allElements(doc: Document): Element[] {
  const out: Element[] = [];
  let el: Element | null = doc.documentElement;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) el = el.parentElement;
    el = el?.nextElementSibling ?? null;
  }
  return out;
}

/**
 * Applies the tree-level mutations to `doc`, each on the elements as they are at that point. Duplication stops
 * short of doubling the page: eight duplications of the root would make it 256 times larger (page size has its own
 * benchmark, bench/big-page.ts).
 */
export function applyTreeMutations(doc: Document, mutations: readonly TreeMutation[]): void {
  const budget = 2 * doc.getElementsByTagName('*').length;
  for (const m of mutations) {
    const elements = allElements(doc);
    const el = pick(elements, m.target);
    if (!el) return;
    switch (m.kind) {
      case 'delete':
        el.remove();
        break;
      case 'duplicate':
        // A document holds one root element; the copy must keep the page under twice its size.
        if (el.parentElement && elements.length + el.getElementsByTagName('*').length + 1 <= budget)
          el.after(el.cloneNode(true));
        break;
      case 'move': {
        const dest = pick(elements, m.to);
        if (dest && dest !== el && !el.contains(dest)) insert(dest, m.position, el);
        break;
      }
      case 'reorder': {
        const children = Array.from(el.childNodes);
        const order = children.map((node, i) => ({ node, key: m.keys[i % Math.max(m.keys.length, 1)] ?? i, i }));
        order.sort((a, b) => a.key - b.key || a.i - b.i);
        for (const { node } of order) el.appendChild(node);
        break;
      }
      case 'truncate':
        while (el.childNodes.length > m.keep) el.lastChild!.remove();
        break;
      case 'attribute':
        setAttribute(el, m.name, m.value);
        break;
      case 'style': {
        const existing = el.getAttribute('style');
        setAttribute(el, 'style', existing ? `${existing};${m.style}` : m.style);
        break;
      }
      case 'inject': {
        const node =
          m.tag === 'svg'
            ? doc.createElementNS(SVG_NS, 'svg')
            : m.tag === 'math'
              ? doc.createElementNS(MATHML_NS, 'math')
              : doc.createElement(m.tag);
        for (const [name, value] of m.attributes) setAttribute(node, name, value);
        if (m.text) node.textContent = m.text;
        insert(el, m.position, node);
        break;
      }
    }
  }
}

/** The source page with `plan` applied, as a Document loaded from `url`. */
export function mutateSnapshot(html: string, url: string, plan: MutationPlan): Document {
  const doc = parseHtml(applyTextMutations(html, plan.text), url);
  applyTreeMutations(doc, plan.tree);
  return doc;
}
