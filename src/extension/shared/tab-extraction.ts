import browser from 'webextension-polyfill';
import type { Extraction } from '../messages.js';
import { sendToTab } from '../send.js';

/** The file the build writes for the content script; injected into pages the manifest does not cover. */
export const CONTENT_SCRIPT_FILE = 'content-page.js';

/**
 * How long a reader of the tab waits for its answer. Extraction runs in the tab (it needs the tab's DOM) and is
 * bounded by the core's element limit; this bounds the wait, so the popup never hangs on a busy or enormous page.
 */
export const READ_WAIT_MS = 10_000;

/**
 * The article in tab `tabId`, or a `slow` failure after `waitMs`. Archive mirrors already run the content script
 * (declared in the manifest), which answers from its cache. Any other page gets the same script injected first; that is allowed by `activeTab`
 * after the user opened the popup, pressed the shortcut or chose the menu item.
 */
export async function extractFromTab(tabId: number, lenient = false, waitMs = READ_WAIT_MS): Promise<Extraction> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<Extraction>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, failure: 'slow', lenient, millis: waitMs }), waitMs);
  });
  try {
    return await Promise.race([ask(tabId, lenient), slow]);
  } finally {
    clearTimeout(timer);
  }
}

async function ask(tabId: number, lenient: boolean): Promise<Extraction> {
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
