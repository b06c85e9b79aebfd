import { describe, expect, it } from 'vitest';
import type { Verification } from '../../../src/article.js';
import { cite } from '../../../src/formats/citation/index.js';
import { ACCESSED, ARCHIVE_TODAY, articleWith, ORIG } from './support.js';

const WAYBACK = `https://web.archive.org/web/20170720011459/${ORIG}`;

function check(changes: Partial<Verification> = {}, other: Partial<Verification['other']> = {}): Verification {
  return {
    verdict: 'identical',
    similarity: 1,
    changes: 0,
    checkedAt: '2026-12-05T09:00:00Z',
    textSha256: 'a'.repeat(64),
    ...changes,
    other: {
      service: 'wayback',
      url: WAYBACK,
      archivedAt: '2017-07-20T01:14:59Z',
      textSha256: 'a'.repeat(64),
      ...other,
    },
  };
}

const wikipedia = (verification: Verification | null, style: 'wikipedia' | 'wikipedia-archive' = 'wikipedia'): string =>
  cite(articleWith({ verification }), style, { accessed: ACCESSED }).text;

describe('a Wayback capture verified identical to the archive.today snapshot', () => {
  it("becomes the Wikipedia citation's |archive-url=, with its own capture date", () => {
    const text = wikipedia(check());
    expect(text).toContain(` |url=${ORIG}`);
    expect(text).toContain(` |archive-url=${WAYBACK} |archive-date=2017-07-20 |url-status=live`);
    expect(text).not.toMatch(ARCHIVE_TODAY);
  });

  it('is left out when the texts differ, the other copy is not a Wayback capture, or nothing was verified', () => {
    for (const verification of [
      check({ verdict: 'differs', changes: 2 }),
      check({ verdict: 'unrelated' }),
      check({}, { service: 'archive.today', url: 'https://archive.ph/abcde' }),
      check({}, { url: 'https://evil.example/web/20170720011459/x' }),
      null,
    ]) {
      const text = wikipedia(verification);
      expect(text).not.toContain('|archive-url=');
      expect(text).not.toMatch(ARCHIVE_TODAY);
    }
  });

  it('does not replace the snapshot in the variant for wikis that accept archive.today', () => {
    expect(wikipedia(check(), 'wikipedia-archive')).toContain('|archive-url=https://archive.ph/20170719220303/');
  });
});
