/**
 * Reading ahead: when a tab on an archive snapshot has loaded, the background copies its page (the same one
 * function the popup would run there, shared/page-copy.ts, allowed by the archives' host permissions) and the quote
 * worker reads the copy, so the popup, opened later, shows the article at once from `storage.session`
 * (shared/extraction-cache.ts). No request goes out: the copy is the page the tab already shows. Only pages of
 * ordinary size are read ahead (kept-reading.ts). The popup asks here when nothing is kept yet, to wait for the
 * reading under way rather than read the page a second time.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import type { Extraction, KeptReadingResponse } from '../messages.js';
import { sendCopyToWorker } from '../send.js';
import { cachedExtraction, forgetExtraction, keepExtraction } from '../shared/extraction-cache.js';
import { makesStale, sameDocument, worthReadingAhead } from '../shared/kept-reading.js';
import { copyPage, countElements, type PageCopy } from '../shared/page-copy.js';
import { isSnapshotTab } from '../library/snapshot-tabs.js';
import { loadSettings } from '../shared/settings.js';
import { withQuoteWorker } from './quote-worker-page.js';

/** The reading under way for each tab since it loaded, with the address it was started for. */
const underWay = new Map<number, { url: string; reading: Promise<Extraction> }>();

const unavailable = (lenient: boolean): Extraction => ({
  ok: false,
  failure: 'unavailable',
  lenient,
  millis: 0,
  refusal: null,
});

/** Tab `tabId`'s page, copied; undefined when no script may run there. */
async function copyOf(tabId: number): Promise<PageCopy | undefined> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: copyPage });
    const copy = injection?.result as PageCopy | undefined;
    return typeof copy?.html === 'string' && typeof copy.url === 'string' ? copy : undefined;
  } catch {
    return undefined; // Not allowed there: a browser page, a store, or the host permission was withheld.
  }
}

/** Copies tab `tabId`'s page and has the quote worker read it; the worker opens while the tab copies. */
function readTab(tabId: number, lenient: boolean): Promise<{ url: string | null; extraction: Extraction }> {
  const copying = copyOf(tabId);
  return withQuoteWorker(async () => {
    const copy = await copying;
    if (!copy) return { url: null, extraction: unavailable(lenient) };
    return { url: copy.url, extraction: await sendCopyToWorker({ type: 'extractCopy', copy, lenient }) };
  });
}

/** The number of elements of tab `tabId`'s page; undefined when no script may run there. */
async function elementsIn(tabId: number): Promise<unknown> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: countElements });
    return injection?.result;
  } catch {
    return undefined;
  }
}

/** Reads tab `tabId`, which has loaded the snapshot at `url`, ahead when it is of ordinary size (kept-reading.ts). */
function preRead(tabId: number, url: string): void {
  const reading = elementsIn(tabId).then(async (elements) => {
    if (!worthReadingAhead(elements)) return unavailable(false);
    const { url: readAt, extraction } = await readTab(tabId, false);
    if (readAt) await keepExtraction(tabId, readAt, extraction, 'pre-read');
    return extraction;
  });
  underWay.set(tabId, { url, reading });
  reading
    .catch((error: unknown) => console.error('Archive Reader: pre-read', error))
    .finally(() => {
      if (underWay.get(tabId)?.reading === reading) underWay.delete(tabId);
    });
}

/**
 * The popup's question: the reading of the tab's present page, under way (waited for) or kept; null when there is
 * none, and the popup reads the page itself.
 */
export async function answerKeptReading(tabId: number): Promise<KeptReadingResponse | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const pending = underWay.get(tabId);
  const early = pending && sameDocument(pending.url, tab?.url) ? await pending.reading : null;
  // A page not read ahead (too large, or no script allowed then) is the popup's to read.
  if (early && (early.ok || early.failure !== 'unavailable')) return { extraction: early, source: 'pre-read' };
  const kept = await cachedExtraction(tabId, tab?.url);
  return kept ? { extraction: kept.extraction, source: kept.by === 'pre-read' ? 'pre-read' : 'kept' } : null;
}

/** Tab events: a snapshot that has loaded is read ahead; a tab that navigates or closes forgets its reading. */
export function listenForSnapshots(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab: Tabs.Tab) => {
    if (makesStale(change)) {
      underWay.delete(tabId);
      forgetExtraction(tabId).catch(() => undefined);
    }
    if (change.status !== 'complete' || !tab.url || !isSnapshotTab(tab.url)) return;
    const url = tab.url;
    // The user may turn reading ahead off (options): then a snapshot is read only when the popup opens.
    loadSettings().then(
      (settings) => settings.readAhead && preRead(tabId, url),
      () => preRead(tabId, url),
    );
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    underWay.delete(tabId);
    forgetExtraction(tabId).catch(() => undefined);
  });
}
