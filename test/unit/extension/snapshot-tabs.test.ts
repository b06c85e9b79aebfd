import { expect, test } from 'vitest';
import {
  isSnapshotTab,
  looksLikeCaptcha,
  snapshotTabs,
  summarise,
  type TabResult,
} from '../../../src/extension/library/snapshot-tabs.js';

test('archive.today (short and timestamped, any mirror) and Wayback replays are snapshot tabs; nothing else is', () => {
  expect(isSnapshotTab('https://archive.ph/qF3xK')).toBe(true);
  expect(isSnapshotTab('https://archive.is/20170719220303/https://www.example.com/a')).toBe(true);
  expect(isSnapshotTab('https://web.archive.org/web/20210316091522/https://example.org/a')).toBe(true);
  expect(isSnapshotTab('https://archive.ph/')).toBe(false);
  expect(isSnapshotTab('https://web.archive.org/web/*/example.org')).toBe(false);
  expect(isSnapshotTab('https://www.example.com/a')).toBe(false);
  expect(isSnapshotTab(undefined)).toBe(false);
});

test('snapshotTabs keeps the snapshot tabs in tab order, and only tabs with an id', () => {
  const tabs = [
    { id: 1, url: 'https://www.example.com/' },
    { id: 2, url: 'https://archive.ph/qF3xK' },
    { url: 'https://archive.ph/AbCdE' },
    { id: 4 },
    { id: 5, url: 'https://web.archive.org/web/20210316091522/https://example.org/a' },
  ];
  expect(snapshotTabs(tabs).map((tab) => tab.id)).toEqual([2, 5]);
});

test('a CAPTCHA page is told by its title', () => {
  expect(looksLikeCaptcha('Are you a robot?')).toBe(true);
  expect(looksLikeCaptcha('archive.ph CAPTCHA')).toBe(true);
  expect(looksLikeCaptcha('Inside the Oval Office')).toBe(false);
  expect(looksLikeCaptcha(undefined)).toBe(false);
});

test('summarise counts each outcome', () => {
  const result = (outcome: TabResult['outcome']): TabResult => ({
    tabId: 1,
    url: 'u',
    title: 't',
    outcome,
    reason: null,
  });
  expect(summarise([result('saved'), result('failed'), result('saved'), result('already')])).toEqual({
    saved: 2,
    already: 1,
    failed: 1,
  });
});
