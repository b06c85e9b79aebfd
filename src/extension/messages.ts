/**
 * Every message that passes between the parts of the extension, in one place.
 *
 *   popup / reader ──runtime.sendMessage──► background   BackgroundRequest → BackgroundResponse
 *   popup ──────────runtime.sendMessage──► background   KeptReadingRequest → KeptReadingResponse | null
 *   background ─────runtime.sendMessage──► quote worker  QuoteSelectionRequest → QuoteSelectionResponse
 *   background ─────runtime.sendMessage──► quote worker  ExtractCopyRequest → Extraction
 *
 * Pages are never messaged: the tab's page is copied (shared/page-copy.ts) and the copy read by an extension page.
 * The popup and the reader read it themselves; when a snapshot tab has loaded, and for the menu's *Copy quote with
 * citation*, the background copies it and the quote worker (an extension page with a DOM, quote-worker/) reads it.
 * The Article travels as plain JSON. The senders live in `send.ts`.
 */
import type { Article } from '../article.js';
import type { ExtractFailure } from '../core/pipeline.js';
import type { Refusal } from '../core/refusal.js';
import type { CitationStyleId } from '../formats/citation/index.js';
import type { ReadingSource } from './shared/kept-reading.js';
import type { PageCopy } from './shared/page-copy.js';
import type { PageSelection } from './shared/page-selection.js';

/**
 * Why a tab gave no article: the core's reasons, `unavailable` when no script may run there (browser pages,
 * stores), `slow` when the page's answer did not come within the wait limit (the tab is busy or the page huge), or
 * `error` when the extractor itself failed: a bug, told as one (with its message to report), never as "no article".
 */
export type ReadFailure = ExtractFailure | 'unavailable' | 'slow' | 'error';

/** What was read from a tab: the article, or why there is none (`refusal`: the core's numbers, when it got that far). */
export type Extraction =
  | { ok: true; article: Article; lenient: boolean; millis: number }
  | { ok: false; failure: ReadFailure; lenient: boolean; millis: number; refusal: Refusal | null; error?: string };

/** To the background: store the article for the reader and open a reader tab next to `sourceTabId`. */
export interface OpenReaderRequest {
  type: 'openReader';
  article: Article;
  sourceTabId: number | null;
  /** Start Verify once the reader shows the article (the popup's Verify). */
  verify?: boolean;
}

interface OpenReaderResponse {
  readerTabId: number | null;
}

export type BackgroundRequest = OpenReaderRequest;
export type BackgroundResponse = OpenReaderResponse;

/**
 * To the background, from the popup: the reading of tab `tabId`'s present page taken when it loaded, waiting for
 * it when it is under way. Null when there is none: the popup reads the page itself.
 */
export interface KeptReadingRequest {
  type: 'keptReading';
  tabId: number;
}

export interface KeptReadingResponse {
  extraction: Extraction;
  source: ReadingSource;
}

function hasType(raw: unknown, type: string): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === type;
}

export function isKeptReadingRequest(raw: unknown): raw is KeptReadingRequest {
  return hasType(raw, 'keptReading') && Number.isInteger((raw as { tabId?: unknown }).tabId);
}

/** To the quote worker: read the article from a copied page. */
export interface ExtractCopyRequest {
  type: 'extractCopy';
  copy: PageCopy;
  lenient: boolean;
}

export function isExtractCopyRequest(raw: unknown): raw is ExtractCopyRequest {
  if (!hasType(raw, 'extractCopy')) return false;
  const { copy, lenient } = raw as { copy?: Partial<PageCopy>; lenient?: unknown };
  return typeof copy?.html === 'string' && typeof copy.url === 'string' && typeof lenient === 'boolean';
}

export function isOpenReaderRequest(raw: unknown): raw is OpenReaderRequest {
  return hasType(raw, 'openReader') && typeof (raw as { article?: unknown }).article === 'object';
}

/** To the quote worker: read the copied page and quote the selection made on it, in the user's citation style. */
export interface QuoteSelectionRequest {
  type: 'quoteSelection';
  copy: PageCopy;
  selection: PageSelection;
  style: CitationStyleId;
}

/** The quote as rich text, or why there is none: the page held no article, or the article not the selection. */
export type QuoteSelectionResponse =
  | { ok: true; html: string; text: string }
  | { ok: false; reason: 'no-article' | 'not-in-article' };

export function isQuoteSelectionRequest(raw: unknown): raw is QuoteSelectionRequest {
  if (!hasType(raw, 'quoteSelection')) return false;
  const { copy, selection, style } = raw as {
    copy?: Partial<PageCopy>;
    selection?: Partial<PageSelection>;
    style?: unknown;
  };
  return (
    typeof copy?.html === 'string' &&
    typeof copy.url === 'string' &&
    typeof selection?.text === 'string' &&
    typeof selection.before === 'string' &&
    typeof style === 'string'
  );
}
