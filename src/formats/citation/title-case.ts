/**
 * CSL's title case (CSL 1.0.2, "Text-case"), which MLA and Chicago use: lowercase words are capitalised except the
 * stop words, which stay lowercase unless first, last or after a colon; words with capitals inside or in full caps
 * keep their case; each part of a hyphenated compound is treated as a word. CSL applies it to English items only.
 */

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'down',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'onto',
  'or',
  'over',
  'so',
  'the',
  'till',
  'to',
  'up',
  'via',
  'with',
  'yet',
]);

/** CSL treats an item without a language as English. */
export function isEnglish(lang: string | null): boolean {
  return !lang || /^en(?:-|$)/i.test(lang);
}

export function titleCase(title: string): string {
  // A headline in full capitals carries no case information: CSL lowercases it and starts over.
  const hasLower = /\p{Ll}/u.test(title);
  const text = hasLower ? title : title.toLocaleLowerCase('en');
  const tokens = text.split(/(\s+)/);
  const wordIndexes = tokens.flatMap((token, index) => (token.trim() ? [index] : []));
  const first = wordIndexes[0];
  const last = wordIndexes[wordIndexes.length - 1];
  let afterBreak = false;
  for (const index of wordIndexes) {
    const token = tokens[index] ?? '';
    tokens[index] = caseWord(token, index === first || index === last || afterBreak);
    afterBreak = /[:?!]["'”’)]*$/.test(token);
  }
  return tokens.join('');
}

function caseWord(token: string, force: boolean): string {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token);
  if (!match) return token;
  const [, lead = '', core = '', trail = ''] = match;
  // Domain names and abbreviations with inner dots ("washingtonpost.com", "e.g") are left as written.
  if (/\p{L}\.\p{L}/u.test(core) && !/\p{Lu}/u.test(core)) return token;
  const parts = core.split(/([-‐–—])/);
  // The first element of a compound is always capitalised ("In-Depth"), later stop words are not ("State-of-the-Art").
  const compound = parts.length > 1;
  const cased = parts.map((part, index) =>
    index % 2 === 1 ? part : casePart(part, index === 0 && (force || compound)),
  );
  return lead + cased.join('') + trail;
}

function casePart(part: string, force: boolean): string {
  if (!part) return part;
  const chars = Array.from(part);
  const first = chars[0] ?? '';
  const rest = chars.slice(1).join('');
  // Inner capitals ("DeYoung", "iPhone") or full caps ("NATO") are deliberate: keep them.
  if (/\p{Lu}/u.test(rest)) return part;
  const lower = part.toLocaleLowerCase('en');
  if (STOP_WORDS.has(lower) && !force) return lower;
  return first.toLocaleUpperCase('en') + rest;
}

/**
 * A short title for short notes and in-text citations: the main title (before a colon, or through a ? or !),
 * at most four words, without trailing stop words or punctuation.
 */
export function shortTitle(title: string): string {
  const breakAt = /:\s|[?!](?=\s)/.exec(title);
  let main = breakAt ? title.slice(0, breakAt.index + (breakAt[0].startsWith(':') ? 0 : 1)) : title;
  main = main.trim();
  const words = main.split(/\s+/);
  if (words.length <= 4) return main;
  const kept = words.slice(0, 4);
  while (
    kept.length > 1 &&
    STOP_WORDS.has((kept[kept.length - 1] ?? '').toLocaleLowerCase('en').replace(/[^\p{L}]/gu, ''))
  ) {
    kept.pop();
  }
  return kept.join(' ').replace(/[\s,;:–—-]+$/u, '');
}
