import browser from 'webextension-polyfill';

export const LIBRARY_PAGE = 'library.html';

/** Opens the library page in a new tab (from the popup, the reader and the options page). */
export async function openLibrary(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
}
