import browser, { type Tabs } from 'webextension-polyfill';
import type { Article } from '../../article.js';
import { storeArticle, readerUrl, readerUrlForTab } from '../shared/reader-store.js';

/** Stores the article and opens a reader tab right after the tab it came from (`verify`: starting Verify there). */
export async function openReader(article: Article, source: Tabs.Tab | null, verify = false): Promise<number | null> {
  const url = readerUrl(await storeArticle(article));
  return openReaderAt(verify ? `${url}&verify=1` : url, source);
}

async function openReaderAt(url: string, source: Tabs.Tab | null): Promise<number | null> {
  const placement: Tabs.CreateCreatePropertiesType = { url, active: true };
  if (source?.id !== undefined && source.id !== browser.tabs.TAB_ID_NONE) {
    placement.openerTabId = source.id;
    placement.windowId = source.windowId;
    placement.index = source.index + 1;
  }
  const tab = await browser.tabs.create(placement);
  return tab.id ?? null;
}

/**
 * The shortcut's and the menu's action: a reader tab that reads the tab's article itself (the background has no
 * DOM to read it with in Chrome) and says why when there is none.
 */
export async function openReaderForTab(tab: Tabs.Tab | undefined): Promise<number | null> {
  if (tab?.id === undefined) return null;
  return openReaderAt(readerUrlForTab(tab.id), tab);
}
