import { linkTextLength, normalizeSpace } from '../dom.js';
import type { RemovalLog } from '../explain.js';
import { BUTTON_CALL } from './patterns.js';

/**
 * Lines that are only a button: "Learn more", "Book now", "Get a quote", "Enrol now" — a link or a button standing
 * on its own line with nothing but the call. Pages put them under every card and offer; read as text they are
 * noise between paragraphs. The same words inside a sentence ("…be sure to contact us today!") are the sentence's,
 * and a heading that reads "Learn more" titles a section: both stay. Run on Readability's answer, so that taking
 * the buttons out cannot change which part of the page that is.
 */

/** A call is a button when its line is all link (or a `<button>`). */
const LINK_SHARE = 0.9;
/** Whole texts longer than this are not a button's. */
const MAX_TEXT = 40;
const INLINE = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'small', 'button', 'u', 'font']);

export function removeButtonCalls(root: Element, log: RemovalLog): void {
  for (const el of Array.from(root.querySelectorAll('a, button'))) {
    if (!root.contains(el)) continue;
    const text = normalizeSpace(el.textContent);
    if (!text || text.length > MAX_TEXT || !BUTTON_CALL.test(text)) continue;
    const line = lineOf(el, root);
    // A heading that reads "Learn more" titles a section; an item of a list is a menu's entry.
    if (line.closest('h1, h2, h3, h4, h5, h6') || line.localName === 'li') continue;
    // The line must say nothing else: a call inside a sentence is part of it.
    if (normalizeSpace(line.textContent) !== text) continue;
    const isButton = el.localName === 'button' || el.getAttribute('role') === 'button';
    if (!isButton && linkTextLength(line) < text.length * LINK_SHARE) continue;
    // In a table only the button goes: taking the cell would shift the row's columns.
    const gone = /^t[dh]$/.test(line.localName) ? el : line;
    log.note(gone, 'button-call');
    gone.remove();
  }
}

/** The block the element's line is: itself or its nearest ancestor that is not inline, below the root. */
function lineOf(el: Element, root: Element): Element {
  let line = el;
  while (INLINE.has(line.localName) && line.parentElement && line.parentElement !== root) line = line.parentElement;
  return line;
}
