/**
 * Every message that passes between the parts of the extension, in one place.
 *
 *   popup / reader ──runtime.sendMessage──► background   BackgroundRequest → BackgroundResponse
 *
 * Pages are never messaged: the popup and the reader copy the tab's page (shared/page-copy.ts) and read it
 * themselves. The Article travels as plain JSON. The senders live in `send.ts`.
 */
import type { Article } from '../article.js';
import type { ExtractFailure } from '../core/pipeline.js';
import type { Refusal } from '../core/refusal.js';

/**
 * Why a tab gave no article: the core's reasons, `unavailable` when no script may run there (browser pages,
 * stores), or `slow` when the page's answer did not come within the wait limit (the tab is busy or the page huge).
 */
export type ReadFailure = ExtractFailure | 'unavailable' | 'slow';

/** What was read from a tab: the article, or why there is none (`refusal`: the core's numbers, when it got that far). */
export type Extraction =
  | { ok: true; article: Article; lenient: boolean; millis: number }
  | { ok: false; failure: ReadFailure; lenient: boolean; millis: number; refusal: Refusal | null };

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

function hasType(raw: unknown, type: string): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === type;
}

export function isOpenReaderRequest(raw: unknown): raw is OpenReaderRequest {
  return hasType(raw, 'openReader') && typeof (raw as { article?: unknown }).article === 'object';
}
