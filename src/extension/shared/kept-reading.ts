/**
 * The rules of the readings kept per tab (shared/extraction-cache.ts), pure so the unit tests see the same ones:
 * which address a reading belongs to, which tabs' readings stay, and which tab events make one stale.
 */

/** Where the popup's article came from: read ahead when the tab loaded, kept from an earlier open, or read now. */
export type ReadingSource = 'pre-read' | 'kept' | 'read';

/**
 * True when a reading taken at `readAt` may stand for the page now at `tabUrl`: the same address up to its
 * fragment (a jump to `#section` shows the same document). No address on either side matches nothing.
 */
export function sameDocument(readAt: string | undefined, tabUrl: string | undefined): boolean {
  if (!readAt || !tabUrl) return false;
  const withoutFragment = (url: string): string => {
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
  };
  return withoutFragment(readAt) === withoutFragment(tabUrl);
}

/** The tabs whose readings stay after `tabId`'s is kept (the most recent last, at most `keep`), and those dropped. */
export function keptTabs(index: readonly number[], tabId: number, keep: number): { kept: number[]; dropped: number[] } {
  const next = [...index.filter((other) => other !== tabId), tabId];
  const cut = Math.max(0, next.length - keep);
  return { kept: next.slice(cut), dropped: next.slice(0, cut) };
}

/**
 * True when a tab event makes the tab's kept reading stale: a new address, or the page loading again (a reload may
 * bring a different page, such as the archive's CAPTCHA). The reading taken after it loads replaces it.
 */
export function makesStale(change: { url?: string; status?: string }): boolean {
  return change.url !== undefined || change.status === 'loading';
}

/**
 * The largest page (in elements) read ahead. An archived article page holds a few hundred to a few thousand; a page
 * far above this is copied in one task of the tab (over 100 ms at 200,000 elements) and read in seconds by the quote
 * worker, which in Chrome shares its thread with every other page of the extension (the popup, reader tabs). Such a
 * page is read when the popup asks for it, not at every load.
 */
export const READ_AHEAD_MAX_ELEMENTS = 40_000;

/** True when a loaded page of `elements` elements is read ahead. */
export function worthReadingAhead(elements: unknown): boolean {
  return typeof elements === 'number' && elements > 0 && elements <= READ_AHEAD_MAX_ELEMENTS;
}
