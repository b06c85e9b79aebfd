/**
 * The two runtime calls the injected script makes, without webextension-polyfill. The script injected into
 * archive pages has a 30 KB (gzipped) budget and the polyfill would take 3 KB of it for these two calls, which
 * both browsers already offer in a common form: `runtime.sendMessage` returns a promise in Firefox and in
 * Chrome's Manifest V3, and an `onMessage` listener that calls `sendResponse` and returns `true` answers
 * asynchronously in both. Every other part of the extension uses the polyfill's `browser`.
 */
import type Browser from 'webextension-polyfill';

interface MessageEvent {
  addListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined): void;
}

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: MessageEvent;
}

const api = (globalThis as unknown as { browser?: typeof Browser; chrome?: unknown }).browser ?? (globalThis as unknown as { chrome: unknown }).chrome;
const runtime = (api as { runtime: Runtime }).runtime;

export function sendMessage(message: unknown): Promise<unknown> {
  return runtime.sendMessage(message);
}

/** Answers messages for which `handle` returns a promise; ignores the others. */
export function onMessage(handle: (message: unknown) => Promise<unknown> | undefined): void {
  runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const answer = handle(message);
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) => sendResponse({ ok: false, failure: 'no-article', lenient: false, millis: 0, error: String(error) }));
    return true;
  });
}
