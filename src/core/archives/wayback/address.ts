/** The Wayback Machine's replay addresses: `/web/<timestamp><modifier>/<original>`, read and written. */
import { isWaybackHost } from '../hosts.js';

/** Where images and other resources of a snapshot are kept. */
export const WAYBACK_ORIGIN = 'https://web.archive.org';

/**
 * `/web/<1–14 digits><modifier>/<original>`: a replay. The query forms — a star after the timestamp or in its place
 * (calendars, capture lists, URL searches), a range `2009-2015` — and `/save/…`, `/web/submit`, the bare `/web/`
 * are not snapshots. Modifiers are two letters and `_` (`id_`, `im_`, `if_`, `js_`, `cs_`, `fw_`, `fr_`, `oe_`,
 * `mp_` …), `cm_` with a digit; one to three slashes follow.
 */
const REPLAY_PATH = /^\/web\/(\d{1,14})([a-z]{2}\d?_)?\/{1,3}(.+)$/s;

export interface WaybackAddress {
  /** The digits as written: 14 for one exact capture, fewer for "the capture nearest to" a partial time. */
  timestamp: string;
  /** `''`, `'id_'`, `'im_'` … */
  modifier: string;
  /** The original address with its own query and fragment; `http://` added where the archive left the scheme out. */
  original: string;
}

/**
 * Restores an original address as it follows the timestamp: percent-encoded scheme, collapsed `http:/x`,
 * protocol-relative `//host` and scheme-less `host/path` (old links) are repaired, and the default port the
 * crawler wrote (`http://www.nytimes.com:80/…`) is dropped. Null for anything that is not a web address.
 */
export function decodeTarget(raw: string): string | null {
  let s = raw.trim().replace(/^([a-z]+)%3A(%2F%2F|\/\/)/i, '$1://');
  if (/^https?:\/(?!\/)/i.test(s)) s = s.replace(/^(https?):\//i, '$1://');
  else if (s.startsWith('//')) s = 'http:' + s;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) {
    if (!/^[^/?#]+\.[^/?#]+/.test(s)) return null; // a scheme-less target must at least name a host with a dot
    s = 'http://' + s;
  }
  if (!/^https?:\/\//i.test(s)) return null;
  s = s.replace(/^(http:\/\/[^/?#]+):80(?=[/?#]|$)|^(https:\/\/[^/?#]+):443(?=[/?#]|$)/i, '$1$2');
  try {
    const u = new URL(s);
    return u.hostname ? s : null;
  } catch {
    return null;
  }
}

/**
 * Reads a Wayback replay address: absolute (`https://web.archive.org/web/…`, `//web.archive.org/web/…`) or, with
 * `rootRelative`, the `/web/…` form the archive writes inside its pages. Null for anything else, including the
 * archive's calendar, search and save pages.
 */
export function parseWaybackAddress(raw: string, rootRelative = false): WaybackAddress | null {
  const m = /^(?:(?:https?:)?\/\/([^/?#]+))?(\/web\/.*)$/is.exec(raw.trim());
  if (!m?.[2]) return null;
  if (m[1] === undefined ? !rootRelative : !isWaybackHost(m[1].toLowerCase().replace(/:\d+$/, ''))) return null;
  const p = REPLAY_PATH.exec(m[2]);
  if (!p?.[1] || !p[3]) return null;
  const original = decodeTarget(p[3]);
  return original ? { timestamp: p[1], modifier: p[2] ?? '', original } : null;
}

/** True when `raw` is a Wayback replay address (any modifier, full or partial timestamp). */
export function isWaybackSnapshotUrl(raw: string): boolean {
  return parseWaybackAddress(raw) !== null;
}

/** The page address of a capture: `https://web.archive.org/web/<timestamp>/<original>` (no modifier). */
export function waybackUrl(timestamp: string, original: string): string {
  return `${WAYBACK_ORIGIN}/web/${timestamp}/${original}`;
}
