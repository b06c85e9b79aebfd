import { normalizeForComparison } from './normalize.js';

/** A piece of text as the reader sees it (`text`) and as it is compared (`key`, normalised). */
export interface Passage {
  text: string;
  key: string;
  /** The paragraph it belongs to, so passages join back with their own spacing. */
  paragraph: number;
}

function passage(text: string, paragraph: number): Passage | null {
  const spaced = text.replace(/\s+/g, ' ');
  const key = normalizeForComparison(spaced);
  return key ? { text: spaced, key, paragraph } : null;
}

function present<T>(value: T | null): value is T {
  return value !== null;
}

/** The article's paragraphs: `Article.text` separates them with blank lines. */
export function paragraphs(text: string): Passage[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((para, i) => passage(para.trim(), i))
    .filter(present);
}

// Sentence boundaries by the Unicode rules (UAX #29) as the platform implements them, rather than a hand-written
// regex that breaks at "Mr." or "U.S."; every supported browser and Node 20 has Intl.Segmenter.
const sentenceSegmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
// Words the same way, so Chinese and Japanese (written without spaces) are compared word by word, not sentence by sentence.
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The whole sentences of some paragraphs, in order; a paragraph boundary always ends a sentence. */
export function sentences(paras: readonly Passage[]): Passage[] {
  const out: Passage[] = [];
  for (const para of paras) {
    for (const { segment } of sentenceSegmenter.segment(para.text)) {
      const sentence = passage(segment, para.paragraph);
      if (sentence) out.push(sentence);
    }
  }
  return out;
}

/** The words of the normalised text (punctuation and spaces left out), in order. */
export function words(passages: readonly Passage[]): string[] {
  const out: string[] = [];
  for (const p of passages) {
    for (const { segment, isWordLike } of wordSegmenter.segment(p.key)) if (isWordLike) out.push(segment);
  }
  return out;
}

/** The passages joined back into one string for display: as written inside a paragraph, a blank line between. */
export function joined(passages: readonly Passage[]): string | null {
  if (!passages.length) return null;
  let out = '';
  passages.forEach((p, i) => {
    if (i > 0 && p.paragraph !== passages[i - 1]!.paragraph) out = `${out.trimEnd()}\n\n`;
    out += p.text;
  });
  return out.trim();
}
