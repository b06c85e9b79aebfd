import type { Snapshot } from './archives/types.js';

const UNSAFE_SCHEME = /^\s*(javascript|vbscript|data|file):/i;

/**
 * Points links at the original addresses (archive `/o/` wrappers unwrapped) and images at absolute archived
 * copies. Lazy-loading attributes are folded into `src` first, so the archived placeholder GIF does not win.
 */
export function rewriteAddresses(root: Element, snapshot: Snapshot): void {
  for (const a of Array.from(root.querySelectorAll('a[href], area[href]'))) {
    const next = snapshot.rewriteHref(a.getAttribute('href') ?? '');
    if (!next || UNSAFE_SCHEME.test(next)) a.removeAttribute('href');
    else a.setAttribute('href', next);
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const lazy = img.getAttribute('data-src') ?? img.getAttribute('data-original') ?? img.getAttribute('data-lazy-src');
    const src = img.getAttribute('src') ?? '';
    const chosen = lazy && (!src || src.startsWith('data:')) ? lazy : src;
    if (!chosen) continue;
    if (chosen.startsWith('data:')) continue;
    img.setAttribute('src', snapshot.rewriteSrc(chosen));
    img.removeAttribute('srcset');
  }
  for (const el of Array.from(root.querySelectorAll('source[srcset], img[srcset]'))) el.removeAttribute('srcset');
}
