/**
 * The addresses Verify asks the Wayback Machine for, and how its answers are read. Pure (no fetch, no DOM), so
 * the unit tests cover them: the raw capture nearest a time, the CDX list of captures, the nearest other one.
 */
import type { Article } from '../../article.js';
import { parseWaybackAddress, WAYBACK_ORIGIN } from '../../core/archives/wayback/address.js';
import { archiveTimestampToIso, isoToArchiveTimestamp } from '../../core/time.js';

/**
 * The capture nearest `timestamp` as crawled: `id_` asks for the page without the replay's toolbar and rewritten
 * links, so it reads like the original. The Wayback Machine redirects a time it holds no capture at to its nearest.
 */
export function rawCaptureUrl(timestamp: string, original: string): string {
  return `${WAYBACK_ORIGIN}/web/${timestamp}id_/${original}`;
}

/** The 14-digit timestamp of an ISO capture time, for a Wayback address; null for a time that is not one. */
export function timestampOf(archivedAt: string | null): string | null {
  return archivedAt ? isoToArchiveTimestamp(archivedAt) : null;
}

/** A capture the Wayback Machine answered with: its own time (from the final, redirected address) and original. */
export interface CaptureAddress {
  timestamp: string;
  archivedAt: string;
  original: string;
}

/** Reads the address a raw capture request ended at; null when it is not one exact capture. */
export function captureAt(finalUrl: string): CaptureAddress | null {
  const address = parseWaybackAddress(finalUrl);
  const archivedAt = address ? archiveTimestampToIso(address.timestamp) : null;
  return address && archivedAt ? { timestamp: address.timestamp, archivedAt, original: address.original } : null;
}

/** How many captures around the snapshot's time to list: enough to skip the snapshot itself and a few failures. */
const CDX_LIMIT = 12;

/**
 * The CDX query for the page's successful HTML captures, nearest `timestamp` first. `fl` keeps the answer small;
 * `sort=closest` needs the exact-match URL form, which `url=` without wildcards is.
 */
export function cdxQueryUrl(original: string, timestamp: string): string {
  const query = new URLSearchParams({
    url: original,
    output: 'json',
    fl: 'timestamp,statuscode,mimetype',
    filter: 'statuscode:200',
    closest: timestamp,
    sort: 'closest',
    limit: String(CDX_LIMIT),
  });
  return `${WAYBACK_ORIGIN}/cdx/search/cdx?${query.toString()}`;
}

/** Seconds between two 14-digit timestamps (UTC). */
function distance(a: string, b: string): number {
  const ia = archiveTimestampToIso(a);
  const ib = archiveTimestampToIso(b);
  return ia && ib ? Math.abs(Date.parse(ia) - Date.parse(ib)) / 1000 : Number.POSITIVE_INFINITY;
}

/**
 * The capture nearest `timestamp` other than the one at `timestamp` itself, from a CDX JSON answer (a header row
 * naming the fields, then one row per capture). Only HTML pages captured with status 200 count; the answer is
 * checked row by row, since it comes from the network. Null when there is no other.
 */
export function nearestOtherCapture(answer: unknown, timestamp: string): string | null {
  if (!Array.isArray(answer) || !Array.isArray(answer[0])) return null;
  const header = (answer[0] as unknown[]).map(String);
  const at = (name: string): number => header.indexOf(name);
  const [iTime, iStatus, iType] = [at('timestamp'), at('statuscode'), at('mimetype')];
  if (iTime < 0) return null;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const row of answer.slice(1)) {
    if (!Array.isArray(row)) continue;
    const stamp = String(row[iTime] ?? '');
    if (stamp === timestamp || !archiveTimestampToIso(stamp)) continue;
    if (iStatus >= 0 && String(row[iStatus]) !== '200') continue;
    if (iType >= 0 && !/html/i.test(String(row[iType]))) continue;
    const d = distance(stamp, timestamp);
    if (d < bestDistance) {
      best = stamp;
      bestDistance = d;
    }
  }
  return best;
}

/** Where to compare an article: a 14-digit time and its original address; null when Verify cannot run on it. */
export function verifyTarget(article: Article): { timestamp: string; original: string } | null {
  const { service, originalUrl, archivedAt } = article.source;
  const timestamp = timestampOf(archivedAt);
  if (service === 'none' || !timestamp || !originalUrl || !/^https?:\/\//i.test(originalUrl)) return null;
  return { timestamp, original: originalUrl.replace(/#.*$/s, '') };
}
