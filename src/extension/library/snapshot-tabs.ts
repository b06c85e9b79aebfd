/**
 * Which open tabs are archive snapshots, and the words for each tab's result in "Save all snapshot tabs". Pure:
 * the browser tests and the unit tests see the same rules the page uses.
 */
import { parseSnapshotAddress } from '../../core/archives/archive-today-urls.js';
import { isWaybackSnapshotUrl } from '../../core/archives/wayback/address.js';

export interface TabFacts {
  id?: number;
  url?: string;
  title?: string;
  status?: string;
}

/** An archive.today snapshot (short or timestamped address, any mirror) or a Wayback replay. */
export function isSnapshotTab(url: string | undefined): boolean {
  return typeof url === 'string' && (parseSnapshotAddress(url) !== null || isWaybackSnapshotUrl(url));
}

/** The snapshot tabs among `tabs`, in tab order; tabs whose URL the extension cannot see are not snapshots to it. */
export function snapshotTabs<T extends TabFacts>(tabs: readonly T[]): (T & { id: number; url: string })[] {
  return tabs.filter(
    (tab): tab is T & { id: number; url: string } => typeof tab.id === 'number' && isSnapshotTab(tab.url),
  );
}

/**
 * archive.today answers some visitors with a CAPTCHA page at the snapshot's own address; its title gives it away.
 * Telling it apart from "no article" says what to do (solve it in the tab, then try again).
 */
export function looksLikeCaptcha(title: string | undefined): boolean {
  return /captcha|are you a robot|just a moment|verify you are human/i.test(title ?? '');
}

type TabOutcome = 'saved' | 'already' | 'failed';

export interface TabResult {
  tabId: number;
  url: string;
  title: string;
  outcome: TabOutcome;
  /** Why it failed, already in words; null otherwise. */
  reason: string | null;
}

export interface SaveAllSummary {
  saved: number;
  already: number;
  failed: number;
}

export function summarise(results: readonly TabResult[]): SaveAllSummary {
  const count = (outcome: TabOutcome): number => results.filter((result) => result.outcome === outcome).length;
  return { saved: count('saved'), already: count('already'), failed: count('failed') };
}
