/**
 * Why a case scores low, in words a person can act on: the longest stretch of text the output has and the truth
 * does not (extra), and the longest stretch the truth has and the output lacks (missing).
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Token indexes of `a` whose 4-shingle is not among `b`'s (multiset), as the metric counts them. */
function unmatched(a: string[], b: string[]): boolean[] {
  const pool = new Map<string, number>();
  for (let i = 0; i + 4 <= b.length; i++) {
    const k = b.slice(i, i + 4).join(' ');
    pool.set(k, (pool.get(k) ?? 0) + 1);
  }
  const miss = new Array<boolean>(a.length).fill(false);
  for (let i = 0; i + 4 <= a.length; i++) {
    const k = a.slice(i, i + 4).join(' ');
    const n = pool.get(k) ?? 0;
    if (n > 0) pool.set(k, n - 1);
    else miss[i] = true;
  }
  return miss;
}

function longestRun(tokens: string[], miss: boolean[]): { words: number; text: string } {
  let best = { start: 0, len: 0 };
  let start = -1;
  for (let i = 0; i <= miss.length; i++) {
    if (i < miss.length && miss[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start > best.len) best = { start, len: i - start };
      start = -1;
    }
  }
  if (!best.len) return { words: 0, text: '' };
  const words = tokens.slice(best.start, best.start + best.len + 3);
  const text = words.length > 14 ? `${words.slice(0, 12).join(' ')} …` : words.join(' ');
  return { words: best.len + 3, text };
}

export interface Cause {
  extraWords: number;
  extra: string;
  missingWords: number;
  missing: string;
}

export function causeOf(output: string, truth: string): Cause {
  const got = output.match(TOKEN) ?? [];
  const want = truth.match(TOKEN) ?? [];
  const extra = longestRun(got, unmatched(got, want));
  const missing = longestRun(want, unmatched(want, got));
  return { extraWords: extra.words, extra: extra.text, missingWords: missing.words, missing: missing.text };
}
