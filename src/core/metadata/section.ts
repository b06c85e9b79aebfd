import { normalizeSpace } from '../dom.js';

/**
 * The section ("Politics"): the kicker printed above the headline, else the first word of the article's path
 * when it is a plain word ("/politics/…").
 */

const NOT_SECTIONS = /^(news|article|articles|story|stories|content|amp|www|index|en|de|fr|es|it|blog|blogs|p|post|posts|a|s|id|20\d\d|19\d\d)$/i;

export function findSection(title: Element | null, originalUrl: string | null): { section: string | null; element: Element | null } {
  if (title) {
    let prev: Element | null = title.previousElementSibling;
    for (let i = 0; prev && i < 2; i++, prev = prev.previousElementSibling) {
      const text = normalizeSpace(prev.textContent);
      if (text && text.length <= 30 && text.split(' ').length <= 3 && !prev.querySelector('img') && !/\d{4}/.test(text)) {
        return { section: text.replace(/^[A-Z\s&]+$/, (s) => s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())), element: prev };
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
