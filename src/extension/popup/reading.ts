import browser from 'webextension-polyfill';
import type { ReadTabResponse } from '../messages.js';
import { readTabInBackground } from '../send.js';
import { cachedExtraction } from '../shared/extraction-cache.js';
import { READ_WAIT_MS, withinWait } from '../shared/tab-extraction.js';

/**
 * The popup's article for tab `tabId`: the reading kept for the tab's present page when there is one (read ahead
 * when the tab loaded, or at an earlier open), straight from `storage.session`; else the background's, which copies
 * the page and has the quote worker read it (background/pre-read.ts), so the popup itself never parses a page.
 * A `slow` failure after `waitMs`.
 */
export async function readForPopup(tabId: number, lenient: boolean, waitMs = READ_WAIT_MS): Promise<ReadTabResponse> {
  if (!lenient) {
    const url = await browser.tabs.get(tabId).then(
      (tab) => tab.url,
      () => undefined,
    );
    const kept = await cachedExtraction(tabId, url);
    if (kept) return { extraction: kept.extraction, source: kept.by === 'pre-read' ? 'pre-read' : 'kept' };
  }
  return withinWait(readTabInBackground({ type: 'readTab', tabId, lenient }), lenient, waitMs, (extraction) => ({
    extraction,
    source: 'read',
  }));
}
