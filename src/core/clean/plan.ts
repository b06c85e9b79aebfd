import { inlineStyle, isElement, isText, tagOf } from '../dom.js';
import type { RemovalLog } from '../explain.js';
import type { PageIndex } from '../page-index.js';

/** A part of a `<div>` that mixes blocks and loose text: its nodes, and whether they are written as a paragraph. */
export interface Run {
  nodes: Node[];
  paragraph: boolean;
}

/** An image box written as a figure: the image, and the nodes that become its caption. */
export interface FigureParts {
  image: Element;
  caption: Node[];
}

/** Inline elements: a `<div>` holding only these (and text) is a paragraph. */
const PHRASING = new Set([
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'abbr',
  'cite',
  'q',
  'time',
  'code',
  'br',
  'font',
  'del',
  'ins',
  'kbd',
  'var',
  'dfn',
  'bdi',
  'bdo',
  'wbr',
  'label',
  'img',
  'picture',
  'data',
  'samp',
  'tt',
  'strike',
  'big',
  'nobr',
]);

/**
 * An autonomous custom element (its name has a hyphen, which no standard element's does) laid out inline: the
 * browser's default for an element it does not know, unless the style archive.today wrote says otherwise.
 */
function isInlineCustomElement(el: Element, tag: string): boolean {
  if (!tag.includes('-')) return false;
  const display = inlineStyle(el).get('display');
  return !display || display.startsWith('inline');
}

/**
 * Every decision the cleaning steps take about the captured page, made before a line of the clean copy is written:
 * what is left out and why, which wrappers are walked through, which `<div>`s become paragraphs or figures. The
 * page itself is never changed; `serialize.ts` writes the copy from the page and this plan. Each decision is
 * reported to the log with its step's name, which is what `--explain` prints.
 */
export class CleanPlan {
  /** Elements left out with everything inside, and the rule that left each out. */
  readonly skip = new Map<Element, string>();
  /** Elements written as their content alone. */
  readonly unwrap = new Set<Element>();
  /** Elements written under another tag name (a `<div>` of running text as `<p>`). */
  readonly retag = new Map<Element, string>();
  /** `<div>`s mixing blocks and loose text, written run by run. */
  readonly runs = new Map<Element, Run[]>();
  /** Forms of fields to fill in, marked in the copy and taken out of Readability's answer (input-forms.ts). */
  readonly inputForms = new Set<Element>();
  /** Image boxes written as `<figure>` with a `<figcaption>`. */
  readonly figures = new Map<Element, FigureParts>();

  constructor(
    readonly index: PageIndex,
    readonly log: RemovalLog,
    /** Elements the archive put inside the page (wrappers of inlined frames): walked through, never written. */
    readonly isWrapper: (el: Element) => boolean,
  ) {}

  /** Leave an element out, with the rule that decided it. The first rule to decide wins. */
  leaveOut(el: Element, rule: string): void {
    if (this.skip.has(el)) return;
    this.skip.set(el, rule);
    this.log.note(el, rule);
  }

  /** True when the element, or one of its ancestors below the root, is left out. */
  isLeftOut(el: Element): boolean {
    for (let cur: Element | null = el; cur && cur !== this.index.root; cur = cur.parentElement)
      if (this.skip.has(cur)) return true;
    return false;
  }

  /** A node the copy shows: text, a visible element that no rule left out, or an archive wrapper. */
  shows(node: Node): boolean {
    if (isText(node)) return true;
    if (!isElement(node) || this.skip.has(node)) return false;
    return this.isWrapper(node) || this.index.isVisible(node);
  }

  shownChildren(el: Element): Node[] {
    const kids: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) if (this.shows(c)) kids.push(c);
    return kids;
  }

  /** Inline content: text, or an inline element with no block inside. */
  isPhrasing(node: Node): boolean {
    if (isText(node)) return true;
    if (!isElement(node) || this.isWrapper(node) || this.index.containsBlock.has(node)) return false;
    const tag = tagOf(node);
    return PHRASING.has(tag) || tag === 'button' || this.isInlineCustomText(node, tag);
  }

  /**
   * The tag `el` is written under. A custom element (`<prism-button>`, `<x-text>`) means nothing once its scripts
   * are gone, and browsers lay out an unknown element inline: holding no block, it is written as the `<span>` it
   * renders as, so that neither Readability (which weighs a box by the text in known text tags) nor a reader sees
   * a box with no text where the page showed a line.
   */
  writtenTag(el: Element): string {
    const tag = this.retag.get(el) ?? tagOf(el);
    // The one kind of button the index shows is a disclosure's label (clean/hidden.ts): its words, not a control.
    if (tag === 'button') return this.index.containsBlock.has(el) ? 'div' : 'span';
    return !this.index.containsBlock.has(el) && this.isInlineCustomText(el, tag) ? 'span' : tag;
  }

  /** A custom element laid out inline that shows text (an empty one is left as it is: it changes no box's text). */
  private isInlineCustomText(el: Element, tag: string): boolean {
    return isInlineCustomElement(el, tag) && (this.index.textLength.get(el) ?? 0) > 0;
  }

  /** Some of the nodes carry visible text. */
  hasText(nodes: Node[]): boolean {
    return nodes.some((n) => (isText(n) ? /\S/.test(n.data) : (this.index.textLength.get(n as Element) ?? 0) > 0));
  }

  /**
   * Elements the copy will write as themselves (not left out, not walked through), in document order. A walk down
   * the shown tree, so it costs one pass however deep the page nests.
   */
  *writtenElements(tag?: string): Generator<Element> {
    const stack: Node[] = this.shownChildren(this.index.root).reverse();
    while (stack.length) {
      const node = stack.pop()!;
      if (!isElement(node)) continue;
      if (!this.unwrap.has(node) && !this.isWrapper(node) && (!tag || tagOf(node) === tag)) yield node;
      const kids = this.shownChildren(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
}
