/**
 * archive.today address forms (see docs: archive-today anatomy, fact 2):
 *   /{ID}                                  short snapshot address (case-sensitive, 4–6 alphanumerics)
 *   /{YYYYMMDDhhmmss}/{original}           long address (link rel=bookmark)
 *   /{YYYY.MM.DD-hhmmss}/{original}        long address (share box "long link")
 *   /o/{ID}/{original}                     outbound link wrapper inside the captured page
 * `{original}` may lack its `http://` scheme (2013 captures) or carry it percent-encoded (`https%3A//`, 2025).
 */

const ARCHIVE_TODAY_MIRRORS = [
  'archive.today',
  'archive.ph',
  'archive.is',
  'archive.li',
  'archive.vn',
  'archive.fo',
  'archive.md',
] as const;

const MIRROR_SET = new Set<string>(ARCHIVE_TODAY_MIRRORS);

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

/** True for the seven mirrors, with or without `www.`. Shard hosts (`x.archive.ph`) serve resources, not pages. */
export function isArchiveTodayHost(host: string): boolean {
  return MIRROR_SET.has(host.toLowerCase().replace(/^www\./, ''));
}

/** True for a mirror or one of its resource shards (`d3gk4m7rq2xw1b.archive.ph`). */
export function isArchiveTodayResourceHost(host: string): boolean {
  const h = host.toLowerCase();
  return ARCHIVE_TODAY_MIRRORS.some((m) => h === m || h.endsWith('.' + m));
}

export type SnapshotAddress =
  | { kind: 'short'; host: string; id: string }
  | { kind: 'long'; host: string; timestamp: string; original: string };

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** `2017.07.19-220303` or `20170719220303` → ISO UTC; null when not a full, valid timestamp. */
export function timestampToIso(stamp: string): string | null {
  const m = /^(\d{4})\.?(\d{2})\.?(\d{2})-?(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
  const t = Date.parse(iso);
  // Round-trip so that impossible fields (30 February, 25 o'clock) are refused instead of rolled over.
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 19) + 'Z' !== iso ? null : iso;
}

/** `2017-07-19T22:03:03Z` → `20170719220303`. */
export function isoToTimestamp(iso: string): string | null {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/**
 * Restores an original URL as the archive writes it after an id or timestamp:
 * decodes a percent-encoded scheme separator and adds `http://` where the 2013 form dropped it.
 */
export function decodeOriginal(raw: string): string | null {
  let s = raw.trim();
  if (!s) return null;
  s = s.replace(/^(https?)%3A/i, '$1:');
  if (/^https?:\/\//i.test(s)) {
    // keep the original byte-for-byte (query, trailing slash), only validate it
  } else if (/^https?:\/(?!\/)/i.test(s)) {
    s = s.replace(/^(https?):\//i, '$1://'); // some servers collapse `//` in paths
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(s)) {
    return null; // javascript:, mailto:, data: … are never snapshot originals
  } else {
    s = 'http://' + s;
  }
  const u = parseUrl(s);
  if (!u || !/^https?:$/.test(u.protocol) || !u.hostname) return null;
  return s;
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

/** An address as the URL parser reads it: tabs and line breaks anywhere are dropped, outer spaces trimmed. */
const urlText = (href: string): string => href.replace(/[\t\n\r]/g, '').trim();

/** The start of an outbound wrapper. The id is five characters today; any length is accepted, since only the archive writes /o/ paths. */
const OUTBOUND_WRAPPER = /^(?:https?:\/\/(?:www\.)?archive\.(?:today|ph|is|li|vn|fo|md))?\/o\/[A-Za-z0-9]+\//i;

/**
 * `https://archive.ph/o/qF3xK/https%3A//example.com/a` → `https://example.com/a`.
 * Also accepts root-relative `/o/ID/…`. Returns null when `href` is not an outbound wrapper.
 */
export function unwrapOutboundLink(href: string): string | null {
  const h = urlText(href);
  const prefix = OUTBOUND_WRAPPER.exec(h);
  return prefix ? decodeOriginal(h.slice(prefix[0].length)) : null;
}

/**
 * What an archive.today outbound wrapper stands for in a clean copy: its original URL, `''` when its target is not
 * a web address (javascript:, data: … are not links at all), or null when `href` is no wrapper. Any page may hold
 * such links (a damaged snapshot no longer recognised as one, a page that links through the archive).
 */
export function resolveOutboundLink(href: string): string | null {
  const h = urlText(href);
  if (!OUTBOUND_WRAPPER.test(h)) return null;
  return unwrapOutboundLink(h) ?? '';
}

/** Canonical long and short snapshot addresses on one mirror, always https. */
export function snapshotUrls(host: string, timestamp: string | null, original: string | null, id: string | null) {
  const base = `https://${host}`;
  return {
    long: timestamp && original ? `${base}/${timestamp}/${original}` : null,
    short: id ? `${base}/${id}` : null,
  };
}
