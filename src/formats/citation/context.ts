/**
 * What every style reads from an article, normalised once: clean names, parsed dates, the URL to cite and the
 * archived copy (if any) with its capture date.
 */
import type { Article, Author } from '../../article.js';
import { accessDate, parsePublished, utcDate, type DateParts, type FullDate } from './dates.js';
import { oneLine } from './escape.js';
import { cleanAuthors } from './names.js';

interface ArchivedCopy {
  service: 'archive.today' | 'wayback';
  /** "archive.today" / "Wayback Machine": the container or database name. */
  name: string;
  /** "archive.today" / "the Wayback Machine": the name inside a sentence ("archived …, at the Wayback Machine"). */
  nameInProse: string;
  url: string;
  /** The capture time as given (`2017-07-19T22:03:03Z`). */
  capturedAt: string | null;
  /** The UTC calendar date of the capture. */
  captured: FullDate | null;
}

export interface CitationContext {
  title: string;
  authors: Author[];
  /** The publication ("The Washington Post"). */
  container: string | null;
  published: DateParts | null;
  /** The publication date exactly as the article gives it (kept for `<time datetime>`). */
  publishedRaw: string | null;
  accessed: FullDate;
  originalUrl: string | null;
  archive: ArchivedCopy | null;
  /**
   * A Wayback Machine capture that Verify found to hold the same text (`article.verification`), for styles that
   * cannot cite archive.today: English Wikipedia accepts it as the archived copy. Null when unverified or different.
   */
  verifiedCopy: ArchivedCopy | null;
  lang: string | null;
  /** A citation key chosen by the caller (unique among many records); null: derived from author, year and title. */
  key: string | null;
}

export interface ContextOptions {
  accessed?: string;
  key?: string;
}

export function buildContext(article: Article, options: ContextOptions = {}): CitationContext {
  const container = article.siteName ? oneLine(article.siteName) : '';
  const originalUrl = article.source.originalUrl?.trim() ?? '';
  const lang = article.lang?.trim() ?? '';
  return {
    title: oneLine(article.title),
    authors: cleanAuthors(article.authors),
    container: container || null,
    published: parsePublished(article.published),
    publishedRaw: article.published?.trim() || null,
    accessed: accessDate(options.accessed),
    originalUrl: originalUrl || null,
    archive: archivedCopy(article),
    verifiedCopy: verifiedCopy(article),
    lang: lang || null,
    key: options.key ?? null,
  };
}

function archivedCopy(article: Article): ArchivedCopy | null {
  const { service, archiveUrl, archiveShortUrl, archivedAt } = article.source;
  if (service === 'none') return null;
  // The long form names the original and the capture time, so it is the one to cite; the short one is a fallback.
  return copyAt(service, (archiveUrl ?? archiveShortUrl ?? '').trim(), archivedAt);
}

function verifiedCopy(article: Article): ArchivedCopy | null {
  const check = article.verification;
  if (check?.verdict !== 'identical' || check.other.service !== 'wayback') return null;
  const url = check.other.url.trim();
  return /^https:\/\/web\.archive\.org\/web\/\d{14}\//.test(url)
    ? copyAt('wayback', url, check.other.archivedAt)
    : null;
}

function copyAt(service: 'archive.today' | 'wayback', url: string, archivedAt: string | null): ArchivedCopy | null {
  if (!url) return null;
  const wayback = service === 'wayback';
  return {
    service,
    name: wayback ? 'Wayback Machine' : 'archive.today',
    nameInProse: wayback ? 'the Wayback Machine' : 'archive.today',
    url,
    capturedAt: archivedAt,
    captured: utcDate(archivedAt),
  };
}

/** The URL the text styles print: the original unless the reader asked for the archived copy (or it is all we have). */
export function citedUrl(context: CitationContext, preferArchive: boolean): string | null {
  if (preferArchive && context.archive) return context.archive.url;
  return context.originalUrl ?? context.archive?.url ?? null;
}
