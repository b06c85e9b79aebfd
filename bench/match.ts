/** Metadata matching as the corpus README defines it. */

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/** Equal, or equal to the expected title without its site part ("Headline - Site", "Site | Headline"). */
export function titleMatches(got: string | null, expected: string | null): boolean {
  const g = norm(got).toLowerCase();
  const e = norm(expected).toLowerCase();
  if (!g || !e) return false;
  if (g === e) return true;
  for (const m of e.matchAll(/\s[|\-–—\\/>»·•:]\s/g)) {
    if (e.slice(0, m.index).trim() === g || e.slice(m.index! + m[0].length).trim() === g) return true;
  }
  return false;
}

/**
 * The people an expected byline names. Expected bylines are what a reader took from the original page, sometimes
 * with the dateline, a role or an editor credit run into them ("By Kelli Miller\n WebMD Health News",
 * "by Lucas Nolan22 Dec 2016"): keep the segments that are names.
 */
function names(byline: string): Set<string> {
  const out = new Set<string>();
  const text = byline.replace(/[ \t\u00a0]+/g, ' ').trim();
  for (let seg of text.split(/\s*(?:,|;|&|\||\n|•|\(|\)|\band\b|\bund\b|\bet\b|\bavec\b)\s*/i)) {
    seg = seg.replace(/^(?:written |reported )?(?:by|par|von|por)\s+/i, '').trim();
    if (/^(?:edited|photos?|illustrations?) by\b/i.test(seg)) continue;
    seg = seg.replace(/\s*(?:\d.*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d.*)$/i, '').trim();
    if (!seg) continue;
    const cjk = /\p{Script=Han}/u.test(seg);
    if (!cjk && seg.split(' ').length < 2) continue; // a degree ("MA") or a lone word is not a name
    if (/\b(news|updated|follow|author|staff|editor)\b/i.test(seg)) continue;
    out.add(seg.toLowerCase());
  }
  return out;
}

/** The same people, however joined ("A, B" = "By A and B"). */
export function bylineMatches(got: string[], expected: string | null): boolean {
  if (!expected) return false;
  const have = new Set(got.map((g) => norm(g).toLowerCase()));
  if (have.size === 1 && have.has(norm(expected).toLowerCase())) return true; // one name or organisation, as printed
  const want = names(expected);
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

/** The people an expected byline names, or the byline itself when it names no one person (an organisation). */
export function bylineNames(byline: string): string[] {
  const found = [...names(byline)];
  return found.length ? found : [norm(byline)];
}
