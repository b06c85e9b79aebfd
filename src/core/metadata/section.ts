import type { PageIndex } from '../page-index.js';

/**
 * The section ("Politics"): the kicker printed just above the headline, else the first word of the article's
 * path when it is a plain word ("/politics/…").
 */

const NOT_SECTIONS =
  /^(news|article|articles|story|stories|content|amp|www|index|en|de|fr|es|it|blog|blogs|p|post|posts|a|s|id|wiki|page|pages|html|static|view|read)$/i;

function titleCase(s: string): string {
  return s === s.toUpperCase()
    ? s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase())
    : s;
}

export function findSection(
  index: PageIndex,
  title: Element | null,
  originalUrl: string | null,
): { section: string | null; element: Element | null } {
  if (title) {
    let prev: Element | null = title.previousElementSibling;
    for (let i = 0; prev && i < 2; prev = prev.previousElementSibling) {
      if (!index.isVisible(prev)) continue;
      i++;
      const text = index.textOf(prev);
      if (text && text.length <= 30 && text.split(' ').length <= 3 && !prev.querySelector('img') && !/\d/.test(text)) {
        return { section: titleCase(text), element: prev };
      }
    }
  }
  if (originalUrl) {
    try {
      const first = new URL(originalUrl).pathname.split('/').filter(Boolean)[0];
      if (first && /^[a-z][a-z-]{2,20}$/.test(first) && !NOT_SECTIONS.test(first)) {
        return { section: first.replace(/-/g, ' ').replace(/^\p{L}/u, (c) => c.toUpperCase()), element: null };
      }
    } catch {
      /* not a URL: no section */
    }
  }
  return { section: null, element: null };
}
