import { describe, expect, it, vi } from 'vitest';

// The extension pages' locale comes from the browser; here it is fixed so the strings are known.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getUILanguage: () => 'en-US' } } }));

const {
  displayCapture,
  displayCaptureDay,
  displayDate,
  displayDecimal,
  displayLocalTime,
  displayNumber,
  prepareDisplay,
} = await import('../../../src/extension/shared/display.js');

describe('display formats (each formatter built once per page)', () => {
  it('keeps each kind of date apart although their formatters are reused', () => {
    prepareDisplay();
    expect(displayDate('2017-05-16')).toBe('May 16, 2017');
    expect(displayDate('2017-05-16T23:30:00-04:00')).toBe('May 16, 2017'); // the publisher's day, never shifted
    expect(displayCaptureDay('2017-07-19T22:03:11Z')).toBe('Jul 19, 2017');
    expect(displayCapture('2017-07-19T22:03:11Z')).toBe('Jul 19, 2017, 22:03 UTC');
    expect(displayDate('2020-01-02')).toBe('January 2, 2020');
    expect(displayCaptureDay('2020-01-02T00:00:00Z')).toBe('Jan 2, 2020');
    expect(displayLocalTime('2020-01-02T12:00:00Z')).toMatch(/^Jan [23], 2020, \d{1,2}:\d\d/);
  });

  it('numbers, and values that are missing or not dates', () => {
    expect(displayNumber(1554)).toBe('1,554');
    expect(displayNumber(0)).toBe('0');
    expect(displayDecimal(97.34, 1)).toBe('97.3');
    expect(displayDecimal(100, 1)).toBe('100.0');
    expect(displayDate(null)).toBeNull();
    expect(displayDate('not a date')).toBeNull();
    expect(displayCapture(null)).toBeNull();
    expect(displayCaptureDay('garbage')).toBeNull();
    expect(displayLocalTime('garbage')).toBeNull();
  });
});
