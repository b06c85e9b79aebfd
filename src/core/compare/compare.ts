import { diffArrays } from 'diff';
import type { Article } from '../../article.js';
import { joined, paragraphs, sentences, words, type Passage } from './passages.js';

/**
 * Two readings of one article, compared passage by passage: does another archive hold the same text? Pure: the
 * caller fetches and extracts both sides. The alignment uses the `diff` library's Myers diff three times over —
 * paragraphs, then the sentences of paragraphs that differ, then words to tell a reworded sentence from a new one.
 */

export type Verdict = 'identical' | 'differs' | 'unrelated';

export interface TextChange {
  kind: 'changed' | 'removed' | 'added';
  /** The whole sentences on side a (null for "added"). */
  a: string | null;
  /** The whole sentences on side b (null for "removed"). */
  b: string | null;
  /** The last sentence both sides share before the change (null at the start), so a report can say where. */
  before: string | null;
}

export interface Comparison {
  verdict: Verdict;
  /** Share of words the two texts have in common, in order (2·common / (words a + words b)), 0–1. */
  similarity: number;
  /** Whether both name the same original address (null when either does not know it). */
  sameOriginal: boolean | null;
  changes: TextChange[];
}

/** Below this similarity, two readings of different originals are different articles, not an altered one. */
const UNRELATED_BELOW = 0.5;
/** Sentences that share at least this share of their words are one reworded sentence; below, one left, one came. */
const REWORDED_AT_LEAST = 0.5;
/**
 * Myers' diff costs (length × edits). Past this many edits the texts are far apart anyway; the word count then
 * falls back to the words they share regardless of order, an upper bound that only matters below UNRELATED_BELOW.
 */
const MAX_WORD_EDITS = 4000;

interface Hunk {
  same: Passage[];
  a: Passage[];
  b: Passage[];
}

/** The two sequences as runs: passages both share, then what differs (a's side, b's side), and so on. */
function align(a: readonly Passage[], b: readonly Passage[]): Hunk[] {
  const parts = diffArrays(
    a.map((p) => p.key),
    b.map((p) => p.key),
  );
  const hunks: Hunk[] = [];
  let ia = 0;
  let ib = 0;
  let current: Hunk | null = null;
  for (const part of parts) {
    if (!part.added && !part.removed) {
      current = { same: a.slice(ia, ia + part.count), a: [], b: [] };
      hunks.push(current);
      ia += part.count;
      ib += part.count;
      continue;
    }
    if (!current || current.same.length > 0) {
      current = { same: [], a: [], b: [] };
      hunks.push(current);
    }
    if (part.removed) {
      current.a.push(...a.slice(ia, ia + part.count));
      ia += part.count;
    } else {
      current.b.push(...b.slice(ib, ib + part.count));
      ib += part.count;
    }
  }
  return hunks;
}

/** Words the two lists share in order; the unordered overlap when they are too far apart to align. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const parts = diffArrays([...a], [...b], { maxEditLength: MAX_WORD_EDITS });
  if (parts) return parts.filter((p) => !p.added && !p.removed).reduce((sum, p) => sum + p.count, 0);
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return shared;
}

function ratio(common: number, a: number, b: number): number {
  return a + b === 0 ? 1 : (2 * common) / (a + b);
}

function last<T>(list: readonly T[]): T | null {
  return list.length ? list[list.length - 1]! : null;
}

/** The changes inside paragraphs that differ, sentence by sentence; also counts the words they still share. */
function sentenceChanges(
  a: readonly Passage[],
  b: readonly Passage[],
  before: string | null,
): { changes: TextChange[]; common: number } {
  const changes: TextChange[] = [];
  let common = 0;
  let context = before;
  for (const hunk of align(sentences(a), sentences(b))) {
    common += words(hunk.same).length;
    context = last(hunk.same)?.text.trim() ?? context;
    if (!hunk.a.length && !hunk.b.length) continue;
    const wordsA = words(hunk.a);
    const wordsB = words(hunk.b);
    const shared = commonWords(wordsA, wordsB);
    common += shared;
    // One sentence for one (or as many for as many) is a sentence changed in place, however much of it changed.
    const inPlace = hunk.a.length === hunk.b.length;
    if (
      hunk.a.length &&
      hunk.b.length &&
      (inPlace || ratio(shared, wordsA.length, wordsB.length) >= REWORDED_AT_LEAST)
    ) {
      changes.push({ kind: 'changed', a: joined(hunk.a), b: joined(hunk.b), before: context });
      continue;
    }
    if (hunk.a.length) changes.push({ kind: 'removed', a: joined(hunk.a), b: null, before: context });
    if (hunk.b.length) changes.push({ kind: 'added', a: null, b: joined(hunk.b), before: context });
  }
  return { changes, common };
}

/** Compare two article texts (paragraphs separated by blank lines, as `Article.text`). */
export function compareTexts(a: string, b: string): Omit<Comparison, 'verdict' | 'sameOriginal'> {
  const parasA = paragraphs(a);
  const parasB = paragraphs(b);
  const changes: TextChange[] = [];
  let common = 0;
  let before: string | null = null;
  for (const hunk of align(parasA, parasB)) {
    common += words(hunk.same).length;
    before = last(sentences(hunk.same.slice(-1)))?.text.trim() ?? before;
    if (!hunk.a.length && !hunk.b.length) continue;
    const inner = sentenceChanges(hunk.a, hunk.b, before);
    changes.push(...inner.changes);
    common += inner.common;
  }
  const similarity = ratio(common, words(parasA).length, words(parasB).length);
  return { similarity: Math.round(similarity * 1000) / 1000, changes };
}

/** The address as a person would tell two apart: no scheme, no "www.", no trailing slash, fragment or tracking. */
function addressKey(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    for (const name of [...parsed.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$)/i.test(name)) parsed.searchParams.delete(name);
    }
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    const path = parsed.pathname.replace(/\/+$/, '');
    return `${host}${path}${parsed.search}`;
  } catch {
    return null;
  }
}

function sameOriginal(a: Article, b: Article): boolean | null {
  const keyA = addressKey(a.source.originalUrl);
  const keyB = addressKey(b.source.originalUrl);
  return keyA && keyB ? keyA === keyB : null;
}

/**
 * "identical": the same text once whitespace, Unicode compatibility forms and quote/dash styles are set aside;
 * "unrelated": not the same original (or unknown) and little text in common; otherwise "differs".
 */
export function compareArticles(a: Article, b: Article): Comparison {
  const { similarity, changes } = compareTexts(a.text, b.text);
  const same = sameOriginal(a, b);
  const verdict: Verdict =
    changes.length === 0 ? 'identical' : same !== true && similarity < UNRELATED_BELOW ? 'unrelated' : 'differs';
  return { verdict, similarity, sameOriginal: same, changes: verdict === 'unrelated' ? [] : changes };
}
