import { describe, expect, it } from 'vitest';
import { articleDirection } from '../../../src/extension/reader/direction.js';

describe('articleDirection', () => {
  it('runs right-to-left languages right to left, with or without a region', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'ar-EG', 'he-IL', 'fa_IR', 'IW']) {
      expect(articleDirection(lang), lang).toBe('rtl');
    }
  });

  it('runs other languages left to right', () => {
    for (const lang of ['en', 'en-US', 'de', 'ru', 'ja', 'zh-Hans-CN', 'tr', 'ku']) {
      expect(articleDirection(lang), lang).toBe('ltr');
    }
  });

  it('lets a script subtag decide over the language', () => {
    expect(articleDirection('pa-Arab')).toBe('rtl');
    expect(articleDirection('az-Arab-IR')).toBe('rtl');
    expect(articleDirection('ku-Arab')).toBe('rtl');
    expect(articleDirection('pa-Guru')).toBe('ltr');
    expect(articleDirection('uz-Latn')).toBe('ltr');
  });

  it('leaves the direction to the text when the tag is missing or unusable', () => {
    expect(articleDirection(null)).toBe('auto');
    expect(articleDirection(undefined)).toBe('auto');
    expect(articleDirection('')).toBe('auto');
    expect(articleDirection('arabic')).toBe('auto');
    expect(articleDirection('x-klingon')).toBe('auto');
  });
});
