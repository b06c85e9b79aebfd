/**
 * What *Copy quote* and *Copy highlights* put on the clipboard, in the reader and from the snapshot page's menu:
 * HTML and plain text built by `src/formats` in the user's citation style. The formatters come with the quote
 * code, loaded on first use (see shared/lazy.ts), not with the reader.
 */
import type { Article } from '../../article.js';
import { cite, CITATION_STYLES, type CitationStyleId } from '../../formats/citation/index.js';
import { escapeHtml } from '../../formats/escape.js';
import { highlightsHtml, highlightsText } from '../../formats/highlights.js';
import { quoteArticle } from '../../formats/quote.js';
import { localDate } from './cite-panel.js';

export interface RichText {
  html: string;
  text: string;
}

/**
 * The style a quote is cited in: the user's, unless it is a reference-manager record (BibTeX, RIS, CSL-JSON) or a
 * bare link (Markdown, HTML), which say nothing beside a quotation; then APA, the default.
 */
function quoteStyle(style: CitationStyleId): CitationStyleId {
  const info = CITATION_STYLES.find((s) => s.id === style);
  return info?.kind === 'text' && style !== 'markdown' && style !== 'html' ? style : 'apa';
}

/** The quote of a passage, or null when the article's text does not hold it. */
export function quoteForClipboard(
  article: Article,
  passage: string,
  occurrence: number,
  style: CitationStyleId,
): RichText | null {
  const quote = quoteArticle(article, passage, { style: quoteStyle(style), occurrence, accessed: localDate() });
  return quote ? { html: quote.html, text: quote.text } : null;
}

/** Every highlight with its links, headed by the article's title and followed by its citation; null without any. */
export function highlightsForClipboard(article: Article, style: CitationStyleId, heading: string): RichText | null {
  const text = highlightsText(article, heading);
  if (!text) return null;
  const citation = cite(article, quoteStyle(style), { accessed: localDate() });
  return {
    html: `${highlightsHtml(article, heading)}\n<p>${citation.html ?? escapeHtml(citation.text.trim())}</p>\n`,
    text: `${text}\n${citation.text.trim()}\n`,
  };
}
