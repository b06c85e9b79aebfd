/** Full-text search and sorting of the library's list: pure functions of the records. */
import { displayName } from '../../../article.js';
import { calendarDate } from '../../../formats/dates.js';
import type { LibraryRecord } from './types.js';

export type SortKey = 'saved' | 'published' | 'title' | 'site' | 'size';
export type SortDirection = 'asc' | 'desc';

export const SORT_KEYS: readonly SortKey[] = ['saved', 'published', 'title', 'site', 'size'];

/** The direction a column sorts in when first chosen: newest and largest first, names from A. */
export const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  saved: 'desc',
  published: 'desc',
  title: 'asc',
  site: 'asc',
  size: 'desc',
};

/** Lower case, accents removed, runs of space as one: "Élysée  Palace" and "elysee palace" match. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The publisher's name, else the original's host. */
export function recordSite(record: LibraryRecord): string {
  const site = record.article.siteName?.trim();
  if (site) return site;
  try {
    return new URL(record.article.source.originalUrl ?? '').hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** What a search looks in: title, authors (and the printed byline), site, and the whole text. */
function haystack(record: LibraryRecord): string {
  const { article } = record;
  return fold(
    [article.title, ...article.authors.map(displayName), article.byline ?? '', recordSite(record), article.text].join(
      '\n',
    ),
  );
}

/** Every word of the query appears somewhere (in any order); an empty query matches everything. */
export function matches(record: LibraryRecord, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const text = haystack(record);
  return words.every((word) => text.includes(word));
}

export function search(records: readonly LibraryRecord[], query: string): LibraryRecord[] {
  const words = fold(query);
  return words ? records.filter((record) => matches(record, words)) : [...records];
}

/**
 * Sorted copy of `records`. Records without a publication date (or a site) come last in either direction;
 * ties fall back to the newest saved, then the id, so the order is always the same.
 */
export function sortRecords(
  records: readonly LibraryRecord[],
  key: SortKey,
  direction: SortDirection,
  locale = 'en',
): LibraryRecord[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'asc' ? 1 : -1;
  const value = (record: LibraryRecord): string | number | null => {
    switch (key) {
      case 'saved':
        return record.provenance.savedAt;
      case 'published':
        return calendarDate(record.article.published);
      case 'title':
        return record.article.title.trim() || null;
      case 'site':
        return recordSite(record) || null;
      case 'size':
        return record.size;
    }
  };
  const compare = (a: string | number, b: string | number): number =>
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : key === 'saved' || key === 'published'
        ? String(a) < String(b)
          ? -1
          : String(a) > String(b)
            ? 1
            : 0
        : collator.compare(String(a), String(b));
  return [...records].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const order = compare(va, vb) * sign;
      if (order) return order;
    }
    if (a.provenance.savedAt !== b.provenance.savedAt) return a.provenance.savedAt < b.provenance.savedAt ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
