/**
 * The background (a service worker in Chrome, an event page in Firefox): the keyboard command, the context
 * menu, and opening reader tabs. It keeps no state of its own, so it may be stopped between events.
 */
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { publisherForHost } from '../../core/metadata/publishers.js';
import { isOpenReaderRequest, isPublisherRequest, isSnapshotReadNotice, type BackgroundResponse, type PublisherResponse } from '../messages.js';
import { loadSettings } from '../shared/settings.js';
import { t } from '../shared/i18n.js';
import { openReader, openReaderForTab } from './open-reader.js';

const OPEN_READER = 'open-reader';

async function createMenus(): Promise<void> {
  // Menus outlive the background; removing first makes this safe to run on every install and start.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: OPEN_READER, title: t('menuOpenReader'), contexts: ['page'] });
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
  if (info.menuItemId !== OPEN_READER) return;
  openReaderForTab(tab).catch((error: unknown) => console.error('Archive Reader: menu', error));
});

/** "Open the reader automatically on every snapshot": the option is read here, so the injected script stays small. */
async function openIfAsked(tab: Tabs.Tab | undefined): Promise<void> {
  if (!tab || !(await loadSettings()).autoOpen) return;
  await openReaderForTab(tab);
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (isPublisherRequest(raw)) return Promise.resolve<PublisherResponse>({ publisher: publisherForHost(raw.host) });
  if (isSnapshotReadNotice(raw)) {
    openIfAsked(sender.tab).catch((error: unknown) => console.error('Archive Reader: auto-open', error));
    return undefined;
  }
  if (!isOpenReaderRequest(raw)) return undefined;
  const open = async (): Promise<BackgroundResponse> => {
    const source = raw.sourceTabId !== null ? await browser.tabs.get(raw.sourceTabId) : (sender.tab ?? null);
    return { readerTabId: await openReader(raw.article, source) };
  };
  return open();
});

// Lets automation (the browser tests) press the shortcut: headless browsers have no real keyboard shortcut.
// Only extension pages and this worker can reach this scope.
(globalThis as typeof globalThis & { archiveReader?: unknown }).archiveReader = { handleCommand };
