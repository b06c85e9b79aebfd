import { describe, expect, it } from 'vitest';
import type { ArticleSource } from '../../../src/article.js';
import { otherArchiveLinks } from '../../../src/core/archives/cross-check.js';

const ORIGINAL =
  'https://www.washingtonpost.com/world/national-security/trumps-oval-office-meeting/2017/07/19/abc_story.html';

describe('cross-check links', () => {
  it('from an archive.today copy: the Wayback capture nearest the capture time, then the original', () => {
    const source: ArticleSource = {
      service: 'archive.today',
      originalUrl: ORIGINAL,
      archiveUrl: `https://archive.ph/20170719220303/${ORIGINAL}`,
      archiveShortUrl: 'https://archive.ph/qF3xK',
      archivedAt: '2017-07-19T22:03:03Z',
    };
    expect(otherArchiveLinks(source)).toEqual([
      {
        label: 'Wayback Machine: nearest capture',
        url: `https://web.archive.org/web/20170719220303/${ORIGINAL}`,
        service: 'wayback',
      },
      { label: 'Original page', url: ORIGINAL, service: 'original' },
    ]);
  });

  it('from a Wayback copy: the archive.today capture nearest the capture time, then the original', () => {
    const source: ArticleSource = {
      service: 'wayback',
      originalUrl: ORIGINAL,
      archiveUrl: `https://web.archive.org/web/20170720011530/${ORIGINAL}`,
      archiveShortUrl: null,
      archivedAt: '2017-07-20T01:15:30Z',
    };
    expect(otherArchiveLinks(source)).toEqual([
      {
        label: 'archive.today: nearest capture',
        url: `https://archive.ph/20170720011530/${ORIGINAL}`,
        service: 'archive.today',
      },
      { label: 'Original page', url: ORIGINAL, service: 'original' },
    ]);
  });

  it("without a capture time: all Wayback captures, or archive.today's newest", () => {
    const base = {
      originalUrl: ORIGINAL,
      archiveUrl: null,
      archiveShortUrl: 'https://archive.ph/qF3xK',
      archivedAt: null,
    };
    expect(otherArchiveLinks({ ...base, service: 'archive.today' })[0]).toEqual({
      label: 'Wayback Machine: all captures',
      url: `https://web.archive.org/web/*/${ORIGINAL}`,
      service: 'wayback',
    });
    expect(otherArchiveLinks({ ...base, service: 'wayback' })[0]).toEqual({
      label: 'archive.today: newest capture',
      url: `https://archive.ph/newest/${ORIGINAL}`,
      service: 'archive.today',
    });
  });

  it('for an ordinary page: both archives, then the page itself', () => {
    const links = otherArchiveLinks({
      service: 'none',
      originalUrl: ORIGINAL,
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: null,
    });
    expect(links.map((l) => l.url)).toEqual([
      `https://web.archive.org/web/*/${ORIGINAL}`,
      `https://archive.ph/newest/${ORIGINAL}`,
      ORIGINAL,
    ]);
  });

  it('with a capture time that is not whole seconds, the timestamp is still 14 digits in UTC', () => {
    const links = otherArchiveLinks({
      service: 'archive.today',
      originalUrl: ORIGINAL,
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: '2017-07-19T18:03:03.250-04:00',
    });
    expect(links[0]?.url).toBe(`https://web.archive.org/web/20170719220303/${ORIGINAL}`);
  });

  it("keeps the original's query but not its fragment, which no archive is asked for", () => {
    const original = 'http://example.com/story?id=7&page=2#comments';
    const links = otherArchiveLinks({
      service: 'wayback',
      originalUrl: original,
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: '2014-08-02T11:30:45Z',
    });
    expect(links).toEqual([
      {
        label: 'archive.today: nearest capture',
        url: 'https://archive.ph/20140802113045/http://example.com/story?id=7&page=2',
        service: 'archive.today',
      },
      { label: 'Original page', url: 'http://example.com/story?id=7&page=2', service: 'original' },
    ]);
  });

  it('offers nothing without a web address for the original', () => {
    for (const originalUrl of [null, '', 'about:blank', 'file:///home/reader/page.html', 'javascript:alert(1)']) {
      expect(
        otherArchiveLinks({
          service: 'archive.today',
          originalUrl,
          archiveUrl: null,
          archiveShortUrl: null,
          archivedAt: '2017-07-19T22:03:03Z',
        }),
        String(originalUrl),
      ).toEqual([]);
    }
  });
});
