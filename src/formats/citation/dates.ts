/**
 * Dates as the styles print them. A publication date keeps its own calendar components (a 9:42 p.m. EDT story is
 * dated the 16th even though it is the 17th in UTC); a capture date is the UTC date of the stamp; the access date is
 * the reader's local date.
 */

import { ENGLISH_MONTHS, isRealDay } from '../../core/time.js';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export interface FullDate {
  year: number;
  month: number;
  day: number;
}

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a full ISO datetime, read from its own components (never shifted to UTC). */
export function parsePublished(value: string | null): DateParts | null {
  if (!value) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return { year };
  if (month !== undefined && day !== undefined && !isRealDay(year, month, day)) return { year, month };
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** The UTC calendar date of an ISO timestamp (`2017-07-19T22:03:03Z` → 2017-07-19). */
export function utcDate(timestamp: string | null): FullDate | null {
  if (!timestamp) return null;
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `options.accessed` (`YYYY-MM-DD`) or today in the local time zone. */
export function accessDate(accessed: string | undefined, now: () => Date = () => new Date()): FullDate {
  if (accessed === undefined) {
    const today = now();
    return { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(accessed);
  const date = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (!date || !isRealDay(date.year, date.month, date.day)) {
    throw new RangeError(`accessed must be a calendar date written YYYY-MM-DD, got "${accessed}"`);
  }
  return date;
}

/** MLA's abbreviations; citations.md §1.6 gives IEEE the same ones (May, June, July written out). */
export const SHORT_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
] as const;

const monthName = (month: number, names: readonly string[]): string => names[month - 1] ?? '';

/** "May 16, 2017" / "May 2017" / "2017" (Chicago, IEEE with short months, Markdown). */
export function monthDayYear(date: DateParts, names: readonly string[] = ENGLISH_MONTHS): string {
  if (!date.month) return String(date.year);
  const month = monthName(date.month, names);
  return date.day ? `${month} ${date.day}, ${date.year}` : `${month} ${date.year}`;
}

/** "16 May 2017" / "May 2017" / "2017" (MLA with short months, CTR, Wikipedia dmy). */
export function dayMonthYear(date: DateParts, names: readonly string[] = ENGLISH_MONTHS): string {
  if (!date.month) return String(date.year);
  const month = monthName(date.month, names);
  return date.day ? `${date.day} ${month} ${date.year}` : `${month} ${date.year}`;
}

/** "2017, May 16" (APA). */
export function yearMonthDay(date: DateParts): string {
  if (!date.month) return String(date.year);
  const month = monthName(date.month, ENGLISH_MONTHS);
  return date.day ? `${date.year}, ${month} ${date.day}` : `${date.year}, ${month}`;
}

/** "2017-05-16" / "2017-05" / "2017" (biblatex, ISO). */
export function isoDate(date: DateParts): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month) parts.push(pad(date.month));
  if (date.month && date.day) parts.push(pad(date.day));
  return parts.join('-');
}
