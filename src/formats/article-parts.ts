import type { Article } from '../article.js';
import { sanitizeArticleBody, type DomWindow, type SanitizeOptions } from './sanitize.js';

// The header's facts need no sanitiser; they live apart so the popup's preview loads without one.
export { headerFacts, headerLine, languageTag, LANGUAGE_TAG } from './header-facts.js';

function normalised(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The sanitised article body, ready to render. Every format prints the title itself, so a leading `<h1>`
 * that repeats it (some extractions keep the page's headline) is dropped rather than shown twice.
 */
export function articleBody(article: Article, win: DomWindow, opts: SanitizeOptions = {}): HTMLElement {
  const body = sanitizeArticleBody(article.contentHtml, win, {
    imageService: article.source.service,
    ...opts,
  });
  const first = body.firstElementChild;
  if (first?.localName === 'h1' && normalised(first.textContent) === normalised(article.title)) first.remove();
  return body;
}
