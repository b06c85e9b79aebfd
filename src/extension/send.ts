/** Typed senders for the messages of `messages.ts`, through webextension-polyfill. */
import browser from 'webextension-polyfill';
import type {
  BackgroundRequest,
  BackgroundResponse,
  ExtractCopyRequest,
  Extraction,
  QuoteSelectionRequest,
  QuoteSelectionResponse,
  KeptReadingRequest,
  KeptReadingResponse,
} from './messages.js';

export async function sendToBackground(request: BackgroundRequest): Promise<BackgroundResponse> {
  return (await browser.runtime.sendMessage(request)) as BackgroundResponse;
}

/** Asks the quote worker (which must be open: see background/quote-worker-page.ts) for the quote of a selection. */
export async function sendToQuoteWorker(request: QuoteSelectionRequest): Promise<QuoteSelectionResponse> {
  return (await browser.runtime.sendMessage(request)) as QuoteSelectionResponse;
}

/** Asks the background for the reading it took of a tab when it loaded (see background/pre-read.ts). */
export async function askKeptReading(request: KeptReadingRequest): Promise<KeptReadingResponse | null> {
  return ((await browser.runtime.sendMessage(request)) as KeptReadingResponse | null | undefined) ?? null;
}

/** Asks the quote worker (which must be open) to read the article from a copied page. */
export async function sendCopyToWorker(request: ExtractCopyRequest): Promise<Extraction> {
  return (await browser.runtime.sendMessage(request)) as Extraction;
}
