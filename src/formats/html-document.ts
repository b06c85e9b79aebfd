import type { Article } from '../article.js';
import { ARTICLE_CSS } from './article-css.js';
import { articleBody, headerFacts, languageTag } from './article-parts.js';
import { escapeHtml } from './escape.js';
import { highlightsHtml } from './highlights.js';
import { highwireMeta } from './highwire.js';
import { provenanceDefinitions, provenanceRows, type SavedCopy } from './provenance.js';
import { isDataImage, type DomWindow } from './sanitize.js';
import { sourceLine } from './source-line.js';

/**
 * The saved file may never make a request: images are data: URIs, styles are inline, nothing else loads.
 * `base-uri` and `form-action` are not covered by `default-src`, so they are closed explicitly.
 */
export const SAVED_DOCUMENT_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export interface HtmlDocumentOptions extends SavedCopy {
  /** Original image `src` → `data:` URI, or null when the image could not be fetched. */
  images: Map<string, string | null>;
  /** SHA-256 (hex) of `article.text`; see `sha256Hex`. */
  textSha256: string;
}

function headerHtml(article: Article): string {
  const facts = headerFacts(article);
  const meta = [
    facts.byline ? escapeHtml(facts.byline) : null,
    facts.published ? `<time datetime="${facts.published}">${facts.published}</time>` : null,
  ].filter(Boolean);
  return [
    '<header class="ar-header">',
    facts.site ? `<p class="ar-site">${escapeHtml(facts.site)}</p>` : '',
    `<h1 class="ar-title">${escapeHtml(facts.title)}</h1>`,
    meta.length ? `<p class="ar-meta">${meta.join(' · ')}</p>` : '',
    '</header>',
  ].join('');
}

/** A visible box where an image could not be saved: its address as text, never as something to load. */
function missingImage(img: Element): Element {
  const doc = img.ownerDocument;
  const box = doc.createElement('span');
  box.className = 'ar-missing-image';
  const label = doc.createElement('span');
  label.className = 'ar-missing-image-label';
  const alt = img.getAttribute('alt')?.trim();
  label.textContent = alt ? `Image not saved: ${alt}` : 'Image not saved';
  const url = doc.createElement('span');
  url.className = 'ar-missing-image-url';
  url.textContent = img.getAttribute('src') ?? '';
  box.append(label, url);
  return box;
}

function inlineImages(body: HTMLElement, images: Map<string, string | null>): void {
  for (const img of [...body.querySelectorAll('img')]) {
    const data = images.get(img.getAttribute('src') ?? '');
    if (data && isDataImage(data)) img.setAttribute('src', data.trim());
    else img.replaceWith(missingImage(img));
  }
}

function provenanceHtml(article: Article, opts: HtmlDocumentOptions): string {
  const rows = provenanceDefinitions(provenanceRows(article, opts), 'noopener noreferrer');
  return `<footer class="ar-provenance">\n<h2>About this copy</h2>\n<dl>\n${rows}\n</dl>\n</footer>`;
}

/**
 * The article as one self-contained HTML5 file for offline reading: images embedded as data: URIs (or a
 * visible placeholder), the reader's styles inline, a CSP that forbids every request, no script at all, and
 * a provenance block saying where the copy came from. The reader's highlights, if any, close the article.
 */
export function articleToHtmlDocument(article: Article, win: DomWindow, opts: HtmlDocumentOptions): string {
  const body = articleBody(article, win);
  inlineImages(body, opts.images);
  const facts = headerFacts(article);
  const lang = languageTag(article.lang);
  const title = facts.site ? `${facts.title} — ${facts.site}` : facts.title;
  return `<!DOCTYPE html>
<html${lang ? ` lang="${escapeHtml(lang)}"` : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SAVED_DOCUMENT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Archive Reader ${escapeHtml(opts.extensionVersion)}">
<title>${escapeHtml(title)}</title>
${highwireMeta(article)}
<style>${ARTICLE_CSS}</style>
</head>
<body>
<main class="ar-page">
<article class="ar-article">
${headerHtml(article)}
<div class="ar-body">
${body.innerHTML}
</div>
${highlightsHtml(article)}
</article>
${provenanceHtml(article, opts)}
</main>
</body>
</html>
`;
}

export interface HtmlFragmentOptions {
  /** Start with the title and a byline/publisher/date line (default true). */
  header?: boolean;
  sourceLine?: boolean;
}

/**
 * The article as an HTML fragment for the clipboard's rich-text copy (pasted into word processors and
 * notes): sanitised, links to the originals, images at their archive addresses.
 */
export function articleToHtmlFragment(article: Article, win: DomWindow, opts: HtmlFragmentOptions = {}): string {
  const parts = [];
  if (opts.header ?? true) parts.push(headerHtml(article));
  parts.push(articleBody(article, win).innerHTML);
  if (opts.sourceLine) parts.push(sourceLine(article, 'html'));
  return `<article>${parts.join('\n')}</article>`;
}
