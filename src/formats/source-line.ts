import type { Article } from '../article.js';
import { headerFacts } from './article-parts.js';
import { utcReadable, utcSecond } from './dates.js';
import { escapeHtml, escapeMarkdownInline, markdownAutolink, markdownUrl } from './escape.js';
import { httpUrl } from './sanitize.js';

export type SourceLineFormat = 'text' | 'markdown' | 'html';

/** What a source line says, already checked: URLs are absolute http(s) or absent. */
interface SourceFacts {
  title: string;
  site: string | null;
  published: string | null;
  originalUrl: string | null;
  /** The short snapshot address when there is one: it fits a line; the long one is in the provenance block. */
  archiveUrl: string | null;
  archivedAt: string | null;
  archivedAtIso: string | null;
}

function sourceFacts(article: Article): SourceFacts {
  const { source } = article;
  const { title, site, published } = headerFacts(article);
  return {
    title,
    site,
    published,
    originalUrl: httpUrl(source.originalUrl),
    archiveUrl: httpUrl(source.archiveShortUrl) ?? httpUrl(source.archiveUrl),
    archivedAt: utcReadable(source.archivedAt),
    archivedAtIso: utcSecond(source.archivedAt),
  };
}

function captured(facts: SourceFacts, time: (label: string) => string): string {
  return facts.archivedAt ? ` (captured ${time(facts.archivedAt)})` : '';
}

function asText(f: SourceFacts): string {
  const parts = [`“${f.title}”`, f.site, f.published].filter(Boolean).join(', ');
  let line = `Source: ${parts}`;
  // URLs end their segment: punctuation glued to a URL gets swallowed by auto-linkers.
  if (f.originalUrl) line += ` — ${f.originalUrl}`;
  if (f.archiveUrl) line += ` — archived copy${captured(f, (t) => t)}: ${f.archiveUrl}`;
  return line;
}

function asMarkdown(f: SourceFacts): string {
  const title = `“${escapeMarkdownInline(f.title)}”`;
  const parts = [
    f.originalUrl ? `[${title}](${markdownUrl(f.originalUrl)})` : title,
    f.site ? `*${escapeMarkdownInline(f.site)}*` : null,
    f.published,
  ];
  let line = `Source: ${parts.filter(Boolean).join(', ')}`;
  if (f.archiveUrl) line += ` — archived copy${captured(f, (t) => t)}: ${markdownAutolink(f.archiveUrl)}`;
  return line;
}

function link(url: string, label: string): string {
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${label}</a>`;
}

function asHtml(f: SourceFacts): string {
  const title = `“${escapeHtml(f.title)}”`;
  const parts = [
    f.originalUrl ? link(f.originalUrl, title) : title,
    f.site ? `<cite>${escapeHtml(f.site)}</cite>` : null,
    f.published ? `<time datetime="${f.published}">${f.published}</time>` : null,
  ];
  let line = `Source: ${parts.filter(Boolean).join(', ')}`;
  if (f.archiveUrl) {
    const time = (label: string): string =>
      `<time datetime="${escapeHtml(f.archivedAtIso ?? '')}">${escapeHtml(label)}</time>`;
    line += ` — archived copy${captured(f, time)}: ${link(f.archiveUrl, escapeHtml(f.archiveUrl))}`;
  }
  return `<p class="ar-source">${line}</p>`;
}

/**
 * The line appended to copies so a pasted article keeps its origin: title, publisher, publication date,
 * original URL and the archived copy with its capture time. Every value is escaped for `format`.
 */
export function sourceLine(article: Article, format: SourceLineFormat): string {
  const facts = sourceFacts(article);
  switch (format) {
    case 'text':
      return asText(facts);
    case 'markdown':
      return asMarkdown(facts);
    case 'html':
      return asHtml(facts);
  }
}
