/**
 * Timestamps in one place: the archives' 14-digit capture stamps, ISO instants to the second, real calendar days
 * and month names. Everything here is UTC or calendar arithmetic; printing a date in a style or a locale is the
 * formats' business (src/formats/dates.ts, src/formats/citation/dates.ts).
 */

/** `2017-07-19T22:03:03Z`: an instant as every saved file, record and citation writes it (UTC, no milliseconds). */
export function isoSecond(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Now, as isoSecond writes it: the moment a file is saved, a highlight made or a library exported. */
export function nowIsoSecond(): string {
  return isoSecond(Date.now());
}

/**
 * `20170719220303` → `2017-07-19T22:03:03Z`: an archive capture stamp (both archives write UTC) as an ISO instant;
 * null unless it is 14 digits of a real time (30 February and 25 o'clock are refused, not rolled over).
 */
export function archiveTimestampToIso(stamp: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  const t = Date.parse(iso);
  return !Number.isNaN(t) && isoSecond(t) === iso ? iso : null;
}

/** `2017-07-19T22:03:03Z` (any ISO instant) → `20170719220303`, the archives' capture stamp; null when it does not parse. */
export function isoToArchiveTimestamp(iso: string): string | null {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** Whether `day` exists in `month` (1–12) of `year`: 29 February only in leap years. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month names every English citation style prints, written out (the styles' abbreviations are their own). */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Languages whose month names dates are read in. */
const MONTH_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'cs', 'pl', 'sv', 'da'];

const namesOf = (locale: string, form: Intl.DateTimeFormatOptions): string[] => {
  const format = new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' });
  return Array.from(
    { length: 12 },
    (_, m) =>
      format
        .formatToParts(new Date(Date.UTC(2017, m, 16)))
        .find((p) => p.type === 'month')
        ?.value.toLowerCase() ?? '',
  );
};

let byName: Record<string, number> | null = null;

/**
 * Month names of the 11 languages dates are read in (full and short, alone and as printed in a date — Czech and
 * Polish decline them), lower-case → month number, from the platform's own locale data rather than a table;
 * accents folded too ("fevrier"), dots dropped ("sept."). Built on first use.
 */
export function monthNumbers(): Readonly<Record<string, number>> {
  if (byName) return byName;
  const out: Record<string, number> = { sept: 9, maerz: 3 };
  const forms: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { month: 'long', day: 'numeric' },
    { month: 'short', day: 'numeric' },
  ];
  for (const locale of MONTH_LOCALES) {
    for (const form of forms) {
      namesOf(locale, form).forEach((printed, m) => {
        const name = printed.replace(/\.$/, '');
        if (!name || /\d/.test(name) || name.length < 3) return;
        out[name] = m + 1;
        out[name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')] = m + 1;
      });
    }
  }
  return (byName = out);
}

let byAbbreviation: Map<string, number> | null = null;

/**
 * The month of a three-letter abbreviation in English or German ("Jul", "Okt", "Mär"), as the Wayback Machine's
 * "FILE ARCHIVED ON" line and a browser's "saved from" note print them; null for any other word.
 */
export function monthOfAbbreviation(abbreviation: string): number | null {
  if (!byAbbreviation) {
    byAbbreviation = new Map();
    const german = namesOf('de', { month: 'long' });
    for (const names of [ENGLISH_MONTHS.map((n) => n.toLowerCase()), german])
      names.forEach((name, m) => byAbbreviation!.set(name.slice(0, 3), m + 1));
  }
  return byAbbreviation.get(abbreviation.toLowerCase()) ?? null;
}
