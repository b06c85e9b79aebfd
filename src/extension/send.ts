/** Typed senders for the messages of `messages.ts`, through webextension-polyfill. */
import browser from 'webextension-polyfill';
import type {
  BackgroundRequest,
  BackgroundResponse,
  QuoteSelectionRequest,
  QuoteSelectionResponse,
} from './messages.js';

export async function sendToBackground(request: BackgroundRequest): Promise<BackgroundResponse> {
  return (await browser.runtime.sendMessage(request)) as BackgroundResponse;
}

/** Asks the quote worker (which must be open: see background/quote-worker-page.ts) for the quote of a selection. */
export async function sendToQuoteWorker(request: QuoteSelectionRequest): Promise<QuoteSelectionResponse> {
  return (await browser.runtime.sendMessage(request)) as QuoteSelectionResponse;
}
