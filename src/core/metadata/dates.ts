/**
 * Publication dates as news pages print them. Hand-written rather than a general parser: the injected script
 * has a 30 KB budget (chrono-node alone is 13.6 KB gzipped), and the rules that matter here — a missing year is
 * inferred so the date never falls after the capture, the printed local day is kept rather than the UTC day,
 * and "05/06/2017" is never silently guessed — have to be written around any parser anyway.
 */

import { isRealDay, monthNumbers } from '../time.js';

export interface DateContext {
  /** Capture time (ISO); dates after it are impossible, and a missing year is inferred from it. */
  notAfter?: string | null;
  /** Language of the page: settles day/month order of numeric dates ("en-US" → month first). */
  lang?: string | null;
  /**
   * The order the page's own unambiguous numeric dates show (numericDateOrder); settles it before the language.
   * Asked only when a date reads both ways, since finding it reads the whole page.
   */
  monthFirst?: () => boolean | null;
}

export interface ParsedDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm[:ss]±hh:mm` when the time and its offset are known. */
  value: string;
  /** True when the year was not printed and was inferred. */
  yearInferred: boolean;
}

interface MonthTable {
  byName: Readonly<Record<string, number>>;
  /** "May 16, 2017" / "May 16th 2017" / "Sept. 5, 2017" / "May 16" */
  monthDay: RegExp;
  /** "16 May 2017" / "16. Mai 2017" / "16 de mayo de 2017" / "16 May" */
  dayMonth: RegExp;
}

let months: MonthTable | null = null;

/**
 * Built on first use: reading a page that prints no date costs nothing. The names are lower-case and so is the text
 * they are matched in: a case-insensitive Unicode pattern of some 200 names took V8 about 6 ms to compile, each.
 */
function monthTable(): MonthTable {
  if (!months) {
    const byName = monthNumbers();
    const names = Object.keys(byName)
      .sort((a, b) => b.length - a.length)
      .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    months = {
      byName,
      monthDay: new RegExp(
        `(?:^|[^\\p{L}])(${names})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d\\p{L}])`,
        'u',
      ),
      dayMonth: new RegExp(
        `(?:^|[^\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?(${names})\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?(?![\\d\\p{L}])`,
        'u',
      ),
    };
  }
  return months;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A real day from 1900 to 2200: any other year is a misreading, not a news page's date. */
function validDay(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && isRealDay(y, m, d);
}

function ymd(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The calendar day of a value (`YYYY-MM-DD` prefix). */
export function dayOf(value: string): string {
  return value.slice(0, 10);
}

/** The UTC calendar day of an ISO timestamp. */
function utcDay(iso: string): string | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** Year for a printed day and month without a year: the latest one that does not fall after `notAfter`. */
function inferYear(m: number, d: number, ctx: DateContext): number | null {
  const limit = ctx.notAfter ? utcDay(ctx.notAfter) : null;
  if (!limit) return null;
  let y = Number(limit.slice(0, 4));
  if (ymd(y, m, d) > limit) y -= 1;
  return validDay(y, m, d) ? y : null;
}

/** Offset like "-04:00" for US zone abbreviations printed after times ("EDT"). */
const ZONES: Record<string, string> = {
  utc: '+00:00',
  gmt: '+00:00',
  z: '+00:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

/**
 * ISO 8601 as found in `datetime`/`content` attributes. Keeps the printed local date and time with its offset;
 * a value without offset keeps only its day (its zone is unknown).
 */
export function parseIsoDate(raw: string): string | null {
  const s = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (!m) {
    const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
    if (compact && validDay(+compact[1]!, +compact[2]!, +compact[3]!))
      return ymd(+compact[1]!, +compact[2]!, +compact[3]!);
    return null;
  }
  const [, y, mo, d, h, mi, sec, zone] = m;
  if (!validDay(+y!, +mo!, +d!)) return null;
  const day = ymd(+y!, +mo!, +d!);
  if (!h || !zone) return day;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return `${day}T${h}:${mi}:${sec ?? '00'}${offset}`;
}

/** A value with time and offset, rendered ISO, as an instant; a bare day as that day's UTC midnight. */
function instant(value: string): number {
  return Date.parse(value.length === 10 ? value + 'T00:00:00Z' : value);
}

/** True when `value` is after the `notAfter` day (a capture cannot hold an article published later). */
export function isAfter(value: string, notAfter: string | null | undefined): boolean {
  if (!notAfter) return false;
  const limitDay = utcDay(notAfter);
  if (!limitDay) return false;
  // Compare calendar days: a late-evening local time may be the next day in UTC and still be fine.
  return dayOf(value) > limitDay && instant(value) > Date.parse(notAfter) + 14 * 3600_000;
}

function withTime(day: string, text: string): string {
  const t =
    /\b(\d{1,2})[:.](\d{2})\s*(a\.?m\.?|p\.?m\.?)?\s*(UTC|GMT|BST|CEST|CET|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b/i.exec(
      text,
    );
  if (!t) return day;
  let h = Number(t[1]);
  const mer = t[3]?.toLowerCase().replace(/\./g, '');
  if (mer === 'pm' && h < 12) h += 12;
  if (mer === 'am' && h === 12) h = 0;
  if (h > 23) return day;
  const zone = ZONES[t[4]!.toLowerCase()];
  return zone ? `${day}T${pad(h)}:${t[2]}:00${zone === '+00:00' ? 'Z' : zone}` : day;
}

function monthFirstLocale(lang: string | null | undefined): boolean | null {
  if (!lang) return null;
  const l = lang.toLowerCase();
  if (l === 'en-us' || l === 'en') return true;
  return false;
}

/**
 * A date printed in running text: "May 16, 2017", "16 May 2017", "Tuesday 16. Mai 2017", "Updated 16/05/2017",
 * "May 16" (year inferred), "2017-05-16". Returns null for text with no date or an ambiguous numeric one.
 */
export function parseDateText(text: string, ctx: DateContext = {}): ParsedDate | null {
  const s = text.replace(/\s+/g, ' ').trim();
  if (!/\d/.test(s)) return null; // every form below has a day or a year in digits
  const iso = /\b(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)\b/.exec(s);
  if (iso?.[1]) {
    const v = parseIsoDate(iso[1]);
    if (v) return { value: v, yearInferred: false };
  }
  const { byName: MONTHS, monthDay, dayMonth } = monthTable();
  const lower = s.toLowerCase();
  const mdy = monthDay.exec(lower);
  const dmy = dayMonth.exec(lower);
  const candidates: { m: number; d: number; y: number | null; index: number }[] = [];
  if (mdy) candidates.push({ m: MONTHS[mdy[1]!]!, d: +mdy[2]!, y: mdy[3] ? +mdy[3] : null, index: mdy.index });
  if (dmy) candidates.push({ m: MONTHS[dmy[2]!]!, d: +dmy[1]!, y: dmy[3] ? +dmy[3] : null, index: dmy.index });
  // Prefer a reading with a year, then the earlier one in the text.
  candidates.sort((a, b) => Number(b.y !== null) - Number(a.y !== null) || a.index - b.index);
  for (const c of candidates) {
    const y = c.y ?? inferYear(c.m, c.d, ctx);
    if (y === null || !validDay(y, c.m, c.d)) continue;
    return { value: withTime(ymd(y, c.m, c.d), s), yearInferred: c.y === null };
  }
  // "Month YYYY" alone is not a day: not a publication date we can cite to the day.
  const numeric = /(?:^|[^\d])(\d{1,2})([./-]) ?(\d{1,2})\2 ?(\d{4})(?!\d)/.exec(s); // "16.05.2017", "5. 5. 2023"
  if (numeric) {
    const a = +numeric[1]!;
    const b = +numeric[3]!;
    const y = +numeric[4]!;
    let m: number;
    let d: number;
    const only = onlyReading(a, b);
    if (only !== null) [m, d] = only ? [a, b] : [b, a];
    else if (a === b) [m, d] = [a, b];
    else {
      const pageOrder = ctx.monthFirst?.() ?? null;
      if (pageOrder !== null) [m, d] = pageOrder ? [a, b] : [b, a];
      else if (numeric[2] === '.')
        [d, m] = [a, b]; // dotted dates are day-first wherever they are written
      else {
        const monthFirst = monthFirstLocale(ctx.lang);
        if (monthFirst === null) return null; // "05/06/2017" with no locale: ambiguous, never guessed
        [m, d] = monthFirst ? [a, b] : [b, a];
      }
    }
    if (validDay(y, m, d)) return { value: ymd(y, m, d), yearInferred: false };
  }
  return null;
}

/** True when "a.b.yyyy" reads only month first (b is past 12), false when only day first, null when both or neither. */
function onlyReading(a: number, b: number): boolean | null {
  if (a > 12 && a <= 31 && b <= 12) return false;
  if (b > 12 && b <= 31 && a <= 12) return true;
  return null;
}

const NUMERIC_DATES = /(?:^|[^\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./-])/g;

/**
 * Whether the page writes numeric dates month first: true when every one of its numeric dates that can be read only
 * one way ("10.28.2025", a day above 12 second) is month-first, false when every such one is day-first, null when
 * it prints none or both. A page keeps one order, so its cards and comments settle how to read "09.10.2024".
 */
export function numericDateOrder(texts: Iterable<string>): boolean | null {
  let monthFirst = 0;
  let dayFirst = 0;
  for (const text of texts) {
    if (!/\d[./-]\d/.test(text)) continue;
    for (const m of text.matchAll(NUMERIC_DATES)) {
      const only = onlyReading(+m[1]!, +m[3]!);
      if (only === true) monthFirst++;
      else if (only === false) dayFirst++;
    }
  }
  if (monthFirst && !dayFirst) return true;
  if (dayFirst && !monthFirst) return false;
  return null;
}

/** The date in an article address: `/2017/05/16/`, `/2017-05-16-`, `/20170516/`. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const patterns = [
    /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_])/,
    /(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_-]|$|\.)/,
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|[-_.])/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (m && validDay(+m[1]!, +m[2]!, +m[3]!)) return ymd(+m[1]!, +m[2]!, +m[3]!);
  }
  return null;
}
