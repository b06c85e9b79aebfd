/**
 * Every message that passes between the parts of the extension, in one place.
 *
 *   popup / background ──tabs.sendMessage──► content script   ContentRequest → ContentResponse
 *   popup / content script ──runtime.sendMessage──► background BackgroundRequest → BackgroundResponse
 *
 * The Article travels as plain JSON, so it crosses both channels unchanged. The senders live in `send.ts`:
 * this module has no runtime dependencies, so the injected script can use its guards without the polyfill.
 */
import type { Article } from '../article.js';
import type { ExtractFailure } from '../core/pipeline.js';
import type { Publisher } from '../core/metadata/publishers.js';

/**
 * Why a tab gave no article: the core's reasons, `unavailable` when no script may run there (browser pages,
 * stores), or `slow` when the page's answer did not come within the wait limit (the tab is busy or the page huge).
 */
export type ReadFailure = ExtractFailure | 'unavailable' | 'slow';

/** What the content script found on its page. */
export type Extraction =
  | { ok: true; article: Article; lenient: boolean; millis: number }
  | { ok: false; failure: ReadFailure; lenient: boolean; millis: number };

/** To the content script: the page's article (cached after the first extraction); `lenient` retries with looser limits. */
export interface ExtractRequest {
  type: 'extract';
  lenient: boolean;
}

export type ContentRequest = ExtractRequest;
export type ContentResponse = Extraction;

/** To the background: store the article for the reader and open a reader tab next to `sourceTabId`. */
export interface OpenReaderRequest {
  type: 'openReader';
  article: Article;
  sourceTabId: number | null;
}

export interface OpenReaderResponse {
  readerTabId: number | null;
}

/**
 * To the background: the publisher of an original host. The publisher table stays in the background so the
 * script injected into pages keeps within its size budget; the content script asks for the one entry it needs.
 */
export interface PublisherRequest {
  type: 'publisher';
  host: string;
}

export interface PublisherResponse {
  publisher: Publisher | null;
}

/** To the background, from a snapshot's content script: its article is ready (the background may open the reader). */
export interface SnapshotReadNotice {
  type: 'snapshotRead';
}

export type BackgroundRequest = OpenReaderRequest | PublisherRequest | SnapshotReadNotice;
export type BackgroundResponse = OpenReaderResponse | PublisherResponse;

function hasType(raw: unknown, type: string): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === type;
}

export function isContentRequest(raw: unknown): raw is ContentRequest {
  return hasType(raw, 'extract');
}

export function isOpenReaderRequest(raw: unknown): raw is OpenReaderRequest {
  return hasType(raw, 'openReader') && typeof (raw as { article?: unknown }).article === 'object';
}

export function isPublisherRequest(raw: unknown): raw is PublisherRequest {
  return hasType(raw, 'publisher') && typeof (raw as { host?: unknown }).host === 'string';
}

export function isSnapshotReadNotice(raw: unknown): raw is SnapshotReadNotice {
  return hasType(raw, 'snapshotRead');
}

export function isBackgroundRequest(raw: unknown): raw is BackgroundRequest {
  return isOpenReaderRequest(raw) || isPublisherRequest(raw) || isSnapshotReadNotice(raw);
}
