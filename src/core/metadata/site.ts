import { normalizeSpace } from '../dom.js';
import { ARCHIVE_TODAY_MIRROR_PATTERN, isArchiveTodayHost } from '../archives/hosts.js';
import type { Publisher } from './publishers.js';

const ARCHIVE_NAMES = new RegExp(
  `^(${ARCHIVE_TODAY_MIRROR_PATTERN}|wayback machine|internet archive|web\\.archive\\.org)$`,
  'i',
);

/**
 * The publication's name: the publisher table for known hosts, then the page's own site name (ordinary pages
 * only), then the suffix of the title, then the host itself. Never the archive's name.
 */
export function findSiteName(
  known: Publisher | null,
  host: string | null,
  titleHint: string | null,
  headSiteName: string | null,
  headline: string | null,
): string | null {
  if (known) return known.name;
  if (headSiteName && !ARCHIVE_NAMES.test(headSiteName)) return headSiteName;
  if (titleHint && headline) {
    const hint = normalizeSpace(titleHint.replace(/(…|\.\.\.)$/, ''));
    const rest = hint.startsWith(headline) ? hint.slice(headline.length) : '';
    // "Headline | Site | Section": the site is the first part after the headline.
    const site = /^\s*[|\-–—:·»]\s*(.+)$/
      .exec(rest)?.[1]
      ?.split(/\s[|\-–—·»]\s/)[0]
      ?.trim();
    if (site && site.length >= 2 && site.length <= 60 && !ARCHIVE_NAMES.test(site)) return site;
  }
  if (host && !isArchiveTodayHost(host)) return host.replace(/^www\./, '');
  return null;
}
