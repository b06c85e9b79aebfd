/**
 * The text metric of the article-extraction benchmark (see the corpus README): word tokens, 4-token shingles as
 * multisets, true/false positives and false negatives per case; precision and recall are means over the cases
 * and F1 is the harmonic mean of the two means.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  if (tokens.length < 4) {
    if (tokens.length) out.set(tokens.join(' '), 1);
    return out;
  }
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface CaseScore {
  precision: number;
  recall: number;
  f1: number;
}

export function scoreText(output: string, expected: string): CaseScore {
  const got = shingles(output);
  const want = shingles(expected);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of got) {
    const m = want.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, m] of want) fn += Math.max(0, m - (got.get(k) ?? 0));
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: harmonic(precision, recall) };
}

function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Corpus score: mean precision, mean recall, and F1 of those means. */
export function aggregate(scores: CaseScore[]): CaseScore {
  const n = scores.length || 1;
  const precision = scores.reduce((s, c) => s + c.precision, 0) / n;
  const recall = scores.reduce((s, c) => s + c.recall, 0) / n;
  return { precision, recall, f1: harmonic(precision, recall) };
}
