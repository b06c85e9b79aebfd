import {
  elementsForward,
  isElement,
  isText,
  linkTextLength,
  normalizeSpace,
  tagOf,
  textLength,
  unwrap,
  walkElements,
  wordCount,
} from './dom.js';
import type { PageMetadata } from './metadata/index.js';
import { blockText } from './text.js';

export interface FinishedContent {
  html: string;
  text: string;
  wordCount: number;
  root: Element;
  /** True when some block reads as running text (not a menu, a list of links or a bare caption). */
  hasProse: boolean;
  /** Share of the text that sits in links. */
  linkDensity: number;
}

/** Attributes worth keeping in the clean article; everything else is presentation or tracking. */
const KEEP_ATTRIBUTES = new Set([
  'href',
  'src',
  'alt',
  'title',
  'datetime',
  'colspan',
  'rowspan',
  'scope',
  'lang',
  'dir',
  'cite',
  'start',
  'reversed',
  'type',
  'width',
  'height',
]);

/**
 * Readability's output, tidied: its page wrapper unwrapped, the headline it may have left removed, empty
 * elements and presentation attributes dropped.
 */
export function finishContent(root: Element, meta: PageMetadata): FinishedContent {
  const page = root.querySelector(':scope > div#readability-page-1');
  if (page) unwrap(page);

  const title = normalizeSpace(meta.pageTitle ?? meta.title).toLowerCase();
  for (const h of Array.from(root.querySelectorAll('h1, h2'))) {
    if (title && normalizeSpace(h.textContent).toLowerCase() === title) h.remove();
  }
  walkElements(root, (el) => {
    for (const name of el.getAttributeNames()) if (!KEEP_ATTRIBUTES.has(name)) el.removeAttribute(name);
  });
  removeEmpty(root);
  const text = blockText(root);
  const total = textLength(root);
  const linkDensity = total ? linkTextLength(root) / total : 0;
  return { html: root.innerHTML.trim(), text, wordCount: wordCount(text), root, hasProse: hasProse(root), linkDensity };
}

const PROSE_BLOCKS = new Set(['p', 'li', 'blockquote', 'td', 'dd', 'pre', 'figcaption', 'div', 'h2', 'h3']);

/** A paragraph-like block of 80 characters or more, mostly outside links. */
function hasProse(root: Element): boolean {
  for (const el of elementsForward(root)) {
    if (!PROSE_BLOCKS.has(tagOf(el))) continue;
    const len = textLength(el);
    if (len < 80) continue;
    if (linkTextLength(el) / len < 0.5) return true;
  }
  return false;
}

const VOID_OR_MEDIA = new Set(['img', 'br', 'hr', 'picture', 'video', 'audio', 'iframe', 'svg', 'source', 'td', 'th']);

function removeEmpty(root: Element): void {
  const all: Element[] = [];
  walkElements(root, (el) => {
    all.push(el);
  });
  // Whether each element holds any text, found from the inside out: one pass, where asking every element for its
  // textContent reads the text of a deep article once per ancestor. Removing empty elements changes no answer.
  const withText = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if (holdsText(el, withText)) {
      withText.add(el);
      continue;
    }
    if (VOID_OR_MEDIA.has(tagOf(el))) continue;
    if (el.querySelector('img, picture, video, audio, iframe, svg, hr')) continue;
    if (isElement(el.parentElement) && tagOf(el) === 'a' && el.querySelector('img')) continue;
    el.remove();
  }
}

/** A text node of its own that is not only space, or a child element already found to hold text. */
function holdsText(el: Element, withText: ReadonlySet<Element>): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (isText(node) ? normalizeSpace(node.data) !== '' : isElement(node) && withText.has(node)) return true;
  }
  return false;
}
