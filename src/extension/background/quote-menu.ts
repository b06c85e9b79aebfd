/**
 * The menu item *Copy quote with citation* on text selected in an archive.today or Wayback snapshot: the selection
 * and a copy of the page are read in the tab (two small functions, shared/page-selection.ts and page-copy.ts), the
 * quote worker reads the article and writes the quote, and the tab puts it on the clipboard. The toolbar button's
 * badge says how it went, since the menu has no place to say it.
 */
import browser from 'webextension-polyfill';
import { sendToQuoteWorker } from '../send.js';
import { t, type MessageKey } from '../shared/i18n.js';
import { copyPage, type PageCopy } from '../shared/page-copy.js';
import { readSelection, writeClipboard, type PageSelection } from '../shared/page-selection.js';
import { loadSettings } from '../shared/settings.js';
import { withQuoteWorker } from './quote-worker-page.js';

export const COPY_QUOTE = 'copy-quote';

export type QuoteOutcome =
  | 'copied'
  | 'no-selection'
  | 'no-article'
  | 'not-in-article'
  | 'unavailable'
  | 'clipboard-failed';

/** The item, offered only on the archives' pages: the hosts the extension may read (its host permissions). */
export function createQuoteMenu(): void {
  const archives = browser.runtime.getManifest().host_permissions ?? [];
  browser.contextMenus.create({
    id: COPY_QUOTE,
    title: t('menuCopyQuote'),
    contexts: ['selection'],
    documentUrlPatterns: [...archives],
  });
}

async function inTab<T>(tabId: number, frameId: number, func: () => T): Promise<Awaited<T> | undefined> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func });
  return injection?.result as Awaited<T> | undefined;
}

/** Quotes the selection in frame `frameId` of tab `tabId` onto the clipboard. */
export async function copyQuoteFromTab(tabId: number, frameId = 0): Promise<QuoteOutcome> {
  let selection: PageSelection | null | undefined;
  let copy: PageCopy | undefined;
  try {
    selection = await inTab(tabId, frameId, readSelection);
    if (!selection) return 'no-selection';
    copy = await inTab(tabId, frameId, copyPage);
  } catch {
    return 'unavailable'; // no script may run there
  }
  if (typeof copy?.html !== 'string' || typeof copy.url !== 'string') return 'unavailable';
  const request = { type: 'quoteSelection', copy, selection, style: (await loadSettings()).citationStyle } as const;
  const answer = await withQuoteWorker(() => sendToQuoteWorker(request));
  if (!answer.ok) return answer.reason;
  const [written] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: writeClipboard,
    args: [answer.html, answer.text],
  });
  return written?.result === true ? 'copied' : 'clipboard-failed';
}

const OUTCOME_TEXT: Record<QuoteOutcome, MessageKey> = {
  copied: 'quoteMenuCopied',
  'no-selection': 'quoteMenuNoSelection',
  'no-article': 'quoteMenuNoArticle',
  'not-in-article': 'quoteMenuNotInArticle',
  unavailable: 'quoteMenuNoArticle',
  'clipboard-failed': 'quoteCopyFailed',
};

/** ✓ or ! on the toolbar button of that tab for a few seconds, its tooltip saying what happened. */
export async function showOutcome(tabId: number, outcome: QuoteOutcome): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: outcome === 'copied' ? '✓' : '!' });
  await browser.action.setTitle({ tabId, title: t(OUTCOME_TEXT[outcome]) });
  setTimeout(() => {
    // Back to the defaults; a tab closed meanwhile has nothing to reset.
    browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    browser.action.setTitle({ tabId, title: t('actionTitle') }).catch(() => undefined);
  }, 4000);
}
