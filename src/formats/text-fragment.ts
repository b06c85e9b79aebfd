/**
 * Text fragments (`#:~:text=[prefix-,]start[,end][,-suffix]`, WICG "URL Fragment Text Directives"): a link that
 * opens a page scrolled to a passage and highlights it, in Chromium, Safari and Firefox 131+. Built over the
 * article's text, which is what the reader quotes; the page around it (menus, teasers) is not known here, so the
 * directive is made unique within the article, with a prefix or suffix only when its words occur more than once.
 */

export interface TextDirective {
  prefix: string | null;
  start: string;
  end: string | null;
  suffix: string | null;
}

/** Whitespace collapsed, as browsers compare text; `map[i]` is the index in the original of flat character i. */
function flatten(text: string): { flat: string; map: number[] } {
  let flat = '';
  const map: number[] = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!space) {
        flat += ' ';
        map.push(i);
      }
      space = true;
    } else {
      flat += ch;
      map.push(i);
      space = false;
    }
  }
  if (flat.endsWith(' ')) {
    flat = flat.slice(0, -1);
    map.pop();
  }
  return { flat, map };
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

// Scripts written without spaces between words: any character boundary is a word boundary there.
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

function atWordBoundary(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i];
  if (before === undefined || after === undefined) return true;
  if (NO_SPACES.test(before) || NO_SPACES.test(after)) return true;
  return !(WORD_CHAR.test(before) && WORD_CHAR.test(after));
}

/** Every start index of `needle` in `hay` (both lower-cased and flat) that begins and ends on word boundaries. */
function* wordMatches(hay: string, needle: string, from = 0): Generator<number> {
  if (!needle) return;
  for (let at = hay.indexOf(needle, from); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (atWordBoundary(hay, at) && atWordBoundary(hay, at + needle.length)) yield at;
  }
}

/**
 * Where a directive selects in a text, following the spec's search: the first place where the prefix (if any)
 * is followed by the start, the end (if any) comes after it, and the suffix (if any) follows — all case-
 * insensitive, on word boundaries, whitespace between them free. Returns [start, end) in the flat text, or null.
 */
export function matchDirective(text: string, directive: TextDirective): [number, number] | null {
  const hay = flatten(text).flat.toLowerCase();
  const lower = (s: string | null): string | null => (s === null ? null : collapse(s).toLowerCase());
  const prefix = lower(directive.prefix);
  const start = lower(directive.start)!;
  const end = lower(directive.end);
  const suffix = lower(directive.suffix);
  const skipSpace = (i: number): number => (hay[i] === ' ' ? i + 1 : i);
  for (const at of wordMatches(hay, start)) {
    if (prefix !== null) {
      const before = hay.slice(0, at).trimEnd();
      if (!before.endsWith(prefix) || !atWordBoundary(hay, before.length - prefix.length)) continue;
    }
    let to = at + start.length;
    if (end !== null) {
      const found = wordMatches(hay, end, to).next();
      if (found.done) return null;
      to = found.value + end.length;
    }
    if (suffix !== null) {
      const after = skipSpace(to);
      if (!hay.startsWith(suffix, after) || !atWordBoundary(hay, after + suffix.length)) continue;
    }
    return [at, to];
  }
  return null;
}

/** Percent-encoding for a directive's terms: what URLs require, and the three characters the syntax uses (`-&,`). */
function encodeTerm(term: string): string {
  return encodeURIComponent(collapse(term)).replace(/-/g, '%2D');
}

export function directiveString(d: TextDirective): string {
  const parts = [
    d.prefix !== null ? `${encodeTerm(d.prefix)}-` : null,
    encodeTerm(d.start),
    d.end !== null ? encodeTerm(d.end) : null,
    d.suffix !== null ? `-${encodeTerm(d.suffix)}` : null,
  ];
  return `:~:text=${parts.filter((p) => p !== null).join(',')}`;
}

/** A passage longer than this is linked by its first and last words (`start,end`), as the spec recommends. */
const EXACT_MAX = 300;
/** Words taken for a range's start and end, and at most for a prefix or suffix. */
const RANGE_WORDS = 3;
const CONTEXT_WORDS = 3;

function wordsOf(s: string): string[] {
  return s.split(' ').filter(Boolean);
}

/**
 * The passage's place in the article text (whitespace-insensitive), as [start, end) in the flat text, or null
 * when the article does not hold it. `occurrence` picks among repeats (0 = first).
 */
export function findPassage(text: string, passage: string, occurrence = 0): [number, number] | null {
  const flat = flatten(text).flat;
  const needle = collapse(passage);
  if (!needle) return null;
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = flat.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  return [at, at + needle.length];
}

/**
 * A directive that selects exactly the passage at [from, to) of the flat article text: the whole passage when short,
 * else its first and last words; a prefix and suffix of the neighbouring words only when that is not yet unique.
 */
export function directiveFor(text: string, from: number, to: number): TextDirective | null {
  const flat = flatten(text).flat;
  const passage = flat.slice(from, to);
  const words = wordsOf(passage);
  const candidates: TextDirective[] = [];
  const exactAllowed = passage.length <= EXACT_MAX && !/\n\s*\n/.test(originalSpan(text, from, to));
  if (exactAllowed) candidates.push({ prefix: null, start: passage, end: null, suffix: null });
  // A few words each side first (specific enough on the whole page, short enough to survive small edits), then
  // fewer when the passage is short, then more when those repeat.
  const half = Math.floor(words.length / 2);
  const sizes = [
    RANGE_WORDS,
    2,
    1,
    ...Array.from({ length: Math.max(0, half - RANGE_WORDS) }, (_, i) => RANGE_WORDS + 1 + i),
  ];
  for (const k of sizes.filter((k) => k <= half)) {
    candidates.push({ prefix: null, start: words.slice(0, k).join(' '), end: words.slice(-k).join(' '), suffix: null });
  }
  const before = wordsOf(flat.slice(0, from));
  const after = wordsOf(flat.slice(to));
  const contexts: [number, number][] = [[0, 0]];
  for (let n = 1; n <= CONTEXT_WORDS; n++) contexts.push([n, 0], [0, n], [n, n]);
  for (const base of candidates) {
    for (const [p, q] of contexts) {
      if ((p && !before.length) || (q && !after.length)) continue;
      const directive: TextDirective = {
        ...base,
        prefix: p ? before.slice(-p).join(' ') : null,
        suffix: q ? after.slice(0, q).join(' ') : null,
      };
      const hit = matchDirective(text, directive);
      if (hit && hit[0] === from && hit[1] === to) return directive;
    }
  }
  return null;
}

/** The text behind [from, to) of its whitespace-collapsed form, with its own line and paragraph breaks. */
export function originalSpan(text: string, from: number, to: number): string {
  const { map } = flatten(text);
  return text.slice(map[from] ?? 0, (map[to - 1] ?? text.length - 1) + 1);
}

/** `url` with the passage's text fragment (any fragment it had is replaced). */
export function withTextFragment(url: string, directive: TextDirective): string {
  return `${url.replace(/#.*$/, '')}#${directiveString(directive)}`;
}

/** The directive of a `#:~:text=` fragment (the first one), or null: the spec's parsing, for checks and the reader. */
export function parseTextDirective(fragment: string): TextDirective | null {
  const match = /:~:(?:.*&)?text=([^&]*)/.exec(fragment);
  if (!match) return null;
  const terms = match[1]!.split(',');
  const decode = (term: string): string | null => {
    try {
      return decodeURIComponent(term);
    } catch {
      return null;
    }
  };
  const prefix = terms[0]?.endsWith('-') ? decode(terms.shift()!.slice(0, -1)) : null;
  const suffix = terms.length > 1 && terms[terms.length - 1]!.startsWith('-') ? decode(terms.pop()!.slice(1)) : null;
  if (terms.length < 1 || terms.length > 2) return null;
  const start = decode(terms[0]!);
  const end = terms.length === 2 ? decode(terms[1]!) : null;
  if (!start || (terms.length === 2 && !end)) return null;
  return { prefix, start, end, suffix };
}
