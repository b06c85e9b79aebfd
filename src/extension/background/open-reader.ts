import browser, { type Tabs } from 'webextension-polyfill';
import type { Article } from '../../article.js';
import { storeArticle, readerUrl } from '../shared/reader-store.js';
import { extractFromTab } from '../shared/tab-extraction.js';
import { t } from '../shared/i18n.js';

/** Stores the article and opens a reader tab right after the tab it came from. */
export async function openReader(article: Article, source: Tabs.Tab | null): Promise<number | null> {
  const id = await storeArticle(article);
  const placement: Tabs.CreateCreatePropertiesType = { url: readerUrl(id), active: true };
  if (source?.id !== undefined && source.id !== browser.tabs.TAB_ID_NONE) {
    placement.openerTabId = source.id;
    placement.windowId = source.windowId;
    placement.index = source.index + 1;
  }
  const tab = await browser.tabs.create(placement);
  return tab.id ?? null;
}

/** Says on the toolbar button, for a few seconds, that this tab has no article to open. */
async function flagNoArticle(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '–' });
  await browser.action.setTitle({ tabId, title: t('badgeNoArticle') });
  setTimeout(() => {
    browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    browser.action.setTitle({ tabId, title: t('actionTitle') }).catch(() => undefined);
  }, 4000);
}

/** The shortcut's and the menu's action: read the tab's article and open it in the reader. */
export async function openReaderForTab(tab: Tabs.Tab | undefined): Promise<number | null> {
  if (tab?.id === undefined) return null;
  const result = await extractFromTab(tab.id);
  if (!result.ok) {
    await flagNoArticle(tab.id);
    return null;
  }
  return openReader(result.article, tab);
}
