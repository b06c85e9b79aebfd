/**
 * Opens the quote worker (quote-worker/) for a piece of work (a quote, or reading a snapshot ahead for the popup)
 * and closes it after: in Chrome an offscreen
 * document (the `offscreen` permission; a service worker has no DOM to read a page with), in Firefox, which has
 * no offscreen documents but gives its event page a DOM, a frame inside the background page. One at a time.
 */
import browser from 'webextension-polyfill';

const WORKER = 'quote-worker.html';

/** The part of Chrome's `chrome.offscreen` used here (webextension-polyfill does not describe it). */
interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

async function openWorker(): Promise<() => Promise<void>> {
  const offscreen = offscreenApi();
  if (offscreen) {
    try {
      // Resolves once the page has loaded, so its message listener is there.
      await offscreen.createDocument({
        url: WORKER,
        reasons: ['DOM_PARSER'],
        justification:
          'Reads a copied snapshot page: to quote the selected passage with its citation, and to have the article ready for the popup.',
      });
    } catch (error) {
      // One is open already (an earlier quote cut short when the worker stopped): use it.
      if (!/single offscreen|already/i.test(String(error))) throw error;
    }
    return () => offscreen.closeDocument().catch(() => undefined);
  }
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(WORKER);
  await new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error('the quote worker did not load')), { once: true });
    document.body.append(frame);
  });
  return async () => frame.remove();
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` while the quote worker is open. */
export function withQuoteWorker<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const close = await openWorker();
    try {
      return await work();
    } finally {
      await close();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
