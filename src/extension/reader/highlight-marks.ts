/**
 * The reader's highlights in the rendered article: what passage a selection covers (its words and which
 * occurrence of them), and a `<mark class="ar-highlight">` around every highlighted passage. The article's nodes
 * are only split and wrapped, never rewritten, so reading aloud, Verify's marks and printing are unaffected.
 */
import type { Highlight } from '../../article.js';
import { flattenText, type FlatText } from '../shared/flat-text.js';

/** A passage of the article: its words (whitespace collapsed) and which occurrence of them (0 = the first). */
export interface Passage {
  text: string;
  occurrence: number;
}

/** Start of the `occurrence`-th `needle` in `hay`, or -1. */
function nth(hay: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** How many times `needle` starts in `hay` before `before`. */
function countBefore(hay: string, needle: string, before: number): number {
  let count = 0;
  for (let at = hay.indexOf(needle); at >= 0 && at < before; at = hay.indexOf(needle, at + 1)) count++;
  return count;
}

/** Whether the character at `place` lies inside `range` (a range boundary can sit in a text node or an element). */
function inRange(range: Range, place: { node: Text; offset: number }, intersects: Map<Text, boolean>): boolean {
  const { node, offset } = place;
  if (node === range.startContainer && offset < range.startOffset) return false;
  if (node === range.endContainer && offset >= range.endOffset) return false;
  let hit = intersects.get(node);
  if (hit === undefined) intersects.set(node, (hit = range.intersectsNode(node)));
  return hit;
}

/** The passage of `body` the page's selection covers (only its part inside the body), or null. */
export function selectedPassage(body: HTMLElement): Passage | null {
  const selection = body.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(body)) return null;
  const flat = flattenText(body);
  const intersects = new Map<Text, boolean>();
  let first = -1;
  let last = -1;
  flat.at.forEach((place, i) => {
    if (!place || !inRange(range, place, intersects)) return;
    if (first < 0) first = i;
    last = i;
  });
  if (first < 0) return null;
  const raw = flat.text.slice(first, last + 1);
  const text = raw.trim();
  if (!text) return null;
  const start = first + (raw.length - raw.trimStart().length);
  return { text, occurrence: countBefore(flat.text, text, start) };
}

/** Wraps [start, end) of the flat text, one `<mark>` per text node it crosses, each with its flat start position. */
function wrap(flat: FlatText, start: number, end: number, document: Document): { start: number; mark: HTMLElement }[] {
  const runs: { node: Text; from: number; to: number; start: number }[] = [];
  for (let i = start; i < end; i++) {
    const place = flat.at[i];
    if (!place) continue;
    const run = runs[runs.length - 1];
    if (run && run.node === place.node) run.to = place.offset + 1;
    else runs.push({ node: place.node, from: place.offset, to: place.offset + 1, start: i });
  }
  // Each run is in a text node of its own; splitting one leaves the others' offsets as they were.
  return runs.map(({ node, from, to, start: position }) => {
    const middle = node.splitText(from);
    middle.splitText(to - from);
    const mark = document.createElement('mark');
    mark.className = 'ar-highlight';
    middle.replaceWith(mark);
    mark.append(middle);
    return { start: position, mark };
  });
}

/**
 * Marks every highlight `body` holds (earlier marks are removed first). Overlapping highlights share their marks.
 * Returns, per highlight index, its first mark (for "Show in the article"); a highlight not found has none.
 */
export function markHighlights(body: HTMLElement, highlights: readonly Highlight[]): Map<number, HTMLElement> {
  clearHighlightMarks(body);
  const flat = flattenText(body);
  const spans = highlights
    .map((h, index) => {
      const needle = h.text.replace(/\s+/g, ' ').trim();
      const at = needle ? nth(flat.text, needle, h.occurrence) : -1;
      return { index, start: at, end: at + needle.length };
    })
    .filter((span) => span.start >= 0);
  const union: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = union[union.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else union.push({ start: span.start, end: span.end });
  }
  // From the last stretch to the first: splitting a text node keeps the positions before the split valid.
  const marks = union.reverse().flatMap((stretch) => wrap(flat, stretch.start, stretch.end, body.ownerDocument));
  marks.sort((a, b) => a.start - b.start);
  const firsts = new Map<number, HTMLElement>();
  for (const span of spans) {
    const first = marks.filter((m) => m.start <= span.start).pop();
    if (first) firsts.set(span.index, first.mark);
  }
  return firsts;
}

/** Takes the highlight marks out again, putting the text back as it was. */
function clearHighlightMarks(body: HTMLElement): void {
  for (const mark of body.querySelectorAll('mark.ar-highlight')) mark.replaceWith(...mark.childNodes);
  body.normalize();
}
