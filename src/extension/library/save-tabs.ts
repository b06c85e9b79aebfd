/**
 * "Save all snapshot tabs to the library": every archive.today or Wayback tab of one window, read the way the
 * popup reads one (a copy of the page as it is in the tab, shared/tab-extraction.ts; never fetched again) and saved
 * like Save → Library. It runs in the library page, not the popup: a real popup closes as soon as it loses focus,
 * which would cut a long run of tabs short, and the background has no DOM to read pages with.
 */
import browser from 'webextension-polyfill';
import { sha256Hex } from '../../formats/hash.js';
import { t } from '../shared/i18n.js';
import { describeLibraryError } from '../shared/library/errors.js';
import { Library, libraryId } from '../shared/library/store.js';
import { saveArticle } from '../shared/save/perform.js';
import { extractFromTab } from '../shared/tab-extraction.js';
import { FAILURE_TEXT } from '../shared/why.js';
import { looksLikeCaptcha, snapshotTabs, type TabResult } from './snapshot-tabs.js';

export { SAVE_TABS_PARAM } from '../shared/open-library.js';

/** Fewer words than any real article; a CAPTCHA page's form text is far below it. */
const CAPTCHA_MAX_WORDS = 150;

function describeError(error: unknown): string {
  return describeLibraryError(error, (key, detail) => t(key, detail));
}

async function saveTab(tab: { id: number; url: string; title?: string; status?: string }): Promise<TabResult> {
  const base = { tabId: tab.id, url: tab.url, title: tab.title || tab.url };
  const failed = (reason: string): TabResult => ({ ...base, outcome: 'failed', reason });
  if (tab.status === 'loading') return failed(t('saveTabsLoading'));
  const read = await extractFromTab(tab.id);
  // The archive's CAPTCHA page sits at the snapshot's own address and can read as a few words of "article": a short
  // reading under a CAPTCHA title is the CAPTCHA, not the story.
  if (looksLikeCaptcha(tab.title) && (!read.ok || read.article.wordCount < CAPTCHA_MAX_WORDS))
    return failed(t('saveTabsCaptcha'));
  if (!read.ok) return failed(t(FAILURE_TEXT[read.failure].title));
  const title = read.article.title || base.title;
  const textSha256 = await sha256Hex(read.article.text);
  const library = await Library.open();
  try {
    const existing = await library.record(libraryId(read.article, textSha256));
    if (existing?.provenance.textSha256 === textSha256) return { ...base, title, outcome: 'already', reason: null };
  } finally {
    library.close();
  }
  try {
    await saveArticle(read.article, 'library');
    return { ...base, title, outcome: 'saved', reason: null };
  } catch (error) {
    return { ...base, title, outcome: 'failed', reason: describeError(error) };
  }
}

/** Saves the window's snapshot tabs one after the other (each save already fetches its images in parallel). */
export async function saveSnapshotTabs(
  windowId: number,
  onProgress: (done: number, total: number, last: TabResult | null) => void,
): Promise<TabResult[]> {
  const tabs = snapshotTabs(await browser.tabs.query({ windowId }));
  const results: TabResult[] = [];
  onProgress(0, tabs.length, null);
  for (const tab of tabs) {
    let result: TabResult;
    try {
      result = await saveTab(tab);
    } catch (error) {
      result = {
        tabId: tab.id,
        url: tab.url,
        title: tab.title || tab.url,
        outcome: 'failed',
        reason: describeError(error),
      };
    }
    results.push(result);
    onProgress(results.length, tabs.length, result);
  }
  return results;
}
