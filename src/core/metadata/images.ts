import type { LeadImage } from '../../article.js';
import { normalizeSpace } from '../dom.js';

/**
 * The lead image: the first real picture of the article (not a logo, icon or tracking pixel), with its caption.
 */

function isSmall(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return (w > 0 && w < 120) || (h > 0 && h < 90);
}

function isDecoration(img: Element, siteName: string | null): boolean {
  const src = img.getAttribute('src') ?? '';
  if (!/^https?:/i.test(src) || /\.svg(\?|$)/i.test(src)) return true;
  if (isSmall(img)) return true;
  const alt = normalizeSpace(img.getAttribute('alt')).toLowerCase();
  if (alt && siteName && alt === siteName.toLowerCase()) return true;
  return /\b(logo|icon|avatar|sprite|pixel|badge)\b/i.test(alt + ' ' + src);
}

/** Characters of running text between two elements (document order), capped for speed. */
function textBetween(a: Element, b: Element): number {
  const doc = a.ownerDocument;
  const range = doc.createRange();
  range.setStartAfter(a);
  range.setEndBefore(b);
  return normalizeSpace(range.toString()).length;
}

function captionOf(img: Element): string | null {
  const figure = img.closest('figure');
  const fig = figure?.querySelector('figcaption');
  if (fig) return normalizeSpace(fig.textContent) || null;
  const next = img.nextElementSibling;
  if (next && !next.querySelector('img')) {
    const t = normalizeSpace(next.textContent);
    if (t && t.length < 400) return t;
  }
  return null;
}

/** The first real image after the headline (when there is one) and before the article's running text. */
export function findLeadImage(root: Element, siteName: string | null, after: Element | null): LeadImage | null {
  for (const img of Array.from(root.querySelectorAll('img')).slice(0, 30)) {
    if (after && !(after.compareDocumentPosition(img) & 4)) continue;
    if (isDecoration(img, siteName)) continue;
    if (img.closest('a') && !img.closest('figure')) continue; // a linked thumbnail is a promo, not the lead
    if (after && textBetween(after, img) > 600) return null;
    return { url: img.getAttribute('src')!, caption: captionOf(img) };
  }
  return null;
}
