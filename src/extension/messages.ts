/**
 * Every message that passes between the parts of the extension, in one place.
 *
 *   popup / background ──tabs.sendMessage──► content script   ContentRequest → ContentResponse
 *   popup / content script ──runtime.sendMessage──► background BackgroundRequest → BackgroundResponse
 *
 * The Article travels as plain JSON, so it crosses both channels unchanged.
 */
import browser from 'webextension-polyfill';
import type { Article } from '../article.js';
import type { ExtractFailure } from '../core/extract.js';

/** Why a tab gave no article: the core's reasons, or `unavailable` when no script may run there (browser pages, stores). */
export type ReadFailure = ExtractFailure | 'unavailable';

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

export type BackgroundRequest = OpenReaderRequest;
export type BackgroundResponse = OpenReaderResponse;

function hasType(raw: unknown, type: string): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === type;
}

export function isContentRequest(raw: unknown): raw is ContentRequest {
  return hasType(raw, 'extract');
}

export function isBackgroundRequest(raw: unknown): raw is BackgroundRequest {
  return hasType(raw, 'openReader') && typeof (raw as { article?: unknown }).article === 'object';
}

export async function sendToTab(tabId: number, request: ContentRequest): Promise<ContentResponse> {
  return (await browser.tabs.sendMessage(tabId, request)) as ContentResponse;
}

export async function sendToBackground(request: BackgroundRequest): Promise<BackgroundResponse> {
  return (await browser.runtime.sendMessage(request)) as BackgroundResponse;
}
