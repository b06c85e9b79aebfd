/**
 * The background (a service worker in Chrome, an event page in Firefox): the keyboard command, the context
 * menus (Open in Archive Reader, Copy quote with citation), opening reader tabs, and the "open the reader on every
 * snapshot" option, and reading snapshots ahead for the popup (pre-read.ts). What it keeps lives in storage, so it
 * may be stopped between events, and it never reads pages itself: readers and the quote worker do (a service worker
 * has no DOM).
 */
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { parseSnapshotAddress } from '../../core/archives/archive-today-urls.js';
import { isOpenReaderRequest, isKeptReadingRequest, type BackgroundResponse } from '../messages.js';
import { loadSettings } from '../shared/settings.js';
import { t } from '../shared/i18n.js';
import { openSaveAllTabs } from '../shared/open-library.js';
import { exposeTestHooks } from '../shared/test-hooks.js';
import { openReader, openReaderForTab } from './open-reader.js';
import { answerKeptReading, listenForSnapshots } from './pre-read.js';
import { COPY_QUOTE, copyQuoteFromTab, createQuoteMenu, showOutcome } from './quote-menu.js';

const OPEN_READER = 'open-reader';
const SAVE_ALL_TABS = 'save-all-tabs';

async function createMenus(): Promise<void> {
  // Menus outlive the background; removing first makes this safe to run on every install and start.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: OPEN_READER, title: t('menuOpenReader'), contexts: ['page'] });
  browser.contextMenus.create({ id: SAVE_ALL_TABS, title: t('saveTabsButton'), contexts: ['action'] });
  createQuoteMenu();
}

/** One handler for the keyboard command, whether the browser or a test calls it. */
export async function handleCommand(command: string, tab?: Tabs.Tab): Promise<number | null> {
  if (command !== OPEN_READER) return null;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return openReaderForTab(target);
}

browser.runtime.onInstalled.addListener(() => {
  createMenus().catch((error: unknown) => console.error('Archive Reader: menus', error));
});
browser.runtime.onStartup.addListener(() => {
  createMenus().catch((error: unknown) => console.error('Archive Reader: menus', error));
});

browser.commands.onCommand.addListener((command, tab) => {
  handleCommand(command, tab).catch((error: unknown) => console.error('Archive Reader: command', error));
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === COPY_QUOTE) {
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    copyQuoteFromTab(tabId, info.frameId ?? 0)
      .then((outcome) => showOutcome(tabId, outcome))
      .catch((error: unknown) => console.error('Archive Reader: copy quote', error));
    return;
  }
  if (info.menuItemId === SAVE_ALL_TABS) {
    // The background has no DOM to read pages with: the library page does the work, in a tab of its own.
    openSaveAllTabs(tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT).catch((error: unknown) =>
      console.error('Archive Reader: save all tabs', error),
    );
    return;
  }
  if (info.menuItemId !== OPEN_READER) return;
  openReaderForTab(tab).catch((error: unknown) => console.error('Archive Reader: menu', error));
});

/**
 * "Open the reader automatically on every snapshot": when an archive.today snapshot (by its address: a short id or
 * a timestamped original) has loaded, the reader opens beside it and reads it. The host permission for the archives
 * is what lets this event tell their addresses; no other page is looked at.
 */
async function openIfAsked(tab: Tabs.Tab): Promise<void> {
  if (!tab.url || !parseSnapshotAddress(tab.url) || !(await loadSettings()).autoOpen) return;
  await openReaderForTab(tab);
}

browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
  if (change.status !== 'complete') return;
  openIfAsked(tab).catch((error: unknown) => console.error('Archive Reader: auto-open', error));
});

/**
 * Only the extension's own pages (popup, reader, library) may ask. No page can message the background today (the
 * manifest declares no content script and no externally_connectable), and this keeps it so if one is ever added.
 */
function fromOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

listenForSnapshots();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!fromOwnPage(sender)) return undefined;
  if (isKeptReadingRequest(raw)) return answerKeptReading(raw.tabId);
  if (!isOpenReaderRequest(raw)) return undefined;
  const open = async (): Promise<BackgroundResponse> => {
    const source = raw.sourceTabId !== null ? await browser.tabs.get(raw.sourceTabId) : (sender.tab ?? null);
    return { readerTabId: await openReader(raw.article, source, raw.verify === true) };
  };
  return open();
});

// Lets automation (the browser tests) press the shortcut: headless browsers have no real keyboard shortcut.
// Only extension pages and this worker can reach this scope; only the test build has it.
// The same for the menu's Copy quote with citation: a headless browser's context menu cannot be clicked.
exposeTestHooks({ handleCommand, copyQuoteFromTab });
