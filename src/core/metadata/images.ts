import type { LeadImage } from '../../article.js';
import { normalizeSpace } from '../dom.js';
import type { PageIndex } from '../page-index.js';

/**
 * The lead image: the first real picture after the headline and before the running text (not a logo, icon,
 * tracking pixel or linked thumbnail), with its caption.
 */

function isSmall(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return (w > 0 && w < 120) || (h > 0 && h < 90);
}

function isDecoration(src: string, img: Element, siteName: string | null): boolean {
  if (!/^https?:/i.test(src) || /\.svg(\?|$)/i.test(src)) return true;
  if (isSmall(img)) return true;
  const alt = normalizeSpace(img.getAttribute('alt')).toLowerCase();
  if (alt && siteName && alt === siteName.toLowerCase()) return true;
  return /\b(logo|icon|avatar|sprite|pixel|badge)\b/i.test(alt + ' ' + src);
}

function captionOf(img: Element, index: PageIndex): string | null {
  const fig = img.closest('figure')?.querySelector('figcaption');
  if (fig) return normalizeSpace(fig.textContent) || null;
  for (let next = img.nextElementSibling; next; next = next.nextElementSibling) {
    if (!index.isVisible(next)) continue;
    const t = index.textOf(next);
    return t && !next.querySelector('img') ? t : null;
  }
  return null;
}

/** Position of the first element of running text (a long paragraph) after `from`. */
function bodyStart(index: PageIndex, from: number): number {
  let first = Infinity;
  for (const [el, len] of index.textLength) {
    if (len < 150 || index.containsBlock.has(el)) continue;
    const at = index.positionOf(el);
    if (at > from && at < first) first = at;
  }
  return first;
}

export function findLeadImage(
  index: PageIndex,
  siteName: string | null,
  title: Element | null,
  rewriteSrc: (s: string) => string,
): LeadImage | null {
  const from = title ? index.positionOf(title) : -1;
  const until = title ? bodyStart(index, from) : Infinity;
  for (const img of index.all('img').slice(0, 40)) {
    const at = index.positionOf(img);
    if (at < from) continue;
    if (at > until) return null;
    const raw = img.getAttribute('data-src') ?? img.getAttribute('src') ?? '';
    const src = raw.startsWith('data:') ? raw : rewriteSrc(raw);
    if (isDecoration(src, img, siteName)) continue;
    if (img.closest('a') && !img.closest('figure')) continue; // a linked thumbnail is a promo, not the lead
    return { url: src, caption: captionOf(img, index) };
  }
  return null;
}
