/**
 * The quote worker: a page with no window of its own that reads a snapshot page copied by the background, to quote
 * the selection made on it (the menu's *Copy quote with citation*) or to hand the article back (the popup's
 * preview, read ahead when the tab loads: background/pre-read.ts). It exists because the background has no DOM in
 * Chrome (a service worker), and the extraction core never runs inside the archive page itself. Opened for a piece
 * of work and closed after it (background/quote-worker-page.ts).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { occurrenceByContext } from '../../formats/passage-links.js';
import {
  isExtractCopyRequest,
  isQuoteSelectionRequest,
  type QuoteSelectionRequest,
  type QuoteSelectionResponse,
} from '../messages.js';
import { quoteForClipboard } from '../shared/quote-clipboard.js';
import { extractFromCopy } from '../shared/tab-extraction.js';

async function quoteSelection(request: QuoteSelectionRequest): Promise<QuoteSelectionResponse> {
  const extraction = await extractFromCopy(request.copy, false);
  if (!extraction.ok) return { ok: false, reason: 'no-article' };
  const { article } = extraction;
  const occurrence = occurrenceByContext(article.text, request.selection.text, request.selection.before);
  const quote = quoteForClipboard(article, request.selection.text, occurrence, request.style);
  return quote ? { ok: true, ...quote } : { ok: false, reason: 'not-in-article' };
}

// Only the background asks: it is the one sender of the extension's own with no tab and no page address of a page.
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  if (isQuoteSelectionRequest(raw)) return quoteSelection(raw);
  if (isExtractCopyRequest(raw)) return extractFromCopy(raw.copy, raw.lenient);
  return undefined;
});
