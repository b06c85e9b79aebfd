import type { ArticleSource } from '../../article.js';

/**
 * The archives' hosts, in one place: which hosts are archive.today's mirrors and the Wayback Machine's, where an
 * article's images may come from, and how archive.today's outbound links (`/o/{ID}/{original}`) are turned back
 * into the original addresses. The core and the formats (the sanitiser, the Wikipedia citation) ask this module.
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

/** `archive\.(?:today|ph|…)`: any mirror's name, for patterns that find it inside longer text. */
export const ARCHIVE_TODAY_MIRROR_PATTERN = `archive\\.(?:${ARCHIVE_TODAY_MIRRORS.map((m) => m.slice('archive.'.length)).join('|')})`;

/** True for the seven mirrors, with or without `www.`. Shard hosts (`x.archive.ph`) serve resources, not pages. */
export function isArchiveTodayHost(host: string): boolean {
  return MIRROR_SET.has(host.toLowerCase().replace(/^www\./, ''));
}

/** True for a mirror or one of its resource shards (`d3gk4m7rq2xw1b.archive.ph`). */
export function isArchiveTodayResourceHost(host: string): boolean {
  const h = host.toLowerCase();
  return ARCHIVE_TODAY_MIRRORS.some((m) => h === m || h.endsWith('.' + m));
}

/** The Wayback Machine's hosts: they serve its snapshot pages and the images in them. */
const WAYBACK_HOSTS = new Set(['web.archive.org', 'wayback.archive.org']);

/** True for a host (lower-case, no port) that serves Wayback Machine snapshots. */
export function isWaybackHost(host: string): boolean {
  return WAYBACK_HOSTS.has(host);
}

/*
 * Where an article's images may come from. An archived copy shows only the archive's own copies (archive.today's
 * mirrors and their image hosts; web.archive.org), so nothing in a snapshot can make the reader, a saved file or
 * the library request another host. An ordinary page's images are its own, on any web host. The lead image, the
 * reader's sanitiser and the save path all ask here.
 */

/** Whether `host` (lower-case) may serve images to an article of `service`. */
export function imageHostAllowed(service: ArticleSource['service'], host: string): boolean {
  if (service === 'archive.today') return isArchiveTodayResourceHost(host);
  if (service === 'wayback') return isWaybackHost(host);
  return true;
}

/**
 * An image address as the article may use it: trimmed, absolute, http(s), on an allowed host, and on `https:` when
 * it is the archive's (both archives serve their copies over https; an `http:` copy would be a mixed, rewritable
 * request). Null when the address may not be used.
 */
export function usableImageUrl(service: ArticleSource['service'], raw: string, base?: string | null): string | null {
  let url: URL;
  try {
    url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (!imageHostAllowed(service, host)) return null;
  if (service !== 'none') url.protocol = 'https:';
  return url.href;
}

/*
 * archive.today's links. Inside a captured page every outbound link is wrapped as `/o/{ID}/{original}`; after an
 * id or a timestamp, `{original}` may lack its `http://` scheme (2013 captures) or carry it percent-encoded
 * (`https%3A//`, 2025; `https%3A%2F%2F`).
 */

/**
 * Restores an original URL as the archive writes it after an id or timestamp: decodes a percent-encoded scheme
 * separator (`%3A`, `%2F%2F`), restores a `//` some servers collapse, and adds `http://` where the 2013 form dropped
 * it. Null when the result is not an http(s) address.
 */
export function decodeOriginal(raw: string): string | null {
  let s = raw.trim();
  if (!s) return null;
  s = s.replace(/^([a-z][a-z0-9+.-]*)%3A/i, '$1:').replace(/^(https?:)%2F%2F/i, '$1//');
  if (/^https?:\/\//i.test(s)) {
    // keep the original byte-for-byte (query, trailing slash), only validate it
  } else if (/^https?:\/(?!\/)/i.test(s)) {
    s = s.replace(/^(https?):\//i, '$1://'); // some servers collapse `//` in paths
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(s)) {
    return null; // javascript:, mailto:, data: … are never snapshot originals
  } else {
    s = 'http://' + s;
  }
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol) || !u.hostname) return null;
  return s;
}

/** An address as the URL parser reads it: tabs and line breaks anywhere are dropped, outer spaces trimmed. */
const urlText = (href: string): string => href.replace(/[\t\n\r]/g, '').trim();

/** The start of an outbound wrapper. The id is five characters today; any length is accepted, since only the archive writes /o/ paths. */
const OUTBOUND_WRAPPER = new RegExp(`^(?:https?://(?:www\\.)?${ARCHIVE_TODAY_MIRROR_PATTERN})?/o/[A-Za-z0-9]+/`, 'i');

/**
 * What an archive.today outbound wrapper stands for in a clean copy: its original URL, `''` when its target is not
 * a web address (javascript:, data: … are not links at all), or null when `href` is no wrapper. Absolute and
 * root-relative (`/o/ID/…`) wrappers are read. Any page may hold such links (a damaged snapshot no longer
 * recognised as one, a page that links through the archive).
 */
export function resolveOutboundLink(href: string): string | null {
  const h = urlText(href);
  const prefix = OUTBOUND_WRAPPER.exec(h);
  if (!prefix) return null;
  return decodeOriginal(h.slice(prefix[0].length)) ?? '';
}

/**
 * `https://archive.ph/o/qF3xK/https%3A//example.com/a` → `https://example.com/a`. Null when `href` is not an
 * outbound wrapper or its target is not a web address.
 */
export function unwrapOutboundLink(href: string): string | null {
  return resolveOutboundLink(href) || null;
}

/** The address a copy's link carries: an outbound wrapper's original (`''` when it has none), any other unchanged. */
export function unwrapArchiveLink(href: string): string {
  return resolveOutboundLink(href) ?? href;
}
