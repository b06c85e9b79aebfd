import type { Article } from '../../article.js';
import { articleBody, headerFacts, languageTag } from '../../formats/article-parts.js';
import { calendarDate, utcSecond } from '../../formats/dates.js';
import { otherArchiveLinks, type CrossCheckLink } from '../../core/archives/cross-check.js';
import { httpUrl } from '../../formats/sanitize.js';
import { sourceLine } from '../../formats/source-line.js';
import { displayCapture, displayDate, displayHost, displayNumber } from '../shared/display.js';
import { t } from '../shared/i18n.js';
import { articleDirection } from './direction.js';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', undefined, text);
  a.href = href;
  a.rel = 'noopener noreferrer';
  return a;
}

function joinWithDots(parent: HTMLElement, parts: (Node | null)[]): void {
  parts
    .filter((part): part is Node => part !== null)
    .forEach((part, i) => {
      if (i > 0) parent.append(' · ');
      parent.append(part);
    });
}

/** Title, byline, date, reading time, and links to the original and to the archived copy with its capture time. */
function header(article: Article): HTMLElement {
  const facts = headerFacts(article);
  const head = el('header', 'ar-header');
  if (facts.site) head.append(el('p', 'ar-site', facts.site));
  head.append(el('h1', 'ar-title', facts.title));

  const meta = el('p', 'ar-meta');
  const day = calendarDate(article.published);
  let date: HTMLTimeElement | null = null;
  if (day) {
    date = el('time', undefined, displayDate(day) ?? day);
    date.dateTime = day;
  }
  const minutes = Math.max(1, article.readingMinutes);
  joinWithDots(meta, [
    facts.byline ? document.createTextNode(facts.byline) : null,
    date,
    el('span', 'reading-time', t('readerReadingTime', displayNumber(minutes))),
  ]);
  head.append(meta);

  const { source } = article;
  const original = httpUrl(source.originalUrl);
  const archived = httpUrl(source.archiveShortUrl) ?? httpUrl(source.archiveUrl);
  const links = el('p', 'ar-meta ar-links');
  const host = displayHost(original);
  const captured = displayCapture(source.archivedAt);
  let archivedLink: HTMLAnchorElement | null = null;
  if (archived) {
    archivedLink = link(archived, captured ? t('readerArchivedCopyCaptured', captured) : t('readerArchivedCopy'));
    archivedLink.id = 'archived-link';
    const iso = utcSecond(source.archivedAt);
    if (iso) archivedLink.dataset.capturedAt = iso;
  }
  joinWithDots(links, [
    original
      ? Object.assign(link(original, host ? t('readerOriginalOn', host) : t('readerOriginal')), { id: 'original-link' })
      : null,
    archivedLink,
  ]);
  if (links.childNodes.length) head.append(links);
  const compare = compareLinks(article);
  if (compare) head.append(compare);
  return head;
}

/**
 * The same article in the other web archive, at the capture nearest this one (constructed, never fetched): a
 * quick way to check one archive's copy against another's.
 */
function compareLinks(article: Article): HTMLElement | null {
  const others = otherArchiveLinks(article.source).filter((l) => l.service !== 'original');
  if (!others.length) return null;
  const label = (l: CrossCheckLink): string => {
    if (l.service === 'wayback')
      return t(l.url.includes('/web/*/') ? 'readerCompareWaybackAll' : 'readerCompareWayback');
    return t(l.url.includes('/newest/') ? 'readerCompareArchiveTodayNewest' : 'readerCompareArchiveToday');
  };
  const p = el('p', 'ar-meta ar-compare');
  p.append(`${t('readerCompare')} `);
  joinWithDots(
    p,
    others.map((l) => Object.assign(link(l.url, label(l)), { className: `compare-${l.service.replace('.', '-')}` })),
  );
  return p;
}

/**
 * Images a library article brings along: original `src` → an object URL of the stored Blob. With it, the page
 * makes no request at all: an image that was not stored becomes a placeholder.
 */
type LocalImages = Map<string, string>;

/** The lead image, when the body does not already show it (some articles keep it apart from the text). */
function leadFigure(article: Article, body: HTMLElement, local: LocalImages | null): HTMLElement | null {
  const lead = article.leadImage;
  const src = lead ? httpUrl(lead.url) : null;
  if (!lead || !src) return null;
  const shown = [...body.querySelectorAll('img')].some(
    (img) => img.dataset.src === src || img.getAttribute('src') === src,
  );
  if (shown) return null;
  const stored = local ? local.get(src) : src;
  if (!stored) return null;
  const figure = el('figure', 'lead-image');
  const img = el('img');
  img.src = stored;
  img.alt = '';
  figure.append(img);
  if (lead.caption) figure.append(el('figcaption', undefined, lead.caption));
  return figure;
}

/** Where a library article's image was not stored: a visible box with its address as text, never a request. */
function missingImage(img: HTMLImageElement): HTMLElement {
  const box = img.ownerDocument.createElement('span');
  box.className = 'ar-missing-image';
  const label = img.ownerDocument.createElement('span');
  label.className = 'ar-missing-image-label';
  label.textContent = t('readerImageNotSaved');
  const url = img.ownerDocument.createElement('span');
  url.className = 'ar-missing-image-url';
  url.textContent = img.getAttribute('src') ?? '';
  box.append(label, url);
  return box;
}

/**
 * Images load only once adopted into this page; keep them from slowing the text down or sending a referrer.
 * With `local`, every image is pointed at its stored copy (the original address kept in `data-src`) first.
 */
function prepareImages(body: HTMLElement, local: LocalImages | null): void {
  for (const img of [...body.querySelectorAll('img')]) {
    if (local) {
      const src = img.getAttribute('src') ?? '';
      const stored = local.get(src);
      if (!stored) {
        img.replaceWith(missingImage(img));
        continue;
      }
      img.dataset.src = src;
      img.setAttribute('src', stored);
      continue; // a blob: URL costs nothing to load
    }
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.setAttribute('referrerpolicy', 'no-referrer');
  }
}

/**
 * The source line under the article, kept in print so a PDF says where it came from. The text form is used
 * because it spells the addresses out, which paper needs; they are made clickable for the screen and the PDF.
 */
function sourceFooter(article: Article): HTMLElement {
  const footer = el('footer', 'ar-source');
  const line = sourceLine(article, 'text');
  let last = 0;
  for (const match of line.matchAll(/https?:\/\/\S+/g)) {
    const url = httpUrl(match[0]);
    if (!url) continue;
    footer.append(line.slice(last, match.index), link(url, url));
    last = match.index + match[0].length;
  }
  footer.append(line.slice(last));
  return footer;
}

/** What the article's own ids are prefixed with in the reader. */
const ARTICLE_ID_PREFIX = 'ar-c-';

/**
 * The article's ids, and the in-page links to them, under a prefix of their own: the reader's own elements (`help`,
 * `speech-status`, `archived-link`) share the document, and an article that names one of them would otherwise take
 * its place for every `getElementById` and `#link` of the page.
 */
function namespaceIds(body: HTMLElement): void {
  for (const el of body.querySelectorAll<HTMLElement>('[id]')) el.id = ARTICLE_ID_PREFIX + el.id;
  for (const a of body.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const target = a.getAttribute('href')!.slice(1);
    if (target) a.setAttribute('href', `#${ARTICLE_ID_PREFIX}${target}`);
  }
}

export interface RenderOptions {
  /** A library article's stored images; see LocalImages. */
  localImages?: LocalImages;
  /** A library article's saved time (ISO), said under the header. */
  savedAt?: string;
}

/**
 * The whole article into `main`: header, lead image, body (through the one sanitiser, `articleBody`), source line.
 * Returns the body element, where the table of contents and read-aloud look for headings and paragraphs.
 */
export function renderArticle(main: HTMLElement, article: Article, opts: RenderOptions = {}): HTMLElement {
  const local = opts.localImages ?? null;
  const inert = articleBody(article, window);
  prepareImages(inert, local);
  namespaceIds(inert);
  const body = el('div', 'ar-body');
  const lang = languageTag(article.lang);
  if (lang) body.lang = lang;
  body.append(...[...inert.childNodes].map((node) => document.adoptNode(node)));

  const wrapper = el('article', 'ar-article');
  const head = header(article);
  const saved = opts.savedAt ? displayCapture(opts.savedAt) : null;
  if (saved) head.append(el('p', 'ar-meta ar-library-note', t('readerFromLibrary', saved)));
  wrapper.append(head);
  const lead = leadFigure(article, body, local);
  if (lead) wrapper.append(lead);
  // The article runs in its own direction (a Hebrew article in an English browser too); the source line under it
  // is the interface's text, so it keeps the page's direction.
  wrapper.dir = articleDirection(article.lang);
  const footer = sourceFooter(article);
  footer.dir = document.documentElement.dir || 'ltr';
  wrapper.append(body, footer);
  main.replaceChildren(wrapper);
  document.title = headerFacts(article).title;
  return body;
}
