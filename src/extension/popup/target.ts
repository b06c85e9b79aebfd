import browser from 'webextension-polyfill';

/**
 * The tab the popup works on: `popup.html?tabId=N` when given (tests open the popup as a tab of its own,
 * which would otherwise be the active tab), else the active tab of the popup's window.
 */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** True when the popup runs as a tab for a given target (tests): then it must not close itself. */
export function isDetached(): boolean {
  return new URLSearchParams(location.search).has('tabId');
}
