import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/formats/citation/context.js';
import { accessDate, parsePublished, utcDate } from '../../../src/formats/citation/dates.js';
import { citationKey } from '../../../src/formats/citation/key.js';
import { cleanAuthors, initials, isWireAgency, listNames } from '../../../src/formats/citation/names.js';
import { articleWith } from './support.js';

describe('names', () => {
  it('initialises given names', () => {
    expect(initials('Philip', ' ')).toBe('P.');
    expect(initials('Mary Ann', ' ')).toBe('M. A.');
    expect(initials('Mary Ann', '')).toBe('M.A.');
    expect(initials('H.R.', ' ')).toBe('H. R.');
    expect(initials('Jean-Paul', ' ')).toBe('J.-P.');
    expect(initials('Émile', ' ')).toBe('É.');
  });

  it('lists names with or without a serial comma', () => {
    expect(listNames(['A'], { and: 'and', serialComma: 'always' })).toBe('A');
    expect(listNames(['A', 'B'], { and: '&', serialComma: 'always' })).toBe('A, & B');
    expect(listNames(['A', 'B'], { and: 'and', serialComma: 'three-or-more' })).toBe('A and B');
    expect(listNames(['A', 'B', 'C'], { and: 'and', serialComma: 'three-or-more' })).toBe('A, B, and C');
    expect(listNames(['A', 'B', 'C'], { and: 'and', serialComma: 'never' })).toBe('A, B and C');
  });

  it('drops empty names and trims the rest', () => {
    expect(
      cleanAuthors([{ literal: '  ' }, { given: ' ', family: '' }, { given: ' Karen\n', family: ' DeYoung ' }]),
    ).toEqual([{ given: 'Karen', family: 'DeYoung' }]);
  });

  it('knows wire services by their whole name', () => {
    expect(isWireAgency({ literal: 'Reuters' })).toBe(true);
    expect(isWireAgency({ literal: 'The Associated Press' })).toBe(true);
    expect(isWireAgency({ literal: 'Reuters Institute' })).toBe(false);
    expect(isWireAgency({ given: 'Reuters', family: 'Smith' })).toBe(false);
  });
});

describe('dates', () => {
  it('reads a publication date from its own components', () => {
    expect(parsePublished('2017-05-16')).toEqual({ year: 2017, month: 5, day: 16 });
    expect(parsePublished('2017-05-16T21:42:00-04:00')).toEqual({ year: 2017, month: 5, day: 16 });
    expect(parsePublished('2017-05-17T01:42:00Z')).toEqual({ year: 2017, month: 5, day: 17 });
    expect(parsePublished('2017-05')).toEqual({ year: 2017, month: 5 });
    expect(parsePublished('2017-02-30')).toEqual({ year: 2017, month: 2 });
    expect(parsePublished('May 16, 2017')).toBeNull();
    expect(parsePublished(null)).toBeNull();
  });

  it('takes the UTC date of a capture', () => {
    expect(utcDate('2017-07-19T22:03:03Z')).toEqual({ year: 2017, month: 7, day: 19 });
    expect(utcDate('2017-07-19T22:03:03-05:00')).toEqual({ year: 2017, month: 7, day: 20 });
    expect(utcDate('not a date')).toBeNull();
  });

  it('takes the local date for the access date', () => {
    // Late evening can already be the next day in UTC (west of Greenwich): the reader's own date wins.
    expect(accessDate(undefined, () => new Date(2026, 10, 27, 23, 30))).toEqual({ year: 2026, month: 11, day: 27 });
    expect(accessDate('2026-11-27')).toEqual({ year: 2026, month: 11, day: 27 });
  });
});

describe('citation keys', () => {
  const key = (changes: Parameters<typeof articleWith>[0]): string =>
    citationKey(buildContext(articleWith(changes), { accessed: '2026-11-27' }));

  it('follows <author><year><first significant title word>', () => {
    expect(key({})).toBe('rucker2017inside');
    expect(key({ title: 'The Art of the Deal' })).toBe('rucker2017art');
    expect(key({ authors: [{ given: 'Jürgen', family: 'Müller-Lüdenscheidt' }] })).toBe('mullerludenscheidt2017inside');
    expect(key({ authors: [{ given: 'Ludwig', family: 'van Beethoven' }] })).toBe('beethoven2017inside');
    expect(key({ authors: [{ literal: 'The Associated Press' }] })).toBe('associated2017inside');
  });

  it('falls back without an author or a year', () => {
    expect(key({ authors: [] })).toBe('inside2017oval');
    expect(key({ published: null })).toBe('ruckerndinside');
    expect(key({ authors: [], title: '', published: null })).toBe('untitlednd');
  });
});
