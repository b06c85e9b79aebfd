import browser, { type Storage } from 'webextension-polyfill';
import type { Extraction } from '../messages.js';

/**
 * The article last read from each of a few tabs, so that opening the popup again on the same snapshot answers at
 * once instead of copying and reading the page again. Only archived pages are kept: a capture does not change,
 * while an ordinary page may have changed since. Kept in `storage.session` (memory only, gone when the browser
 * closes); where that area is missing, nothing is cached.
 */
const KEEP = 4;
const INDEX_KEY = 'tabExtractions';
const itemKey = (tabId: number): string => `tabExtraction:${tabId}`;

interface Entry {
  url: string;
  extraction: Extraction & { ok: true };
}

function area(): Storage.StorageArea | null {
  return (browser.storage as { session?: Storage.StorageArea }).session ?? null;
}

/** The article read earlier from tab `tabId` while it showed `url`, if any. */
export async function cachedExtraction(tabId: number, url: string | undefined): Promise<Extraction | null> {
  const session = area();
  if (!session || !url) return null;
  try {
    const entry = (await session.get(itemKey(tabId)))[itemKey(tabId)] as Entry | undefined;
    return entry?.url === url && entry.extraction?.ok ? entry.extraction : null;
  } catch {
    return null;
  }
}

/** Keeps a successful reading of an archived page; anything else is not worth keeping. */
export async function keepExtraction(tabId: number, url: string, extraction: Extraction): Promise<void> {
  const session = area();
  if (!session || !extraction.ok || extraction.article.source.service === 'none') return;
  try {
    const stored = await session.get(INDEX_KEY);
    const index = Array.isArray(stored[INDEX_KEY]) ? (stored[INDEX_KEY] as number[]) : [];
    const next = [...index.filter((other) => other !== tabId), tabId];
    const dropped = next.slice(0, Math.max(0, next.length - KEEP));
    const entry: Entry = { url, extraction };
    await session.set({ [itemKey(tabId)]: entry, [INDEX_KEY]: next.slice(-KEEP) });
    if (dropped.length) await session.remove(dropped.map(itemKey));
  } catch {
    // Over quota: the next open reads the page again, which is only slower.
  }
}
