import browser from 'webextension-polyfill';
import { calendarDate, utcSecond } from '../../formats/dates.js';

/** How the extension's pages show dates and hosts, in the browser's language. */

function locale(): string {
  return browser.i18n.getUILanguage() || 'en';
}

// Building an Intl formatter is the slow part of formatting (the first one on a page loads the locale's data), so
// each kind is built once per page.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale(), options)));
  return format;
}
let numberFormat: Intl.NumberFormat | null = null;

/** Builds the formatters a preview needs, to be called while the page waits for something else. */
export function prepareDisplay(): void {
  displayDate('2000-01-01');
  displayCaptureDay('2000-01-01T00:00:00Z');
  displayNumber(0);
}

/** "May 16, 2017" from `2017-05-16` or an ISO datetime (the publisher's own calendar day, never shifted). */
export function displayDate(published: string | null): string | null {
  const day = calendarDate(published);
  if (!day) return null;
  return dateFormat({ dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** "Jul 19, 2017, 22:03 UTC": a capture time, always in UTC, as the archive states it. */
export function displayCapture(archivedAt: string | null): string | null {
  const iso = utcSecond(archivedAt);
  if (!iso) return null;
  const format = dateFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' });
  return `${format.format(new Date(iso))} UTC`;
}

/** "Jul 19, 2017": a capture day for short lines. */
export function displayCaptureDay(archivedAt: string | null): string | null {
  const iso = utcSecond(archivedAt);
  return iso ? dateFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)) : null;
}

/** "washingtonpost.com" from an address; null when there is none. */
export function displayHost(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function displayNumber(n: number): string {
  numberFormat ??= new Intl.NumberFormat(locale());
  return numberFormat.format(n);
}

/** "97.3" (English), "97,3" (German): a number with a fixed count of decimals. */
export function displayDecimal(n: number, digits: number): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** "Nov 27, 2026, 17:40": a moment in the person's own time zone (when they saved something). */
export function displayLocalTime(iso: string | null): string | null {
  const time = iso ? new Date(iso) : null;
  if (!time || Number.isNaN(time.getTime())) return null;
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** "18 kB", "2.4 MB": a size in the browser's language. */
export function displaySize(bytes: number): string {
  const [unit, value] =
    bytes >= 1_000_000
      ? (['megabyte', bytes / 1_000_000] as const)
      : (['kilobyte', Math.max(1, bytes / 1000)] as const);
  return new Intl.NumberFormat(locale(), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
