/**
 * A quote: a passage of the article with its citation and links that open at the passage, in the original and in
 * the archived copy. The HTML link is a Robust Link (`data-originalurl`, `data-versionurl`, `data-versiondate`),
 * so it names both the live page and the archived copy.
 */
import type { Article } from '../article.js';
import { cite, type CitationOptions, type CitationStyleId } from './citation/index.js';
import { escapeHtml, escapeMarkdownInline, escapeMarkdownLine, markdownAutolink, markdownUrl } from './escape.js';
import { passageLinks } from './passage-links.js';

export interface QuoteOptions extends CitationOptions {
  /** Default: APA, as the extension's default citation style. */
  style?: CitationStyleId;
  /** Which occurrence of a repeated passage is meant (0 = the first). */
  occurrence?: number;
}

export interface Quote {
  /** The passage exactly as the article has it (paragraph breaks kept). */
  passage: string;
  /** The original address opening at the passage, or null for an article without a known original. */
  originalLink: string | null;
  /** The archived copy's address opening at the passage, or null for an ordinary page. */
  archiveLink: string | null;
  text: string;
  markdown: string;
  html: string;
}

/** Citation text as Markdown: its words escaped, its addresses as autolinks (escaping would break them). */
function markdownCitation(text: string): string {
  return text
    .trim()
    .split(/(https?:\/\/\S+?)(?=[.,;]?(?:\s|$))/)
    .map((part, i) => (i % 2 ? markdownAutolink(part) : escapeMarkdownInline(part)))
    .join('');
}

/** `2017-07-19` from the capture time, for `data-versiondate`. */
function versionDate(archivedAt: string | null): string | null {
  const match = archivedAt ? /^\d{4}-\d{2}-\d{2}/.exec(archivedAt) : null;
  return match ? match[0] : null;
}

/** The quote, or null when the article does not hold the passage (whitespace aside). */
export function quoteArticle(article: Article, passage: string, options: QuoteOptions = {}): Quote | null {
  const links = passageLinks(article, passage, options.occurrence ?? 0);
  if (!links) return null;
  const { passage: exact, original, archived, originalLink, archiveLink } = links;
  const citation = cite(article, options.style ?? 'apa', options);
  const paragraphs = exact.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());

  const linkLines = [
    originalLink ? `Original: ${originalLink}` : null,
    archiveLink ? `Archived copy: ${archiveLink}` : null,
  ].filter((l) => l !== null);
  const text = [`“${paragraphs.join('\n\n')}”`, '', citation.text.trim(), ...linkLines].join('\n') + '\n';

  const mdLinks = [
    originalLink ? `[Original](${markdownUrl(originalLink)})` : null,
    archiveLink ? `[Archived copy](${markdownUrl(archiveLink)})` : null,
  ].filter((l) => l !== null);
  const quoted = paragraphs.map((p) => `> ${escapeMarkdownLine(p)}`).join('\n>\n');
  const markdown =
    [quoted, '', markdownCitation(citation.text), ...(mdLinks.length ? ['', mdLinks.join(' · ')] : [])].join('\n') +
    '\n';

  const cited = originalLink ?? archiveLink;
  const robust = [
    `href="${escapeHtml(cited ?? '')}"`,
    original ? `data-originalurl="${escapeHtml(original)}"` : null,
    archived ? `data-versionurl="${escapeHtml(archiveLink ?? archived)}"` : null,
    archived && versionDate(article.source.archivedAt)
      ? `data-versiondate="${versionDate(article.source.archivedAt)}"`
      : null,
  ].filter((a) => a !== null);
  const htmlLinks = [
    cited ? `<a ${robust.join(' ')}>${originalLink ? 'Original' : 'Archived copy'}</a>` : null,
    originalLink && archiveLink ? `<a href="${escapeHtml(archiveLink)}">Archived copy</a>` : null,
  ].filter((l) => l !== null);
  const html =
    `<blockquote${cited ? ` cite="${escapeHtml(cited)}"` : ''}>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</blockquote>\n` +
    `<p>${citation.html ?? escapeHtml(citation.text.trim())}${htmlLinks.length ? ` — ${htmlLinks.join(' · ')}` : ''}</p>\n`;

  return { passage: exact, originalLink, archiveLink, text, markdown, html };
}
