import browser, { type Storage } from 'webextension-polyfill';
import type { Article } from '../../article.js';

/**
 * Hands an Article from the tab it was read in to a reader page. The article is stored, not passed in the URL,
 * so the reader keeps working after the archive tab is closed and when it is reloaded. Session storage is
 * preferred: it is kept in memory and forgotten when the browser closes. Only the last few articles are kept.
 */
const KEEP = 8;
const INDEX_KEY = 'readerArticles';
const itemKey = (id: string): string => `reader:${id}`;

interface StoredArticle {
  article: Article;
  storedAt: number;
}

function areas(): Storage.StorageArea[] {
  // storage.session exists from Chrome 102 and Firefox 115; local is the fallback (and takes what session refuses).
  const session = (browser.storage as { session?: Storage.StorageArea }).session;
  return session ? [session, browser.storage.local] : [browser.storage.local];
}

async function storeIn(area: Storage.StorageArea, id: string, article: Article): Promise<void> {
  const stored = await area.get(INDEX_KEY);
  const index = Array.isArray(stored[INDEX_KEY]) ? (stored[INDEX_KEY] as string[]) : [];
  const next = [...index.filter((other) => other !== id), id];
  const dropped = next.slice(0, Math.max(0, next.length - KEEP));
  const item: StoredArticle = { article, storedAt: Date.now() };
  await area.set({ [itemKey(id)]: item, [INDEX_KEY]: next.slice(-KEEP) });
  if (dropped.length) await area.remove(dropped.map(itemKey));
}

export async function storeArticle(article: Article): Promise<string> {
  const id = crypto.randomUUID();
  let lastError: unknown = null;
  for (const area of areas()) {
    try {
      await storeIn(area, id, article);
      return id;
    } catch (error) {
      lastError = error; // quota or an unsupported area: try the next one
    }
  }
  throw lastError;
}

export async function loadArticle(id: string): Promise<Article | null> {
  for (const area of areas()) {
    try {
      const stored = (await area.get(itemKey(id)))[itemKey(id)] as StoredArticle | undefined;
      if (stored?.article) return stored.article;
    } catch {
      // this area is not available here; look in the next
    }
  }
  return null;
}

export function readerUrl(id: string): string {
  return browser.runtime.getURL(`reader.html?id=${encodeURIComponent(id)}`);
}

/** A reader that reads tab `tabId` itself (the shortcut, the menu, the automatic option). */
export function readerUrlForTab(tabId: number): string {
  return browser.runtime.getURL(`reader.html?tab=${tabId}`);
}
