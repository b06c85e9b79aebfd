import { innermostForward, normalizeSpace } from '../dom.js';
import type { RemovalLog } from '../explain.js';

/**
 * The credit lines a page prints between its headline and its text that the metadata step did not take as the
 * byline or the date: "Updated on November 18, 2025", "Written by …", "Reviewed by …", and what is left of a byline
 * whose names the capture lost ("By", ", and"). The reader shows the byline and the date in its header; in the
 * text they are noise before the first sentence. Only lines before the first paragraph of running text are read,
 * so a sentence that starts "Updated on" further down stays. Run on Readability's answer.
 */

/** "Updated on November 18, 2025", "Last updated: April 21, 2025", "Published 3 days ago". */
const DATE_LINE =
  /^(last |first )?(updated|published|posted|modified|revised)( on| at)?:?\s+(?=.{0,40}$)(.*\b(19|20)\d\d\b|.*\b\d{1,2}[/.-]\d{1,2}\b|.*\bago\b)/i;
/** "Written by AAA Travel Editor", "Medically reviewed by …", "Fact-checked by …". */
const CREDIT_LINE =
  /^(written|reviewed|medically reviewed|edited|fact[- ]checked|produced|researched)( and (edited|reviewed|fact[- ]checked))? by:?\s*\S.{0,60}$/i;
/** The connecting words of a byline whose names are gone. */
const BYLINE_SKELETON = /^(by|and|[,;&·|]+( and)?|(written|reviewed|edited|fact[- ]checked) by):?$/i;

/** A paragraph of running text ends the lines read… */
const RUNNING_TEXT = 100;
/** …and so does this many lines without one. */
const MAX_LINES = 12;
const LINES = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'div']);

export function removeLeadingCredits(root: Element, log: RemovalLog): void {
  let lines = 0;
  const removed: Element[] = [];
  for (const el of innermostForward(root, LINES)) {
    const text = normalizeSpace(el.textContent);
    if (!text) continue;
    if (text.length >= RUNNING_TEXT || ++lines > MAX_LINES) break;
    if (DATE_LINE.test(text) || CREDIT_LINE.test(text) || BYLINE_SKELETON.test(text)) removed.push(el);
  }
  // Removed after the walk, which must not lose its place.
  for (const el of removed) {
    log.note(el, 'leading-credit');
    el.remove();
  }
}
