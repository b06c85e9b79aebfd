import browser from 'webextension-polyfill';
import type { KeptReadingResponse } from '../messages.js';
import { askKeptReading } from '../send.js';
import { cachedExtraction } from '../shared/extraction-cache.js';
import { extractFromTab, READ_WAIT_MS, withinWait } from '../shared/tab-extraction.js';

/**
 * The popup's article for tab `tabId`: the reading kept for the tab's present page when there is one (read ahead
 * when the tab loaded, or at an earlier open), straight from `storage.session`; else the one the background is
 * taking (background/pre-read.ts); else the page read now, here (shared/tab-extraction.ts). A `slow` failure after
 * `waitMs`. With `lenient` (Try anyway), always read now.
 */
export async function readForPopup(
  tabId: number,
  lenient: boolean,
  waitMs = READ_WAIT_MS,
): Promise<KeptReadingResponse> {
  const reading = async (): Promise<KeptReadingResponse> => {
    if (!lenient) {
      const url = browser.tabs.get(tabId).then(
        (tab) => tab.url,
        () => undefined,
      );
      const kept = await cachedExtraction(tabId, url);
      if (kept) return { extraction: kept.extraction, source: kept.by === 'pre-read' ? 'pre-read' : 'kept' };
      const underWay = await askKeptReading({ type: 'keptReading', tabId }).catch(() => null);
      if (underWay) return underWay;
    }
    return { extraction: await extractFromTab(tabId, lenient), source: 'read' };
  };
  return withinWait(reading(), lenient, waitMs, (extraction) => ({ extraction, source: 'read' }));
}
