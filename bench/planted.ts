import { compareTexts, type TextChange } from '../src/core/compare/compare.js';
import { paragraphs } from '../src/core/compare/passages.js';

/**
 * Planted alterations of a real article's text, the kinds a tampered snapshot would show: one word, one number,
 * a paragraph gone, a sentence added, two paragraphs swapped. Each knows how to recognise its own change in a
 * comparison's report, so "found" means the report names the altered passage, not merely "differs".
 */
export interface Planted {
  kind: 'word' | 'number' | 'deleted-paragraph' | 'inserted-sentence' | 'reordered-paragraphs';
  text: string;
  found: (changes: readonly TextChange[]) => boolean;
}

const INSERTED = 'The spokesperson later denied every claim in a written statement.';

function join(paras: readonly string[]): string {
  return paras.join('\n\n');
}

function mentions(changes: readonly TextChange[], side: 'a' | 'b', needle: string): boolean {
  return changes.some((c) => (c[side] ?? '').includes(needle));
}

/** A paragraph index near the middle among those with at least `minWords` words, or -1. */
function middleParagraph(paras: readonly string[], minWords: number): number {
  const eligible = paras.map((p, i) => ({ p, i })).filter(({ p }) => p.split(/\s+/).length >= minWords);
  return eligible.length ? eligible[Math.floor(eligible.length / 2)]!.i : -1;
}

function plantWord(paras: string[]): Planted | null {
  const at = middleParagraph(paras, 8);
  if (at < 0) return null;
  const words = paras[at]!.split(' ');
  const w = Math.floor(words.length / 2);
  const replacement = words[w] === 'zebra' ? 'okapi' : 'zebra';
  words[w] = replacement;
  const altered = [...paras];
  altered[at] = words.join(' ');
  return { kind: 'word', text: join(altered), found: (c) => mentions(c, 'b', replacement) };
}

function plantNumber(paras: string[]): Planted | null {
  for (let at = 0; at < paras.length; at++) {
    const match = /\d+/.exec(paras[at]!);
    if (!match) continue;
    const changed = String(Number(match[0].slice(-1)) === 9 ? Number(match[0]) - 1 : Number(match[0]) + 1);
    const altered = [...paras];
    altered[at] = paras[at]!.slice(0, match.index) + changed + paras[at]!.slice(match.index + match[0].length);
    return { kind: 'number', text: join(altered), found: (c) => mentions(c, 'b', changed) };
  }
  return null;
}

function plantDeletion(paras: string[]): Planted | null {
  if (paras.length < 2) return null;
  const at = middleParagraph(paras, 3);
  if (at < 0) return null;
  const gone = paras[at]!.slice(0, 40);
  return {
    kind: 'deleted-paragraph',
    text: join(paras.filter((_, i) => i !== at)),
    found: (c) => mentions(c, 'a', gone),
  };
}

function plantSentence(paras: string[]): Planted | null {
  const at = middleParagraph(paras, 1);
  if (at < 0) return null;
  const altered = [...paras];
  altered[at] = `${paras[at]} ${INSERTED}`;
  return { kind: 'inserted-sentence', text: join(altered), found: (c) => mentions(c, 'b', INSERTED) };
}

function plantSwap(paras: string[]): Planted | null {
  const at = paras.findIndex((p, i) => i + 1 < paras.length && p !== paras[i + 1]);
  if (at < 0) return null;
  const altered = [...paras];
  [altered[at], altered[at + 1]] = [paras[at + 1]!, paras[at]!];
  return { kind: 'reordered-paragraphs', text: join(altered), found: (c) => c.length > 0 };
}

/** Every alteration the text allows (a text without digits gets no number change). */
export function plantChanges(text: string): Planted[] {
  const paras = paragraphs(text).map((p) => p.text);
  return [plantWord, plantNumber, plantDeletion, plantSentence, plantSwap]
    .map((plant) => plant(paras))
    .filter((p): p is Planted => p !== null);
}

export interface PlantedResult {
  kind: Planted['kind'];
  /** The report names the altered passage. */
  found: boolean;
  /** The comparison called the altered copy identical: the one error a verifier must never make. */
  judgedIdentical: boolean;
}

export function checkPlanted(text: string): PlantedResult[] {
  return plantChanges(text).map((planted) => {
    const { changes } = compareTexts(text, planted.text);
    return { kind: planted.kind, found: planted.found(changes), judgedIdentical: changes.length === 0 };
  });
}
