import type { Article } from '../article.js';
import { articleBody, headerFacts, headerLine } from './article-parts.js';
import type { DomWindow } from './sanitize.js';
import { sourceLine } from './source-line.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content stands apart from the text around it. */
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'div',
  'section',
  'article',
  'aside',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'li',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'hr',
]);

interface Block {
  text: string;
  /** Blocks of one list or table share a group and are joined by a single line break. */
  group: number | null;
}

class TextBuilder {
  readonly blocks: Block[] = [];
  private buffer = '';
  private groups = 0;
  /** Left margin of the current list item's lines (marker width included). */
  indent = '';
  /** The marker ("- ", "2. ") the item's first block starts with, in place of the margin's last spaces. */
  marker: string | null = null;
  group: number | null = null;

  append(text: string): void {
    this.buffer += text;
  }

  flush(): void {
    const text = this.buffer
      .replace(/[\t\n\f\r ]+/g, ' ')
      .replace(/ ?\u2028 ?/g, '\n')
      .trim();
    this.buffer = '';
    if (!text) return;
    const lead = this.marker === null ? this.indent : this.indent.slice(0, -this.marker.length) + this.marker;
    this.marker = null;
    this.blocks.push({ text: lead + text.split('\n').join('\n' + this.indent), group: this.group });
  }

  /** Runs `body` as one list or table: its blocks are joined tightly, nested lists keep the outer group. */
  grouped(body: () => void): void {
    const outer = this.group;
    this.group ??= ++this.groups;
    body();
    this.group = outer;
  }

  toString(): string {
    return this.blocks
      .map((block, i) => {
        const previous = this.blocks[i - 1];
        if (!previous) return block.text;
        const tight = block.group !== null && block.group === previous.group;
        return (tight ? '\n' : '\n\n') + block.text;
      })
      .join('');
  }
}

function hasImage(el: Element): boolean {
  return el.querySelector('img') !== null;
}

function walkChildren(node: Node, out: TextBuilder): void {
  for (const child of node.childNodes) walk(child, out);
}

function walkList(list: Element, out: TextBuilder): void {
  const ordered = list.localName === 'ol';
  let n = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  if (!Number.isFinite(n)) n = 1;
  out.flush();
  const outer = out.indent;
  out.grouped(() => {
    for (const child of list.children) {
      if (child.localName !== 'li') {
        walk(child, out);
        continue;
      }
      const marker = ordered ? `${n++}. ` : '- ';
      out.indent = outer + ' '.repeat(marker.length);
      out.marker = marker;
      walkChildren(child, out);
      out.flush();
      out.indent = outer;
    }
  });
}

function walkTable(table: Element, out: TextBuilder): void {
  out.flush();
  const caption = table.querySelector('caption');
  if (caption) {
    out.append(caption.textContent ?? '');
    out.flush();
  }
  out.grouped(() => {
    for (const row of table.querySelectorAll('tr')) {
      if (row.closest('table') !== table) continue;
      const cells = [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
      out.append(cells.join(' | '));
      out.flush();
    }
  });
}

function walk(node: Node, out: TextBuilder): void {
  if (node.nodeType === TEXT_NODE) {
    out.append(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  const tag = el.localName;
  switch (tag) {
    case 'br':
      out.append('\u2028'); // survives whitespace collapsing, becomes a line break
      return;
    case 'img':
    case 'picture':
    case 'hr':
      return;
    case 'figcaption':
      // A caption describes the image it sits under; without the image it reads as a stray sentence.
      if (el.parentElement && hasImage(el.parentElement)) return;
      break;
    case 'ul':
    case 'ol':
      walkList(el, out);
      return;
    case 'table':
      walkTable(el, out);
      return;
    case 'pre':
      out.flush();
      out.blocks.push({ text: (el.textContent ?? '').replace(/\n$/, ''), group: out.group });
      return;
  }
  if (BLOCKS.has(tag)) {
    out.flush();
    walkChildren(el, out);
    out.flush();
  } else {
    walkChildren(el, out);
  }
}

export interface TextOptions {
  /** Start with the title and a "By … · publisher · date" line (default true). */
  header?: boolean;
  /** Append the source line (title, publisher, date, original URL, archived copy). */
  sourceLine?: boolean;
}

/**
 * The article as plain text: paragraphs separated by blank lines, headings on their own lines, list items
 * prefixed "- " (or "1. " in numbered lists), no images. Rendered from `contentHtml` so structure survives.
 */
export function articleToText(article: Article, win: DomWindow, opts: TextOptions = {}): string {
  const out = new TextBuilder();
  if (opts.header ?? true) {
    const facts = headerFacts(article);
    out.blocks.push({ text: facts.title, group: null });
    const line = headerLine(facts);
    if (line) out.blocks.push({ text: line, group: null });
  }
  walk(articleBody(article, win), out);
  out.flush();
  if (opts.sourceLine) out.blocks.push({ text: sourceLine(article, 'text'), group: null });
  return `${out.toString()}\n`;
}
