import browser from 'webextension-polyfill';
import type { Extraction } from '../messages.js';
import { sendToTab } from '../send.js';

/** The file the build writes for the content script; injected into pages the manifest does not cover. */
export const CONTENT_SCRIPT_FILE = 'content-page.js';

/**
 * The article in tab `tabId`. Archive mirrors already run the content script (declared in the manifest), which
 * answers from its cache. Any other page gets the same script injected first; that is allowed by `activeTab`
 * after the user opened the popup, pressed the shortcut or chose the menu item.
 */
export async function extractFromTab(tabId: number, lenient = false): Promise<Extraction> {
  try {
    return await sendToTab(tabId, { type: 'extract', lenient });
  } catch {
    // No content script there yet: not a mirror, the page was open before the extension was installed,
    // or the host permission was withheld.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return await sendToTab(tabId, { type: 'extract', lenient });
  } catch {
    return { ok: false, failure: 'unavailable', lenient, millis: 0 };
  }
}
