import type { Author } from '../../article.js';
import { innermostBackward, normalizeSpace, wordCount } from '../dom.js';
import type { RemovalLog } from '../explain.js';
import { looksLikePersonName } from '../metadata/names.js';

/**
 * The author's card that closes many posts: "Kelia Losa Reinoso is a content writer at Tastewise with more than
 * five years of experience …", often under the name and a role ("Dr Dieter Veldsman / Chief HR Scientist / Dr
 * Dieter Veldsman is AIHR's Chief HR Scientist …") or after "About the author" or "Written by". It describes the
 * writer, not the subject: the reader's header names the author already, and a quote or a citation of the article
 * should not carry it. Left out only at the very end of the article, when everything from the first biography to
 * the end is biographies, short lines (names, roles, "View all articles") and paragraphs that go on about the same
 * person; a sentence of that shape inside the text, or a closing paragraph about a product, stays.
 */

const LINES = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'blockquote']);
/** How far back from the end the card may start. */
const MAX_TAIL_LINES = 12;
/** A biography is a paragraph, not a page of its own. */
const MAX_BIO_WORDS = 120;
/** A short line of the card: a name, a role, "View all articles", "About the author". */
const MAX_SHORT_WORDS = 8;
/** Short lines read before the first biography for its heading: the name, a role, "Written by". */
const MAX_HEADING_LINES = 3;

/**
 * "Name is a …", "Name is AIHR’s …", "Name, Founder and Dean, has trained …", "Name teaches …", optionally after
 * "By Name" or an honorific. Without the `i` flag: `\p{Lu}` must mean an upper-case letter.
 */
const BIO_OPENING =
  /^\(?(?:[Bb]y\s+)?(?:(?:Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|del|di|la|le)){0,4})(?:,[^,]{2,80},|,)?\s+(?:(?:Dr|Prof)\.?\s+)?(?:\1\s+)?(?:(?:is|was)\s+(?:a|an|the|currently|also|now|adjunct|senior|associate|assistant|chief|lead|managing|contributing|executive|deputy|staff|\p{Lu}[\p{L}&-]*['’]s)\b|has\s+(?:been|covered|written|spent|worked|reported|trained|taught|more|over)\b|(?:holds|teaches|covers|writes|joined|serves|specializes|specialises|brings|leads|lives|reports|works)\b)/u;

/** What a biography says about its subject: a trade, a post or years of experience. */
const ROLE =
  /\b(writer|editor|reporter|journalist|correspondent|author|contributor|columnist|blogger|professor|faculty|lecturer|teacher|teaches|instructor|founder|co-founder|owner|ceo|president|director|attorney|lawyer|physician|researcher|scientist|expert|communicator|strategist|consultant|analyst|specialist|freelance|fellow|experience|covers|writes|mba|degree)\b/i;

const THIRD_PERSON = /\b(she|he|her|his|him)\b/i;

/** A line that heads an author's card. */
const CARD_HEADING = /^(about the authors?|meet the authors?|the authors?|written by|authors?|by)\b:?/i;

export function removeAuthorBio(root: Element, authors: readonly Author[], log: RemovalLog): void {
  const lines = lastInnermostLines(root, MAX_TAIL_LINES);
  // Given names ("Rebecca has been …") and whole names, the latter for a spelling the name test does not know
  // ("Arricca Elin SanSone is a writer …").
  const authorNames = new Set(
    authors.flatMap((a) => ('given' in a && a.given ? [a.given, `${a.given} ${a.family}`.trim()] : [])),
  );
  for (let start = 0; start < lines.length; start++) {
    if (!isCardFrom(lines, start, authorNames)) continue;
    for (const line of [...cardHeading(lines, start), ...lines.slice(start).map((l) => l.el)]) {
      log.note(line, 'author-bio');
      line.remove();
    }
    return;
  }
}

interface Line {
  el: Element;
  text: string;
}

/** The last `count` innermost lines with text, in document order. Read from the end: the card closes the article. */
function lastInnermostLines(root: Element, count: number): Line[] {
  const out: Line[] = [];
  for (const el of innermostBackward(root, LINES)) {
    const text = normalizeSpace(el.textContent);
    if (text && out.unshift({ el, text }) === count) break;
  }
  return out;
}

/**
 * The person a paragraph is the biography of, or null. A one-word name ("Rebecca has been a journalist …") counts
 * when it is the given name of the article's author or of a name line just above; a whole name, when it looks like
 * one or is the author's.
 */
function biographyOf(line: Line, above: readonly Line[], authorNames: ReadonlySet<string>): string | null {
  if (wordCount(line.text) > MAX_BIO_WORDS) return null;
  const name = BIO_OPENING.exec(line.text)?.[1];
  if (!name || !ROLE.test(firstSentence(line.text))) return null;
  if (name.includes(' ')) return looksLikePersonName(name) || authorNames.has(name) ? name : null;
  const named =
    authorNames.has(name) || above.some((l) => looksLikePersonName(l.text) && l.text.startsWith(`${name} `));
  return named ? name : null;
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

/**
 * The line at `start` is a biography, and every line after it is another biography, a short line, or more about the
 * same people.
 */
function isCardFrom(lines: readonly Line[], start: number, authorNames: ReadonlySet<string>): boolean {
  const people: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const person = biographyOf(line, lines.slice(Math.max(0, i - MAX_HEADING_LINES), i), authorNames);
    if (person) {
      people.push(...person.split(' ').filter((w) => w.length > 2));
      continue;
    }
    if (i === start) return false;
    if (isShortLine(line.text)) continue;
    // More about the same person: "When she is not leading CR Maids, Karina homeschools her daughter."
    const aboutThem = people.some((word) => line.text.includes(word)) && THIRD_PERSON.test(line.text);
    if (!aboutThem) return false;
  }
  return true;
}

function isShortLine(text: string): boolean {
  return wordCount(text) <= MAX_SHORT_WORDS && !/[.!?]["'”’)]?$/.test(text);
}

/**
 * The short lines just above the first biography that belong to the card: back to the furthest one that is the
 * author's name or a heading such as "About the author"; a role line between the two goes with them.
 */
function cardHeading(lines: readonly Line[], start: number): Element[] {
  let from = start;
  for (let i = start - 1; i >= Math.max(0, start - MAX_HEADING_LINES); i--) {
    const text = lines[i]!.text;
    if (!isShortLine(text)) break;
    const bare = text.replace(/^(?:by|written by)\s+/i, '').replace(/^(?:Dr|Prof)\.?\s+/, '');
    if (CARD_HEADING.test(text) || looksLikePersonName(bare)) from = i;
  }
  return lines.slice(from, start).map((l) => l.el);
}
