/**
 * archive.today address forms (see docs: archive-today anatomy, fact 2):
 *   /{ID}                                  short snapshot address (case-sensitive, 4–6 alphanumerics)
 *   /{YYYYMMDDhhmmss}/{original}           long address (link rel=bookmark)
 *   /{YYYY.MM.DD-hhmmss}/{original}        long address (share box "long link")
 * `{original}` is read by decodeOriginal; the mirrors and the `/o/{ID}/{original}` link wrappers are in hosts.ts.
 */
import { archiveTimestampToIso } from '../time.js';
import { decodeOriginal, isArchiveTodayHost } from './hosts.js';
import { parseUrl } from '../url.js';

/** Path words that share the short-id shape but are service pages, not snapshots. */
const RESERVED_PATHS = new Set([
  'search',
  'submit',
  'newest',
  'oldest',
  'timemap',
  'timegate',
  'wip',
  'faq',
  'offset',
  'post',
]);

export type SnapshotAddress =
  | { kind: 'short'; host: string; id: string }
  | { kind: 'long'; host: string; timestamp: string; original: string };

/** `2017.07.19-220303` or `20170719220303` → ISO UTC; null when not a full, valid timestamp. */
export function timestampToIso(stamp: string): string | null {
  const m = /^(\d{4})\.?(\d{2})\.?(\d{2})-?(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  return m ? archiveTimestampToIso(m.slice(1).join('')) : null;
}

/** Reads a snapshot page address. Accepts any mirror; returns null for service pages and other hosts. */
export function parseSnapshotAddress(raw: string): SnapshotAddress | null {
  const u = parseUrl(raw);
  if (!u || !isArchiveTodayHost(u.hostname)) return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  // The original URL keeps its own query and fragment; take everything after the timestamp verbatim.
  const afterHost = raw.slice(raw.indexOf(u.host) + u.host.length);
  const long = /^\/(\d{14}|\d{4}\.\d{2}\.\d{2}-\d{6})\/(.+)$/s.exec(afterHost);
  if (long?.[1] && long[2]) {
    const original = decodeOriginal(long[2]);
    if (original) return { kind: 'long', host, timestamp: long[1], original };
    return null;
  }
  const short = /^\/([A-Za-z0-9]{4,6})\/?$/.exec(u.pathname);
  if (short?.[1] && !RESERVED_PATHS.has(short[1].toLowerCase()) && !/^\d+$/.test(short[1])) {
    return { kind: 'short', host, id: short[1] };
  }
  return null;
}

/** Canonical long and short snapshot addresses on one mirror, always https. */
export function snapshotUrls(host: string, timestamp: string | null, original: string | null, id: string | null) {
  const base = `https://${host}`;
  return {
    long: timestamp && original ? `${base}/${timestamp}/${original}` : null,
    short: id ? `${base}/${id}` : null,
  };
}
