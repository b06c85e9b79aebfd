import { BLOCK_TAGS, isElement, isText, linkTextLength, tagOf, textLength } from './dom.js';
import type { RemovalLog } from './explain.js';
import { MAX_NESTING } from './clean/depth.js';
import { invisibleReason, isCollapsedPanel, isDisclosureLabel, NEVER_CONTENT } from './clean/hidden.js';

/** A page showing less text than this may be hidden whole until its scripts run (see loadingCover). */
const COVER_MAX_VISIBLE = 1000;
/** …when one hidden box holds at least this many times the text it shows, mostly outside links. */
const COVER_RATIO = 3;
const COVER_MAX_LINK_SHARE = 0.5;

/**
 * A block whose visible text is at most this long is short: a byline, a dateline, a caption, a widget's label. Its
 * text is kept with the index, so that metadata and cleaning read it without walking it again.
 */
const SHORT_BLOCK_MAX = 300;
/** Raw text kept per element while it may still be short: twice SHORT_BLOCK_MAX, as runs of spaces collapse later. */
const SHORT_TEXT_KEPT = 2;

/** The ways a page hides a closed panel; a panel hidden otherwise (off-screen, aria-hidden) stays out. */
const SHOWN_IF_PANEL = new Set([
  'hidden:display-none',
  'hidden:visibility-hidden',
  'hidden:zero-size',
  'hidden:hidden-attribute',
]);

/** Tags whose visible elements are listed while indexing, so no selector query has to scan the page again. */
const COLLECTED = new Set([
  'div',
  'h1',
  'h2',
  'h3',
  'time',
  'img',
  'a',
  'figure',
  'form',
  'ul',
  'ol',
  'aside',
  'nav',
  'footer',
  'header',
  'section',
  'table',
]);

/** An element whose whole visible text is short, with that text (whitespace collapsed) and its position. */
export interface ShortBlock {
  el: Element;
  text: string;
  order: number;
}

/**
 * What one read-only walk over the captured page learns: which elements are visible, the text of every short
 * block, and how much text (and link text) each element holds. The core decides everything from this index and
 * the page itself, then writes a clean copy once — reading a DOM is cheap, changing one is not, and the page
 * passed in must never change.
 */
export class PageIndex {
  /** Visible elements under the root (the root excluded). */
  readonly visible = new Set<Element>();
  /** The same, in document order. */
  readonly ordered: Element[] = [];
  /** Visible text length of each visible element. */
  readonly textLength = new Map<Element, number>();
  /** Text length inside links, per visible element. */
  readonly linkTextLength = new Map<Element, number>();
  /** Visible elements with a block-level element somewhere inside. */
  readonly containsBlock = new Set<Element>();
  /** Visible elements that are or hold an image. */
  readonly containsImage = new Set<Element>();
  /** Visible elements of the kinds metadata and cleaning look for, in document order (see COLLECTED). */
  readonly collected = new Map<string, Element[]>();
  /** Visible elements carrying `itemprop`, `rel` or `datetime`, in document order. */
  readonly marked: Element[] = [];
  /** Short blocks in document order. */
  readonly blocks: ShortBlock[] = [];
  /** Hidden elements whose subtrees were skipped (what `--explain` counts when a page gives no article). */
  readonly hiddenRoots: Element[] = [];
  private readonly order = new Map<Element, number>();
  /** A hidden box shown all the same: the page's loading cover (see loadingCover). */
  private revealed: Element | null = null;
  private readonly shortText = new Map<Element, string>();

  constructor(
    readonly root: Element,
    log: RemovalLog,
    /** Elements the archive itself put inside the page: walked through, never shown (wrappers of inlined frames). */
    isWrapper: (el: Element) => boolean = () => false,
    /** The archive's own toolbar and banners inside the page (`Snapshot.isChrome`): skipped like hidden elements. */
    isChrome: (el: Element) => boolean = () => false,
    readonly maxShort = SHORT_BLOCK_MAX,
  ) {
    const logged = log.entries.length;
    this.build(log, isWrapper, isChrome);
    const cover = this.loadingCover();
    if (!cover) return;
    // Index again with the cover shown, so positions stay in document order.
    log.entries.length = logged;
    const stores = [
      this.visible,
      this.textLength,
      this.linkTextLength,
      this.containsBlock,
      this.containsImage,
      this.collected,
      this.order,
      this.shortText,
    ];
    for (const store of stores) store.clear();
    for (const list of [this.ordered, this.marked, this.blocks, this.hiddenRoots]) list.length = 0;
    this.revealed = cover;
    log.note(cover, 'hidden:loading-cover-shown');
    this.build(log, isWrapper, isChrome);
  }

  /** Visible elements with this tag name, in document order. */
  all(tag: string): readonly Element[] {
    return this.collected.get(tag) ?? [];
  }

  /** Visible elements whose `itemprop`/`rel` attribute holds `word`, in document order. */
  withAttributeWord(attribute: 'itemprop' | 'rel', word: string): Element[] {
    return this.marked.filter((el) => (el.getAttribute(attribute) ?? '').split(/\s+/).includes(word));
  }

  /** Short blocks around an element: `before` blocks ahead of it and `after` blocks following it. */
  blocksAround(el: Element | null, before: number, after: number): ShortBlock[] {
    if (!el) return this.blocks.slice(0, after);
    const at = this.positionOf(el);
    let i = this.blocks.findIndex((b) => b.order > at);
    if (i < 0) i = this.blocks.length;
    return this.blocks
      .slice(Math.max(0, i - before), i + after)
      .filter((b) => !b.el.contains(el) && !el.contains(b.el));
  }

  isVisible(el: Element): boolean {
    return this.visible.has(el);
  }

  /** Collapsed, trimmed text of a visible element whose text is short; null for long or hidden elements. */
  textOf(el: Element): string | null {
    return this.shortText.get(el) ?? null;
  }

  positionOf(el: Element): number {
    return this.order.get(el) ?? -1;
  }

  /** Share of an element's text that sits inside links (0…1). */
  linkDensity(el: Element): number {
    const total = this.textLength.get(el) ?? 0;
    return total ? Math.min(1, (this.linkTextLength.get(el) ?? 0) / total) : 0;
  }

  /**
   * A page hidden whole until its scripts reveal it: an anti-flicker or loading cover (`visibility:hidden`, the
   * `hidden` attribute or `display:none` on the box that holds the article). A renderer or reader without scripts
   * sees it still hidden; nobody who loads the page does. Found only on a page that shows almost no text, so an
   * ordinary page never pays for it: the hidden box with the most text, when it holds several times what the page
   * shows and is not a menu.
   */
  private loadingCover(): Element | null {
    const shown = this.textLength.get(this.root) ?? 0;
    if (shown >= COVER_MAX_VISIBLE || !this.hiddenRoots.length) return null;
    let best: Element | null = null;
    let most = 0;
    for (const el of this.hiddenRoots) {
      const chars = textLength(el);
      if (chars > most) [best, most] = [el, chars];
    }
    if (!best || most < COVER_RATIO * Math.max(shown, 1)) return null;
    return linkTextLength(best) / most < COVER_MAX_LINK_SHARE ? best : null;
  }

  private build(log: RemovalLog, isWrapper: (el: Element) => boolean, isChrome: (el: Element) => boolean): void {
    const walk: IndexWalk = { order: 0, limit: this.maxShort * SHORT_TEXT_KEPT, log, isWrapper, isChrome };
    // Iterative post-order walk: texts of children are combined into their parent's on the way back up.
    const frames: Frame[] = [
      { el: this.root, child: this.root.firstChild, text: '', length: 0, links: 0, inLink: false, depth: 0 },
    ];
    while (frames.length) {
      const f = frames[frames.length - 1]!;
      const node = f.child;
      if (node) {
        f.child = node.nextSibling;
        if (isText(node)) addText(f, node, walk.limit);
        else if (isElement(node)) {
          const entered = this.enter(node, f, walk);
          if (entered) frames.push(entered);
        }
        continue;
      }
      frames.pop();
      this.finish(f, frames[frames.length - 1], walk.limit);
    }
    this.blocks.sort((a, b) => a.order - b.order);
  }

  /** Indexes an element met under `parent`: its frame to walk, or null when it is left out with its subtree. */
  private enter(node: Element, parent: Frame, walk: IndexWalk): Frame | null {
    const tag = tagOf(node);
    // Markup nested deeper than any browser builds is left out, so that no later step walks that deep.
    // A button is never content, except the label of a disclosure (an FAQ's question), which is then judged as
    // any element: the archive's chrome or hidden stays out.
    const neverContent = NEVER_CONTENT.has(tag) && !(tag === 'button' && isDisclosureLabel(node));
    const reason = neverContent
      ? 'not-content'
      : walk.isChrome(node)
        ? 'archive-chrome'
        : parent.depth > MAX_NESTING
          ? 'too-deep'
          : invisibleReason(node);
    if (reason && node !== this.revealed) {
      if (SHOWN_IF_PANEL.has(reason) && isCollapsedPanel(node)) walk.log.note(node, 'hidden:collapsed-panel-shown');
      else {
        walk.log.note(node, reason);
        if (reason.startsWith('hidden:')) this.hiddenRoots.push(node);
        return null;
      }
    }
    if (!walk.isWrapper(node)) this.addVisible(node, tag, walk.order++);
    if (tag === 'img' || tag === 'picture') this.containsImage.add(node);
    const branches = parent.el.firstChild !== parent.el.lastChild;
    return {
      el: node,
      child: node.firstChild,
      text: tag === 'br' ? ' ' : '',
      length: 0,
      links: 0,
      inLink: parent.inLink || tag === 'a',
      depth: parent.depth + (branches ? 1 : 0),
    };
  }

  private addVisible(node: Element, tag: string, order: number): void {
    this.visible.add(node);
    this.ordered.push(node);
    this.order.set(node, order);
    if (COLLECTED.has(tag)) {
      const list = this.collected.get(tag);
      if (list) list.push(node);
      else this.collected.set(tag, [node]);
    }
    if (node.hasAttribute('itemprop') || node.hasAttribute('rel') || node.hasAttribute('datetime'))
      this.marked.push(node);
  }

  /** Records an element walked to its end, and adds its text and what it holds to its parent's frame. */
  private finish(f: Frame, parent: Frame | undefined, limit: number): void {
    const el = f.el;
    this.textLength.set(el, f.length);
    this.linkTextLength.set(el, f.links);
    let text = f.text === null ? null : f.text.replace(/ {2,}/g, ' ');
    if (text !== null) {
      const trimmed = text.trim();
      if (trimmed.length > this.maxShort) text = null;
      else if (el !== this.root && this.visible.has(el)) {
        this.shortText.set(el, trimmed);
        this.blocks.push({ el, text: trimmed, order: this.order.get(el)! });
      }
    }
    if (!parent) return;
    if (this.containsBlock.has(el) || BLOCK_TAGS.has(tagOf(el))) this.containsBlock.add(parent.el);
    if (this.containsImage.has(el)) this.containsImage.add(parent.el);
    parent.length += f.length;
    parent.links += f.links;
    if (parent.text !== null)
      parent.text = text === null || parent.text.length + text.length > limit ? null : parent.text + text;
  }
}

/** One element being walked by PageIndex.build: what its children added so far. */
interface Frame {
  el: Element;
  child: Node | null;
  /** Its text so far, whitespace collapsed; null once longer than a short block may be. */
  text: string | null;
  length: number;
  links: number;
  inLink: boolean;
  /** Nesting that counts: levels with more than one child, not a chain of single wrappers. */
  depth: number;
}

/** What one walk of PageIndex.build carries from element to element. */
interface IndexWalk {
  /** The next visible element's position. */
  order: number;
  /** Text kept per frame while it may still be a short block. */
  limit: number;
  log: RemovalLog;
  isWrapper: (el: Element) => boolean;
  isChrome: (el: Element) => boolean;
}

function addText(f: Frame, node: Text, limit: number): void {
  const t = node.data.replace(/[\s\u00a0]+/g, ' ');
  const len = t.trim().length;
  f.length += len;
  if (f.inLink) f.links += len;
  if (f.text !== null) f.text = f.text.length + t.length > limit ? null : f.text + t;
}
