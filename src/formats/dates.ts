import { isoSecond } from '../core/time.js';

/**
 * Dates as copies and saved files print them: ISO forms, never a locale's, so a note written in one
 * country reads the same in another and golden files stay stable.
 */

/** `2017-05-16` from `2017-05-16` or `2017-05-16T09:00:00-04:00` (the publisher's own calendar day). */
export function calendarDate(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim()) : null;
  return match?.[1] ?? null;
}

/** `2017-07-19 22:03 UTC` (or `… 22:03:03 UTC` to the second) from any ISO timestamp; null when it does not parse. */
export function utcReadable(
  value: string | null | undefined,
  precision: 'minute' | 'second' = 'minute',
): string | null {
  const iso = utcSecond(value);
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, precision === 'minute' ? 16 : 19)} UTC` : null;
}

/** `2017-07-19T22:03:03Z`: the timestamp normalised to UTC without milliseconds (EPUB's `dcterms:modified` form). */
export function utcSecond(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : isoSecond(time);
}
