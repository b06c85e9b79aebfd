import { isElement, isText, tagOf } from './dom.js';

const BREAKS_PARAGRAPH = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'table',
  'tr',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'hr',
  'details',
  'summary',
  'main',
  'address',
  'caption',
  'center',
]);

/**
 * Plain text of an element with block structure kept: paragraphs separated by a blank line, `<br>` as a line
 * break, table cells separated by tabs, ordered lists numbered, whitespace inside a paragraph collapsed.
 */
export function blockText(root: Element): string {
  const blocks: string[] = [];
  let line = '';
  let marker = '';
  const endBlock = () => {
    const t = line
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    if (isText(node)) {
      const data = (node.data ?? '').replace(/[\s\u00a0]+/g, ' ');
      if (marker && data.trim()) {
        line += marker;
        marker = '';
      }
      line += data;
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (tag === 'br') {
      line += '\n';
      return;
    }
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    const block = BREAKS_PARAGRAPH.has(tag);
    if (block) endBlock();
    // An ordered list's numbers are part of its text, as the page shows them ("1. Preheat the oven").
    const start = Number.parseInt(node.getAttribute('start') ?? '', 10);
    let number = tag === 'ol' ? (Number.isFinite(start) ? start : 1) : null;
    for (const child of Array.from(node.childNodes)) {
      const item = number !== null && isElement(child) && tagOf(child) === 'li';
      if (item) {
        const value = Number.parseInt(child.getAttribute('value') ?? '', 10);
        if (Number.isFinite(value)) number = value;
        marker = `${number!++}. `; // written before the item's first text
      }
      walk(child);
      if (item) marker = '';
      if (tag === 'tr' && isElement(child) && (tagOf(child) === 'td' || tagOf(child) === 'th')) line += '\t';
    }
    if (block) endBlock();
  };
  walk(root);
  endBlock();
  return blocks.join('\n\n');
}
