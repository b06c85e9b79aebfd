/**
 * An article body's text as one string with whitespace collapsed (a space between blocks), each character traced
 * back to the text node and offset it came from: how Verify's marks and the reader's highlights find a passage
 * in the rendered article and wrap it without rewriting the article's nodes.
 */

const BLOCKS = new Set([
  'p',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'td',
  'th',
  'pre',
  'dd',
  'dt',
  'div',
  'section',
  'article',
  'figure',
  'ul',
  'ol',
  'table',
  'tr',
]);

export interface FlatText {
  text: string;
  /** For each character: its text node and offset, or null for a space standing for a block boundary. */
  at: ({ node: Text; offset: number } | null)[];
}

function blockOf(node: Node, root: HTMLElement): Element | null {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (BLOCKS.has(el.localName)) return el;
  return null;
}

export function flattenText(root: HTMLElement): FlatText {
  let text = '';
  const at: FlatText['at'] = [];
  let lastBlock: Element | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node, root);
    if (block !== lastBlock && text && !text.endsWith(' ')) {
      text += ' ';
      at.push(null);
    }
    lastBlock = block;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const space = /\s/.test(data[i]!);
      if (space && (!text || text.endsWith(' '))) continue;
      text += space ? ' ' : data[i];
      at.push({ node, offset: i });
    }
  }
  return { text, at };
}
