import browser from 'webextension-polyfill';
import type { Extraction } from '../messages.js';
import { cachedExtraction, keepExtraction } from './extraction-cache.js';
import { load } from './lazy.js';
import { copyPage, type PageCopy } from './page-copy.js';

/**
 * How long a reader of the tab waits for its answer. The copy and the extraction are bounded by the core's element
 * limit; this bounds the wait, so the popup never hangs on a busy or enormous page.
 */
export const READ_WAIT_MS = 10_000;

/**
 * The article in tab `tabId`, or a `slow` failure after `waitMs`. The tab's page is copied as it is now (allowed by
 * the archives' host permissions, and by `activeTab` on any other page after the user opened the popup, pressed the
 * shortcut or chose the menu item) and read here, in the extension's page: never fetched again.
 * Runs in pages with a DOM (popup, reader); a service worker has none.
 */
export function extractFromTab(tabId: number, lenient = false, waitMs = READ_WAIT_MS): Promise<Extraction> {
  return withinWait(read(tabId, lenient), lenient, waitMs, (extraction) => extraction);
}

/** `answer`, or what `slow` makes of a `slow` failure when it has not come within `waitMs`. */
export async function withinWait<T>(
  answer: Promise<T>,
  lenient: boolean,
  waitMs: number,
  slow: (failure: Extraction) => T,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(
      () => resolve(slow({ ok: false, failure: 'slow', lenient, millis: waitMs, refusal: null })),
      waitMs,
    );
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function read(tabId: number, lenient: boolean): Promise<Extraction> {
  const url = await browser.tabs.get(tabId).then(
    (tab) => tab.url,
    () => undefined,
  );
  const earlier = lenient ? null : await cachedExtraction(tabId, url);
  if (earlier) return earlier.extraction;
  // The extractor's script loads while the tab copies its page.
  const extractor = load('extract');
  extractor.catch(() => undefined);
  let copy: PageCopy | undefined;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: copyPage });
    copy = injection?.result as PageCopy | undefined;
  } catch {
    // Not allowed there: a browser page, a store, or the host permission was withheld.
  }
  if (typeof copy?.html !== 'string' || typeof copy.url !== 'string')
    return { ok: false, failure: 'unavailable', lenient, millis: 0, refusal: null };
  const extraction = await (await extractor).extractFromCopy(copy, lenient);
  await keepExtraction(tabId, copy.url, extraction, 'page');
  return extraction;
}

/**
 * Reads the article from a copy of a page (shared/extract-copy.ts), loading the extractor's script the first time.
 * A page the core cannot handle is a page without an article, not an error.
 */
export async function extractFromCopy(copy: PageCopy, lenient: boolean): Promise<Extraction> {
  return (await load('extract')).extractFromCopy(copy, lenient);
}
