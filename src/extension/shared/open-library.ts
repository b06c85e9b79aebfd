import browser from 'webextension-polyfill';

const LIBRARY_PAGE = 'library.html';
/** The library page's query parameter that starts "Save all snapshot tabs" for a window. */
export const SAVE_TABS_PARAM = 'saveTabsOfWindow';

/** Opens the library page in a new tab (from the popup, the reader and the options page). */
export async function openLibrary(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
}

/**
 * Opens the library page and has it save every archive snapshot tab of window `windowId` (library/save-tabs.ts),
 * by default the window the new tab opens in: a tab of its own, so the run goes on when the popup closes. No await
 * comes before `tabs.create`, because the popup closes itself right after the click and its pending promises die.
 */
export async function openSaveAllTabs(windowId?: number): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(`${LIBRARY_PAGE}?${SAVE_TABS_PARAM}=${windowId ?? 'current'}`),
  });
}
