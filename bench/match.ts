/** Metadata matching as the corpus README defines it. */

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/** Equal, or equal to the expected title without its site part ("Headline - Site"). */
export function titleMatches(got: string | null, expected: string | null): boolean {
  const g = norm(got).toLowerCase();
  const e = norm(expected).toLowerCase();
  if (!g || !e) return false;
  if (g === e) return true;
  const parts = e.split(/\s+[|\-–—:·»/]\s+/);
  for (let i = 1; i < parts.length; i++) {
    if (parts.slice(0, i).join(' ').replace(/\s+/g, ' ') === g.replace(/\s*[|\-–—:·»/]\s*/g, ' ')) return true;
    if (parts.slice(i).join(' ').replace(/\s+/g, ' ') === g.replace(/\s*[|\-–—:·»/]\s*/g, ' ')) return true;
  }
  return false;
}

function names(byline: string): Set<string> {
  return new Set(
    norm(byline)
      .replace(/^by\s+/i, '')
      .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*/i)
      .map((n) => n.replace(/^by\s+/i, '').trim().toLowerCase())
      .filter((n) => n.length > 1),
  );
}

/** The same people, however joined ("A, B" = "By A and B"). */
export function bylineMatches(got: string[], expected: string | null): boolean {
  if (!expected) return false;
  const want = names(expected);
  const have = new Set(got.map((g) => norm(g).toLowerCase()));
  if (!want.size || have.size !== want.size) return false;
  for (const n of want) if (!have.has(n)) return false;
  return true;
}

/** Same calendar day, as written or in UTC. */
export function dateMatches(got: string | null, expected: string | null): boolean {
  if (!got || !expected) return false;
  const g = got.slice(0, 10);
  const days = new Set([expected.slice(0, 10)]);
  const t = Date.parse(expected);
  if (!Number.isNaN(t)) days.add(new Date(t).toISOString().slice(0, 10));
  const gt = Date.parse(got);
  const gotDays = new Set([g]);
  if (!Number.isNaN(gt) && got.length > 10) gotDays.add(new Date(gt).toISOString().slice(0, 10));
  for (const d of gotDays) if (days.has(d)) return true;
  return false;
}

export function siteMatches(got: string | null, expected: string | null): boolean {
  return !!got && !!expected && norm(got).toLowerCase() === norm(expected).toLowerCase();
}
