/**
 * The reader's highlights as data and as text: adding and removing one, and the "Highlights" section that the
 * Markdown and HTML saves end with and that *Copy highlights* puts on the clipboard. Each passage carries its
 * links (original and archived copy) with a text fragment that opens the page at it. Pure functions of an Article.
 */
import type { Article, Highlight } from '../article.js';
import { escapeHtml, escapeMarkdownLine, markdownUrl } from './escape.js';
import { passageLinks, type PassageLinks } from './passage-links.js';
import { findPassage } from './text-fragment.js';

const SECTION_TITLE = 'Highlights';

/** Where a highlight starts in the article's text; Infinity for one the text no longer holds (kept, listed last). */
function startOf(article: Article, highlight: Highlight): number {
  return findPassage(article.text, highlight.text, highlight.occurrence)?.[0] ?? Number.POSITIVE_INFINITY;
}

/** The highlights in the order of the text. */
export function sortHighlights(article: Article, highlights: readonly Highlight[]): Highlight[] {
  return highlights
    .map((highlight, index) => ({ highlight, index, at: startOf(article, highlight) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ highlight }) => highlight);
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const sameHighlight = (a: Highlight, b: Highlight): boolean =>
  a.occurrence === b.occurrence && collapse(a.text) === collapse(b.text);

/**
 * `highlights` with the passage added (its words as the article has them), in text order; the same list when it is
 * already there, null when the article's text does not hold the passage.
 */
export function addHighlight(
  article: Article,
  highlights: readonly Highlight[],
  passage: string,
  occurrence: number,
  createdAt: string,
): Highlight[] | null {
  const links = passageLinks(article, passage, occurrence);
  if (!links) return null;
  const added: Highlight = { text: links.passage, occurrence, createdAt };
  if (highlights.some((h) => sameHighlight(h, added))) return [...highlights];
  return sortHighlights(article, [...highlights, added]);
}

export function removeHighlight(highlights: readonly Highlight[], removed: Highlight): Highlight[] {
  return highlights.filter((h) => !sameHighlight(h, removed));
}

interface Linked {
  paragraphs: string[];
  links: PassageLinks | null;
}

function linked(article: Article): Linked[] {
  return sortHighlights(article, article.highlights ?? []).map((h) => {
    const links = passageLinks(article, h.text, h.occurrence);
    const text = links?.passage ?? h.text;
    return {
      paragraphs: text
        .split(/\n\s*\n/)
        .map(collapse)
        .filter(Boolean),
      links,
    };
  });
}

const linkPairs = (links: PassageLinks | null): [string, string][] =>
  [
    ['Original', links?.originalLink ?? null],
    ['Archived copy', links?.archiveLink ?? null],
  ].filter((pair): pair is [string, string] => pair[1] !== null);

/** `## Highlights`, each passage as a quote with its links; '' when the article has none. */
export function highlightsMarkdown(article: Article): string {
  const items = linked(article);
  if (!items.length) return '';
  const blocks = items.map(({ paragraphs, links }) => {
    const quote = paragraphs.map((p) => `> ${escapeMarkdownLine(p)}`).join('\n>\n');
    const pairs = linkPairs(links).map(([label, url]) => `[${label}](${markdownUrl(url)})`);
    return pairs.length ? `${quote}\n\n${pairs.join(' · ')}` : quote;
  });
  return `## ${SECTION_TITLE}\n\n${blocks.join('\n\n')}`;
}

/** A `<section>` with each passage as a `<blockquote>` and its links; '' when the article has none. */
export function highlightsHtml(article: Article, heading: string = SECTION_TITLE): string {
  const items = linked(article);
  if (!items.length) return '';
  const list = items.map(({ paragraphs, links }) => {
    const cite = links?.originalLink ?? links?.archiveLink;
    const quote = `<blockquote${cite ? ` cite="${escapeHtml(cite)}"` : ''}>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</blockquote>`;
    const pairs = linkPairs(links).map(([label, url]) => `<a href="${escapeHtml(url)}">${label}</a>`);
    return `<li>${quote}${pairs.length ? `<p class="ar-highlight-links">${pairs.join(' · ')}</p>` : ''}</li>`;
  });
  return `<section class="ar-highlights">\n<h2>${escapeHtml(heading)}</h2>\n<ol>\n${list.join('\n')}\n</ol>\n</section>`;
}

/** Each passage in typographic quotes with its links, for a plain-text field; '' when the article has none. */
export function highlightsText(article: Article, heading: string = SECTION_TITLE): string {
  const items = linked(article);
  if (!items.length) return '';
  const blocks = items.map(({ paragraphs, links }) =>
    [`“${paragraphs.join('\n\n')}”`, ...linkPairs(links).map(([label, url]) => `${label}: ${url}`)].join('\n'),
  );
  return `${heading}\n\n${blocks.join('\n\n')}\n`;
}
