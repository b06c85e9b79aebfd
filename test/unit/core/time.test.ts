import { describe, expect, it } from 'vitest';
import {
  archiveTimestampToIso,
  ENGLISH_MONTHS,
  isoSecond,
  isoToArchiveTimestamp,
  isRealDay,
  MONTH_NAMES,
  monthNumbers,
  monthOfAbbreviation,
} from '../../../src/core/time.js';

/** The one home of timestamps (src/core/time.ts): what the archives, the metadata and the formats rely on. */
describe('time', () => {
  it('writes instants to the second, in UTC', () => {
    expect(isoSecond(Date.parse('2017-07-19T18:03:03.456-04:00'))).toBe('2017-07-19T22:03:03Z');
  });

  it('reads 14-digit capture stamps, refusing impossible times', () => {
    expect(archiveTimestampToIso('20170719220303')).toBe('2017-07-19T22:03:03Z');
    expect(archiveTimestampToIso('20200229000000')).toBe('2020-02-29T00:00:00Z');
    expect(archiveTimestampToIso('20190229000000')).toBeNull();
    expect(archiveTimestampToIso('20170719250303')).toBeNull();
    expect(archiveTimestampToIso('2017.07.19-220303')).toBeNull();
    expect(isoToArchiveTimestamp('2017-07-19T18:03:03-04:00')).toBe('20170719220303');
    expect(isoToArchiveTimestamp('yesterday')).toBeNull();
  });

  it('knows real calendar days', () => {
    expect(isRealDay(2024, 2, 29)).toBe(true);
    expect(isRealDay(2023, 2, 29)).toBe(false);
    expect(isRealDay(2023, 4, 31)).toBe(false);
    expect(isRealDay(2023, 13, 1)).toBe(false);
    expect(isRealDay(2023, 12, 0)).toBe(false);
  });

  it('has one month table per language', () => {
    expect(ENGLISH_MONTHS[4]).toBe('May');
    expect(monthNumbers()['september']).toBe(9);
    expect(monthNumbers()['sept']).toBe(9);
    expect(monthNumbers()['mai']).toBe(5);
    expect(monthNumbers()['fevrier']).toBe(2);
    // The Wayback Machine's English and German abbreviations, as its "FILE ARCHIVED ON" line prints them.
    const abbreviations = 'jan feb mar mär apr may mai jun jul aug sep oct okt nov dec dez'.split(' ');
    expect(abbreviations.map((a) => monthOfAbbreviation(a))).toEqual([
      1, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 10, 11, 12, 12,
    ]);
    expect(monthOfAbbreviation('Jul')).toBe(7);
    expect(monthOfAbbreviation('foo')).toBeNull();
  });

  it("lists exactly the month names Node's Intl data prints in the 11 languages read", () => {
    // How the table was made: full and short names, alone and beside a day, of each language.
    const printed: string[][] = Array.from({ length: 12 }, () => []);
    for (const locale of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'cs', 'pl', 'sv', 'da']) {
      for (const month of ['long', 'short'] as const) {
        for (const day of [undefined, 'numeric'] as const) {
          const format = new Intl.DateTimeFormat(locale, { month, day, timeZone: 'UTC' });
          for (let m = 0; m < 12; m++) {
            const name = format
              .formatToParts(new Date(Date.UTC(2017, m, 16)))
              .find((p) => p.type === 'month')!
              .value.toLowerCase()
              .replace(/\.$/, '');
            if (name.length >= 3 && !/\d/.test(name) && !printed[m]!.includes(name)) printed[m]!.push(name);
          }
        }
      }
    }
    const fold = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const sorted = (lists: readonly (readonly string[])[]) =>
      lists.map((names) => [...new Set(names.map(fold))].sort());
    expect(sorted(MONTH_NAMES)).toEqual(sorted(printed));
    expect(new Set(MONTH_NAMES.flat()).size).toBe(MONTH_NAMES.flat().length);
  });
});
