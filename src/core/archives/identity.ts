/**
 * Which archive a page belongs to is decided by its address, not by its markup: anyone can copy archive.today's
 * header or Wayback's toolbar into a page of their own. A page read at a web address (the tab's, or the command
 * line's `--url`) is a snapshot only on that archive's own hosts; markup is evidence only for a local file, which
 * has no address to go by (no URL, or `file:`).
 */

/** The host of a web address (`http:`/`https:`), lower-cased; null for a local file or no address at all. */
export function webHost(url: string): string | null {
  if (!/^https?:\/\//i.test(url.trim())) return null;
  try {
    return new URL(url.trim()).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** True when a page read at `url` may be recognised as a capture of the archive whose page hosts pass `isOwnHost`. */
export function mayBeCapture(url: string, isOwnHost: (host: string) => boolean): boolean {
  const host = webHost(url);
  return host === null || isOwnHost(host);
}
