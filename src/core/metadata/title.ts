import { normalizeSpace } from '../dom.js';

/**
 * The headline. On a snapshot the archive's `<title>` may be cut to ~70 characters with "…", so the visible
 * heading wins; the `<title>` only says which heading is the headline.
 */

function words(s: string): string[] {
  return normalizeSpace(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the hint's words found in the candidate (order-free), 0…1. */
function similarity(candidate: string, hint: string): number {
  const h = words(hint);
  if (!h.length) return 0;
  const c = new Set(words(candidate));
  return h.filter((w) => c.has(w)).length / h.length;
}

const SEPARATOR = /\s+[|\-–—:·»]\s+/;

/** "Headline - Site" / "Headline | Site" / "Site: Headline" → the headline alone. */
export function stripSiteSuffix(title: string, siteName?: string | null): string {
  const t = normalizeSpace(title);
  const parts = t.split(SEPARATOR);
  if (parts.length < 2) return t;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const withoutLast = () => t.slice(0, t.length - last.length).replace(/\s+[|\-–—:·»]\s+$/, '');
  const site = (siteName ?? '').toLowerCase().replace(/^the /, '');
  if (site && last.toLowerCase().includes(site)) return withoutLast();
  if (site && first.toLowerCase().includes(site)) return t.slice(first.length).replace(/^\s+[|\-–—:·»]\s+/, '');
  // Without a known site name, only a short trailing part after a pipe or dash counts as a site suffix.
  if (/\s[|\-–—]\s/.test(t) && words(last).length <= 4 && words(first).length > words(last).length) return withoutLast();
  return t;
}

export interface TitleChoice {
  title: string | null;
  element: Element | null;
}

export function findTitle(root: Element, hint: string | null, siteName: string | null): TitleChoice {
  const truncated = !!hint && /(…|\.\.\.)$/.test(hint);
  const cleanHint = hint ? normalizeSpace(hint.replace(/(…|\.\.\.)$/, '')) : '';
  const headings = Array.from(root.querySelectorAll('h1, [itemprop="headline"], h2')).slice(0, 40);
  let best: { el: Element; score: number } | null = null;
  for (const el of headings) {
    const text = normalizeSpace(el.textContent);
    if (text.length < 3 || text.length > 300) continue;
    let score = cleanHint ? similarity(text, cleanHint) : 0;
    if (truncated && cleanHint && text.toLowerCase().startsWith(cleanHint.toLowerCase().slice(0, 40))) score += 0.5;
    if (el.getAttribute('itemprop') === 'headline') score += 0.3;
    if (el.localName === 'h1') score += 0.2;
    if (!best || score > best.score) best = { el, score };
  }
  if (best && (best.score >= 0.7 || (!cleanHint && best.el.localName === 'h1'))) {
    return { title: normalizeSpace(best.el.textContent), element: best.el };
  }
  if (cleanHint) return { title: stripSiteSuffix(cleanHint, siteName), element: null };
  return { title: best ? normalizeSpace(best.el.textContent) : null, element: best?.el ?? null };
}
