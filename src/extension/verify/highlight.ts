/**
 * Marks the passages Verify found changed in the reader's article body: each passage of this copy in a `<mark>`,
 * the words that differ in a stronger one, and a small marker where the other copy has text this one lacks.
 * The article's nodes are only split and wrapped, never rewritten, so what is read aloud or printed stays the same.
 */
import type { TextChange } from '../../core/compare/compare.js';
import { wordDiff } from '../../core/compare/word-diff.js';
import { flattenText as flatten, type FlatText } from '../shared/flat-text.js';

/** A stretch of the body to wrap (`end > start`) or a point to mark (`end === start`), in flat positions. */
interface Piece {
  start: number;
  end: number;
  change: number;
  className: string;
}

/** Where `needle` is, searching from `from` first; a long passage falls back to its opening words. */
function locate(flat: string, needle: string, from: number): number {
  const spaced = needle.replace(/\s+/g, ' ').trim();
  for (const probe of [spaced, spaced.slice(0, 80)]) {
    if (!probe) continue;
    const after = flat.indexOf(probe, from);
    if (after >= 0) return after;
    const anywhere = flat.indexOf(probe);
    if (anywhere >= 0) return anywhere;
  }
  return -1;
}

function piecesOf(change: TextChange, index: number, flat: string, from: number): { pieces: Piece[]; next: number } {
  if (change.a === null) {
    // Only in the other copy: a marker right after the last sentence both share (or at the very start).
    const before = change.before?.replace(/\s+/g, ' ').trim() ?? '';
    const at = before ? locate(flat, before, from) : 0;
    if (at < 0) return { pieces: [], next: from };
    const point = at + before.length;
    return { pieces: [{ start: point, end: point, change: index, className: 'ar-change-gap' }], next: point };
  }
  const a = change.a.replace(/\s+/g, ' ').trim();
  const start = locate(flat, a, from);
  if (start < 0) return { pieces: [], next: from };
  const exact = flat.startsWith(a, start);
  const end = start + (exact ? a.length : Math.min(a.length, 80));
  if (change.kind !== 'changed' || change.b === null || !exact) {
    return { pieces: [{ start, end, change: index, className: 'ar-change' }], next: end };
  }
  // The words of this copy that the other does not have, marked more strongly inside the passage.
  const pieces: Piece[] = [];
  let offset = start;
  for (const run of wordDiff(a, change.b.replace(/\s+/g, ' ').trim())) {
    if (run.kind === 'added') continue;
    const length = run.text.length;
    const className = run.kind === 'removed' ? 'ar-change ar-change-word' : 'ar-change';
    if (length) pieces.push({ start: offset, end: offset + length, change: index, className });
    offset += length;
  }
  return { pieces, next: end };
}

/** Wraps one stretch (within one text node) or inserts one point marker; returns the element made. */
function apply(piece: Piece, flat: FlatText, document: Document, gapLabel: string): HTMLElement | null {
  if (piece.end === piece.start) {
    const place = flat.at[piece.start - 1];
    if (!place && piece.start > 0) return null;
    const gap = document.createElement('span');
    gap.className = piece.className;
    gap.setAttribute('role', 'img');
    gap.setAttribute('aria-label', gapLabel);
    gap.title = gapLabel;
    if (!place) {
      const first = flat.at.find((p) => p !== null);
      first?.node.parentNode?.insertBefore(gap, first.node);
      return first ? gap : null;
    }
    const rest = place.node.splitText(place.offset + 1);
    rest.parentNode?.insertBefore(gap, rest);
    return gap;
  }
  const first = flat.at[piece.start];
  const last = flat.at[piece.end - 1];
  if (!first || !last || first.node !== last.node) return null;
  const middle = first.node.splitText(first.offset);
  middle.splitText(last.offset + 1 - first.offset);
  const mark = document.createElement('mark');
  mark.className = piece.className;
  middle.parentNode?.insertBefore(mark, middle);
  mark.append(middle);
  return mark;
}

/** Splits each stretch where it crosses from one text node to the next (a link, an emphasis inside a passage). */
function byNode(piece: Piece, flat: FlatText): Piece[] {
  if (piece.end === piece.start) return [piece];
  const out: Piece[] = [];
  let start = -1;
  for (let i = piece.start; i < piece.end; i++) {
    const here = flat.at[i];
    const previous = start >= 0 ? flat.at[i - 1] : null;
    if (!here) {
      if (start >= 0) out.push({ ...piece, start, end: i });
      start = -1;
    } else if (start < 0) {
      start = i;
    } else if (previous && previous.node !== here.node) {
      out.push({ ...piece, start, end: i });
      start = i;
    }
  }
  if (start >= 0) out.push({ ...piece, start, end: piece.end });
  return out;
}

/**
 * Marks every change that can be found in `body`; returns, per change index, the first element marking it (for
 * "show in the article"). Changes not found (the body differs from the text compared) are simply left unmarked.
 */
export function highlightChanges(
  body: HTMLElement,
  changes: readonly TextChange[],
  gapLabel: string,
): Map<number, HTMLElement> {
  clearHighlights(body);
  const flat = flatten(body);
  const pieces: Piece[] = [];
  let from = 0;
  changes.forEach((change, index) => {
    const found = piecesOf(change, index, flat.text, from);
    pieces.push(...found.pieces.flatMap((piece) => byNode(piece, flat)));
    from = found.next;
  });
  // From the end backwards: splitting a text node keeps the offsets before the split valid.
  pieces.sort((x, y) => y.start - x.start || y.end - x.end);
  const firsts = new Map<number, HTMLElement>();
  for (const piece of pieces) {
    const made = apply(piece, flat, body.ownerDocument, gapLabel);
    if (!made) continue;
    made.dataset.change = String(piece.change);
    firsts.set(piece.change, made); // the last set is the earliest in the text
  }
  return firsts;
}

/** Removes earlier marks (a second Verify), putting the text back as it was. */
export function clearHighlights(body: HTMLElement): void {
  for (const gap of body.querySelectorAll('.ar-change-gap')) gap.remove();
  for (const mark of body.querySelectorAll('mark.ar-change')) {
    mark.replaceWith(...mark.childNodes);
  }
  body.normalize();
}
