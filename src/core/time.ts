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

/**
 * Month names of the 11 languages dates are read in (en, de, fr, es, it, pt, nl, cs, pl, sv, da), full and short,
 * alone and as printed in a date (Czech and Polish decline them), lower-case, one list per month; a name in several
 * languages is listed once. Written out, not asked of `Intl.DateTimeFormat`: building its 44 formatters took 20–25 ms
 * on every start of the command line and on every first reading in a browser, whose locale data also differ from
 * Node's. Taken from Node's Intl data, which a test compares it with.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  'january jan januar janvier janv enero ene gennaio gen janeiro januari leden led ledna styczeń sty stycznia',
  'february feb februar février févr febrero febbraio fevereiro fev februari únor úno února luty lut lutego',
  'march märz mär mars marzo março maart mrt březen bře března marzec marca marts',
  'april apr avril avr abril abr aprile duben dub dubna kwiecień kwi kwietnia',
  'may mai mayo maggio mag maio mei květen kvě května maj maja',
  'june jun juni juin junio giugno giu junho červen čvn června czerwiec cze czerwca',
  'july jul juli juillet juil julio luglio lug julho červenec čvc července lipiec lip lipca',
  'august aug août agosto ago augustus srpen srp srpna sierpień sie sierpnia augusti',
  'september sep sept septembre septiembre settembre set setembro září zář wrzesień wrz września',
  'october oct oktober okt octobre octubre ottobre ott outubro out říjen říj října październik paź października',
  'november nov novembre noviembre novembro listopad lis listopadu listopada',
  'december dezember dez décembre déc diciembre dic dicembre dezembro prosinec pro prosince grudzień gru grudnia',
].map((names) => names.split(' '));

let byName: Record<string, number> | null = null;

/**
 * Every month name of MONTH_NAMES → its number, with accents folded too ("fevrier") and two spellings printers use
 * ("sept", "maerz"). Built on first use.
 */
export function monthNumbers(): Readonly<Record<string, number>> {
  if (byName) return byName;
  const out: Record<string, number> = { sept: 9, maerz: 3 };
  MONTH_NAMES.forEach((names, m) => {
    for (const name of names) {
      out[name] = m + 1;
      out[name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')] = m + 1;
    }
  });
  return (byName = out);
}

/** German month names, for the abbreviations below. */
const GERMAN_MONTHS = 'januar februar märz april mai juni juli august september oktober november dezember'.split(' ');

let byAbbreviation: Map<string, number> | null = null;

/**
 * The month of a three-letter abbreviation in English or German ("Jul", "Okt", "Mär"), as the Wayback Machine's
 * "FILE ARCHIVED ON" line and a browser's "saved from" note print them; null for any other word.
 */
export function monthOfAbbreviation(abbreviation: string): number | null {
  if (!byAbbreviation) {
    byAbbreviation = new Map();
    for (const names of [ENGLISH_MONTHS.map((n) => n.toLowerCase()), GERMAN_MONTHS])
      names.forEach((name, m) => byAbbreviation!.set(name.slice(0, 3), m + 1));
  }
  return byAbbreviation.get(abbreviation.toLowerCase()) ?? null;
}
