import { displayName, type Article } from '../article.js';
import { escapeXml } from './escape.js';
import { httpUrl } from './sanitize.js';

/**
 * Highwire Press `citation_*` meta tags, the embedded metadata Zotero's connector, Google Scholar and reference
 * managers read from a page: a saved copy is then cited as the original article, not as a local file. Written as
 * self-closing tags, valid in both HTML and the EPUB's XHTML.
 */
export function highwireMeta(article: Article): string {
  const tags: [string, string | null][] = [
    ['citation_title', article.title],
    ...article.authors.map((author): [string, string] => ['citation_author', displayName(author)]),
    // Highwire's own date form is YYYY/MM/DD; a year or year-month stands alone.
    [
      'citation_publication_date',
      article.published ? (/^\d{4}(?:-\d{2}){0,2}/.exec(article.published)?.[0].replace(/-/g, '/') ?? null) : null,
    ],
    ['citation_journal_title', article.siteName],
    ['citation_language', article.lang],
    ['citation_public_url', httpUrl(article.source.originalUrl)],
  ];
  return tags
    .filter((tag): tag is [string, string] => !!tag[1]?.trim())
    .map(([name, content]) => `<meta name="${name}" content="${escapeXml(content.replace(/\s+/g, ' ').trim())}"/>`)
    .join('\n');
}
