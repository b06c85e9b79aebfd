import { LANGUAGE_TAG } from './article-parts.js';
import { escapeXml } from './escape.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function serialize(node: Node, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push(escapeXml(node.nodeValue ?? ''));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return; // comments and processing instructions carry nothing a reader needs
  const el = node as Element;
  const tag = el.localName;
  out.push(`<${tag}`);
  for (const attr of el.attributes) {
    if (XML_NAME.test(attr.name)) out.push(` ${attr.name}="${escapeXml(attr.value)}"`);
  }
  if (VOID_ELEMENTS.has(tag)) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of el.childNodes) serialize(child, out);
  out.push(`</${tag}>`);
}

/**
 * The children of `node` as well-formed XHTML: every element closed, void elements self-closed, text and
 * attributes escaped with the XML entities only (no HTML named entities), characters XML cannot carry dropped.
 * Written by hand rather than with XMLSerializer so browsers and jsdom give the same bytes.
 */
export function childrenToXhtml(node: Node): string {
  const out: string[] = [];
  for (const child of node.childNodes) serialize(child, out);
  return out.join('');
}

/** Elements whose content must be phrasing (inline) content only. */
const PHRASING_ONLY = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'mark',
  'small',
  'q',
  'cite',
  'abbr',
  'time',
  'code',
]);
/** Elements that are flow (block) content and may not appear inside PHRASING_ONLY elements. */
const FLOW_ONLY = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'div',
  'section',
  'article',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'hr',
  'details',
  'summary',
]);
const KEPT_ON_RENAME = ['id', 'lang', 'dir', 'title'];

function rename(el: Element, tag: string): Element {
  const replacement = el.ownerDocument.createElement(tag);
  for (const name of KEPT_ON_RENAME) {
    const value = el.getAttribute(name);
    if (value !== null) replacement.setAttribute(name, value);
  }
  replacement.append(...el.childNodes);
  el.replaceWith(replacement);
  return replacement;
}

function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}

function isBlankText(node: Node): boolean {
  return node.nodeType === TEXT_NODE && !(node.nodeValue ?? '').trim();
}

/** `<ul>` and `<ol>` may only hold `<li>`: stray runs of other content get an item of their own. */
function wrapStrayListContent(list: Element): void {
  let run: Node[] = [];
  const flush = (before: Node | null): void => {
    if (run.some((node) => !isBlankText(node))) {
      const li = list.ownerDocument.createElement('li');
      li.append(...run);
      list.insertBefore(li, before);
    }
    run = [];
  };
  for (const child of [...list.childNodes]) {
    if (child.nodeType === ELEMENT_NODE && (child as Element).localName === 'li') flush(child);
    else run.push(child);
  }
  flush(null);
}

const ATTRIBUTE_RULES: Record<string, RegExp> = {
  lang: LANGUAGE_TAG,
  dir: /^(?:ltr|rtl|auto)$/,
  width: /^\d+$/,
  height: /^\d+$/,
  colspan: /^[1-9]\d*$/,
  rowspan: /^\d+$/,
  start: /^-?\d+$/,
  scope: /^(?:row|col|rowgroup|colgroup)$/,
  datetime: /^\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
  id: /^\S+$/,
};

function conformAttributes(body: HTMLElement): void {
  const seenIds = new Set<string>();
  for (const el of body.querySelectorAll('*')) {
    for (const [name, rule] of Object.entries(ATTRIBUTE_RULES)) {
      const value = el.getAttribute(name);
      if (value !== null && !rule.test(value.trim())) el.removeAttribute(name);
    }
    const id = el.getAttribute('id');
    if (id !== null) {
      if (seenIds.has(id)) el.removeAttribute('id');
      else seenIds.add(id);
    }
    if (el.localName === 'img' && !el.hasAttribute('alt')) el.setAttribute('alt', '');
  }
}

const inList = (parent: Element | null): boolean => parent?.localName === 'ul' || parent?.localName === 'ol';
const inDefinitionList = (parent: Element | null): boolean =>
  parent?.localName === 'dl' || (parent?.localName === 'div' && parent.parentElement?.localName === 'dl');
/** Where list, definition and caption items may stand. */
const HOMES: Record<string, (parent: Element | null) => boolean> = {
  li: inList,
  dt: inDefinitionList,
  dd: inDefinitionList,
  figcaption: (parent) => parent?.localName === 'figure',
};

/**
 * Rewrites a sanitised body so it also satisfies HTML5's content models, which XHTML validators (epubcheck)
 * enforce while browsers forgive them: no block inside inline content, list and definition items only in
 * their lists, figure captions at a figure's edge, attribute values of the right form. Text is never lost;
 * only the elements around it change.
 */
export function conformToContentModels(body: HTMLElement): void {
  conformAttributes(body);
  for (const el of [...body.querySelectorAll('picture')]) unwrap(el);
  // A <time> without a machine-readable datetime must itself read as one; article text rarely does.
  for (const el of [...body.querySelectorAll('time:not([datetime])')]) unwrap(el);
  // Interactive widgets render unevenly on e-readers; their content reads fine as plain blocks.
  for (const el of [...body.querySelectorAll('details, summary')]) rename(el, 'div');
  for (const dl of [...body.querySelectorAll('dl')]) {
    const valid = [...dl.childNodes].every((child) =>
      child.nodeType === ELEMENT_NODE ? ['dt', 'dd', 'div'].includes((child as Element).localName) : isBlankText(child),
    );
    if (!valid) rename(dl, 'div');
  }
  for (const list of body.querySelectorAll('ul, ol')) wrapStrayListContent(list);
  for (const el of [...body.querySelectorAll(Object.keys(HOMES).join(', '))]) {
    if (!HOMES[el.localName]?.(el.parentElement)) rename(el, 'div');
  }
  for (const figure of body.querySelectorAll('figure')) {
    const captions = [...figure.children].filter((child) => child.localName === 'figcaption');
    captions.slice(1).forEach((extra) => rename(extra, 'div'));
    const caption = captions[0];
    if (caption && caption !== figure.firstElementChild && caption !== figure.lastElementChild) figure.append(caption);
  }
  // Top-down: once an element becomes a span, everything inside it is checked against the same rule.
  for (const el of [...body.querySelectorAll('*')]) {
    if (!FLOW_ONLY.has(el.localName)) continue;
    let ancestor = el.parentElement;
    while (ancestor && ancestor !== body && !PHRASING_ONLY.has(ancestor.localName)) ancestor = ancestor.parentElement;
    if (!ancestor || ancestor === body) continue;
    if (el.localName === 'hr') el.remove();
    else rename(el, 'span');
  }
}
