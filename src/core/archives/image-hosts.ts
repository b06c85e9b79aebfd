import type { ArticleSource } from '../../article.js';
import { isArchiveTodayResourceHost } from './archive-today-urls.js';

/**
 * The one rule for where an article's images may come from. An archived copy shows only the archive's own copies
 * (archive.today's mirrors and their image hosts; web.archive.org), so nothing in a snapshot can make the reader,
 * a saved file or the library request another host. An ordinary page's images are its own, on any web host.
 * The lead image, the reader's sanitiser and the save path all ask this module.
 */

const WAYBACK_IMAGE_HOSTS = new Set(['web.archive.org', 'wayback.archive.org']);

/** Whether `host` (lower-case) may serve images to an article of `service`. */
export function imageHostAllowed(service: ArticleSource['service'], host: string): boolean {
  if (service === 'archive.today') return isArchiveTodayResourceHost(host);
  if (service === 'wayback') return WAYBACK_IMAGE_HOSTS.has(host);
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
