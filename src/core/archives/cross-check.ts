import type { ArticleSource } from '../../article.js';
import { isoToArchiveTimestamp } from '../time.js';
import { waybackUrl } from './wayback/address.js';

/**
 * Links to compare an article with other copies of it: the other archive's copy nearest the capture time and the
 * original page. Constructed, never fetched — an archive answers them itself (Wayback: the capture nearest the
 * timestamp, or its calendar of all captures; archive.today: the capture nearest the timestamp, or its newest).
 */

export interface CrossCheckLink {
  label: string;
  url: string;
  service: 'wayback' | 'archive.today' | 'original';
}

/** The mirror the links name: archive.ph is the one most readers reach. */
const ARCHIVE_TODAY = 'https://archive.ph';

export function otherArchiveLinks(source: ArticleSource): CrossCheckLink[] {
  const original = source.originalUrl?.trim().replace(/#.*$/s, '') ?? '';
  if (!/^https?:\/\/[^/?#]+/i.test(original)) return [];
  const stamp = source.archivedAt ? isoToArchiveTimestamp(source.archivedAt) : null;
  const links: CrossCheckLink[] = [];
  if (source.service !== 'wayback') {
    links.push(
      stamp
        ? { label: 'Wayback Machine: nearest capture', url: waybackUrl(stamp, original), service: 'wayback' }
        : {
            label: 'Wayback Machine: all captures',
            url: `https://web.archive.org/web/*/${original}`,
            service: 'wayback',
          },
    );
  }
  if (source.service !== 'archive.today') {
    links.push(
      stamp
        ? {
            label: 'archive.today: nearest capture',
            url: `${ARCHIVE_TODAY}/${stamp}/${original}`,
            service: 'archive.today',
          }
        : {
            label: 'archive.today: newest capture',
            url: `${ARCHIVE_TODAY}/newest/${original}`,
            service: 'archive.today',
          },
    );
  }
  links.push({ label: 'Original page', url: original, service: 'original' });
  return links;
}
