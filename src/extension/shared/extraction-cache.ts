import browser, { type Storage } from 'webextension-polyfill';
import type { Extraction } from '../messages.js';
import { keptTabs, sameDocument } from './kept-reading.js';

/**
 * The article last read from each of a few tabs, so that opening the popup answers at once instead of copying and
 * reading the page then: the background reads an archived page when its tab has loaded (background/pre-read.ts), and
 * the popup keeps what it read itself. Only archived pages are kept: a capture does not change, while an ordinary
 * page may have changed since. Kept in `storage.session` (memory only, gone when the browser closes) and dropped
 * when the tab navigates or closes; where that area is missing, nothing is cached.
 */
const KEEP = 4;
const INDEX_KEY = 'tabExtractions';
const itemKey = (tabId: number): string => `tabExtraction:${tabId}`;

/** Who read it: the background when the tab loaded, or an extension page (the popup, the reader) on request. */
export type KeptBy = 'pre-read' | 'page';

interface Entry {
  url: string;
  by?: KeptBy;
  extraction: Extraction & { ok: true };
}

function area(): Storage.StorageArea | null {
  return (browser.storage as { session?: Storage.StorageArea }).session ?? null;
}

/**
 * The article read earlier from tab `tabId` while it showed the page now at `url`, if any, and who read it. The
 * address may still be on its way: the kept entry is asked for meanwhile, which saves the popup a round trip.
 */
export async function cachedExtraction(
  tabId: number,
  url: string | undefined | Promise<string | undefined>,
): Promise<{ extraction: Extraction; by: KeptBy } | null> {
  const session = area();
  if (!session) return null;
  try {
    const [stored, address] = await Promise.all([session.get(itemKey(tabId)), url]);
    const entry = stored[itemKey(tabId)] as Entry | undefined;
    if (!address || !entry?.extraction?.ok || !sameDocument(entry.url, address)) return null;
    return { extraction: entry.extraction, by: entry.by ?? 'page' };
  } catch {
    return null;
  }
}

/** Keeps a successful reading of an archived page; anything else is not worth keeping. */
export async function keepExtraction(tabId: number, url: string, extraction: Extraction, by: KeptBy): Promise<void> {
  const session = area();
  if (!session || !extraction.ok || extraction.article.source.service === 'none') return;
  try {
    const stored = await session.get(INDEX_KEY);
    const index = Array.isArray(stored[INDEX_KEY]) ? (stored[INDEX_KEY] as number[]) : [];
    const { kept, dropped } = keptTabs(index, tabId, KEEP);
    const entry: Entry = { url, by, extraction };
    await session.set({ [itemKey(tabId)]: entry, [INDEX_KEY]: kept });
    if (dropped.length) await session.remove(dropped.map(itemKey));
  } catch {
    // Over quota: the next open reads the page again, which is only slower.
  }
}

/** Forgets tab `tabId`'s reading: the tab closed or shows another page. */
export async function forgetExtraction(tabId: number): Promise<void> {
  const session = area();
  if (!session) return;
  try {
    await session.remove(itemKey(tabId));
  } catch {
    // Nothing kept, or the area is gone: nothing to forget.
  }
}
