import { expect, test } from 'vitest';
import {
  keptTabs,
  makesStale,
  READ_AHEAD_MAX_ELEMENTS,
  sameDocument,
  worthReadingAhead,
} from '../../../src/extension/shared/kept-reading.js';
import { isExtractCopyRequest, isKeptReadingRequest } from '../../../src/extension/messages.js';

test('a reading stands for the tab only at the same address, whatever the fragment', () => {
  expect(sameDocument('https://archive.ph/qF3xK', 'https://archive.ph/qF3xK')).toBe(true);
  expect(sameDocument('https://archive.ph/qF3xK', 'https://archive.ph/qF3xK#selection-1.2')).toBe(true);
  expect(sameDocument('https://archive.ph/qF3xK#a', 'https://archive.ph/qF3xK')).toBe(true);
  expect(sameDocument('https://archive.ph/qF3xK', 'https://archive.ph/AbCdE')).toBe(false);
  expect(sameDocument('https://archive.ph/qF3xK', 'https://archive.is/qF3xK')).toBe(false);
  expect(
    sameDocument(
      'https://web.archive.org/web/2021/https://a.org/?p=1',
      'https://web.archive.org/web/2021/https://a.org/?p=2',
    ),
  ).toBe(false);
  expect(sameDocument(undefined, 'https://archive.ph/qF3xK')).toBe(false);
  expect(sameDocument('https://archive.ph/qF3xK', undefined)).toBe(false);
  expect(sameDocument('', '')).toBe(false);
});

test('the last few tabs keep their readings, the newest last; keeping a tab again moves it to the end', () => {
  expect(keptTabs([], 7, 4)).toEqual({ kept: [7], dropped: [] });
  expect(keptTabs([1, 2, 3], 4, 4)).toEqual({ kept: [1, 2, 3, 4], dropped: [] });
  expect(keptTabs([1, 2, 3, 4], 5, 4)).toEqual({ kept: [2, 3, 4, 5], dropped: [1] });
  expect(keptTabs([1, 2, 3, 4], 2, 4)).toEqual({ kept: [1, 3, 4, 2], dropped: [] });
  expect(keptTabs([1, 2, 3, 4, 5, 6], 9, 4)).toEqual({ kept: [4, 5, 6, 9], dropped: [1, 2, 3] });
});

test('a new address or a page loading again makes the reading stale; a finished load or a title does not', () => {
  expect(makesStale({ url: 'https://archive.ph/AbCdE' })).toBe(true);
  expect(makesStale({ status: 'loading' })).toBe(true);
  expect(makesStale({ status: 'loading', url: 'https://archive.ph/AbCdE' })).toBe(true);
  expect(makesStale({ status: 'complete' })).toBe(false);
  expect(makesStale({})).toBe(false);
});

test('the kept-reading and extract-copy messages are recognised only whole', () => {
  expect(isKeptReadingRequest({ type: 'keptReading', tabId: 3 })).toBe(true);
  expect(isKeptReadingRequest({ type: 'keptReading', tabId: '3' })).toBe(false);
  expect(isKeptReadingRequest({ type: 'keptReading' })).toBe(false);
  expect(isKeptReadingRequest({ type: 'openReader', tabId: 3 })).toBe(false);
  expect(isKeptReadingRequest(null)).toBe(false);
  const copy = { html: '<p>x</p>', url: 'https://archive.ph/qF3xK' };
  expect(isExtractCopyRequest({ type: 'extractCopy', copy, lenient: true })).toBe(true);
  expect(isExtractCopyRequest({ type: 'extractCopy', copy: { html: '<p>x</p>' }, lenient: true })).toBe(false);
  expect(isExtractCopyRequest({ type: 'extractCopy', copy })).toBe(false);
  expect(isExtractCopyRequest(undefined)).toBe(false);
});

test('only pages of ordinary size are read ahead', () => {
  expect(worthReadingAhead(428)).toBe(true);
  expect(worthReadingAhead(READ_AHEAD_MAX_ELEMENTS)).toBe(true);
  expect(worthReadingAhead(READ_AHEAD_MAX_ELEMENTS + 1)).toBe(false);
  expect(worthReadingAhead(200_000)).toBe(false);
  expect(worthReadingAhead(0)).toBe(false);
  expect(worthReadingAhead(undefined)).toBe(false);
  expect(worthReadingAhead(Number.POSITIVE_INFINITY)).toBe(false);
});
