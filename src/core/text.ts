import { isElement, isText, tagOf } from './dom.js';

const BREAKS_PARAGRAPH = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure',
  'figcaption', 'table', 'tr', 'section', 'article', 'header', 'footer', 'aside', 'hr', 'details', 'summary', 'main',
  'address', 'caption', 'center',
]);

/**
 * Plain text of an element with block structure kept: paragraphs separated by a blank line, `<br>` as a line
 * break, table cells separated by tabs, whitespace inside a paragraph collapsed.
 */
export function blockText(root: Element): string {
  const blocks: string[] = [];
  let line = '';
  const endBlock = () => {
    const t = line.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    if (isText(node)) {
      line += (node.data ?? '').replace(/[\s\u00a0]+/g, ' ');
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
    for (const child of Array.from(node.childNodes)) {
      walk(child);
      if ((tag === 'tr') && isElement(child) && (tagOf(child) === 'td' || tagOf(child) === 'th')) line += '\t';
    }
    if (block) endBlock();
  };
  walk(root);
  endBlock();
  return blocks.join('\n\n');
}
