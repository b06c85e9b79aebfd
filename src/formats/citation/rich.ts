/**
 * A tiny rich-text model shared by the text styles: each style builds one list of pieces and gets its plain and
 * HTML forms from the same source, so the two can never drift apart.
 */
import { escapeHtml } from './escape.js';

export interface Italic {
  italic: string;
}

/** A quoted title. `inside` puts a following comma or period inside the closing mark (American usage). */
export interface Quoted {
  quoted: string;
  open: string;
  close: string;
  inside: boolean;
}

export type Piece = string | Italic | Quoted;

export const italic = (text: string): Italic => ({ italic: text });

export function doubleQuoted(text: string): Quoted {
  // A title inside double quotes takes single quotes for its own quotations.
  return { quoted: text.replace(/“/g, '‘').replace(/”/g, '’'), open: '“', close: '”', inside: true };
}

export function singleQuoted(text: string): Quoted {
  // Only paired marks are swapped: a lone ’ is an apostrophe ("Russians’ plans").
  return { quoted: text.replace(/‘([^‘’]*)’/g, '“$1”'), open: '‘', close: '’', inside: false };
}

interface Run {
  text: string;
  italic: boolean;
}

const TERMINAL = /[.?!]$/;

/**
 * Flattens pieces into runs and settles punctuation the way citation processors do: a comma or period after a
 * quoted title moves inside the quotes (or disappears when the title already ends in ? or !), and a period never
 * doubles one that is already there ("Acme Inc." + ".").
 */
function settle(pieces: readonly Piece[]): Run[] {
  const runs: Run[] = [];
  let lastVisible = '';
  let pendingQuoteClose: { run: Run; content: string } | null = null;
  for (const piece of pieces) {
    let text: string;
    let isItalic = false;
    if (typeof piece === 'string') {
      text = piece;
    } else if ('italic' in piece) {
      text = piece.italic;
      isItalic = true;
    } else {
      const run: Run = { text: piece.open + piece.quoted + piece.close, italic: false };
      runs.push(run);
      pendingQuoteClose = piece.inside ? { run, content: piece.quoted } : null;
      lastVisible = piece.close;
      continue;
    }
    if (text === '') continue;
    if (pendingQuoteClose && /^[.,]/.test(text)) {
      const mark = text[0] ?? '';
      const { run, content } = pendingQuoteClose;
      const absorbed = /[?!]$/.test(content) || (mark === '.' && content.endsWith('.'));
      if (!absorbed) run.text = run.text.slice(0, -1) + mark + run.text.slice(-1);
      text = text.slice(1);
    } else if (text.startsWith('.') && TERMINAL.test(lastVisible)) {
      text = text.slice(1);
    }
    pendingQuoteClose = null;
    if (text === '') continue;
    runs.push({ text, italic: isItalic });
    lastVisible = text;
  }
  return runs;
}

export function toPlain(pieces: readonly Piece[]): string {
  return settle(pieces)
    .map((run) => run.text)
    .join('');
}

export function toHtml(pieces: readonly Piece[]): string {
  return settle(pieces)
    .map((run) => (run.italic ? `<i>${escapeHtml(run.text)}</i>` : escapeHtml(run.text)))
    .join('');
}

/** Joins the non-empty groups with `separator`; a group is a list of pieces. */
export function joinGroups(groups: readonly (readonly Piece[] | null)[], separator: string): Piece[] {
  const out: Piece[] = [];
  for (const group of groups) {
    if (!group || group.length === 0) continue;
    if (out.length > 0) out.push(separator);
    out.push(...group);
  }
  return out;
}
