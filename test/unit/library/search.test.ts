import { describe, expect, test } from 'vitest';
import { makeRecord } from '../../../src/extension/shared/library/store.js';
import {
  FIRST_DIRECTION,
  fold,
  matches,
  recordSite,
  search,
  sortRecords,
} from '../../../src/extension/shared/library/search.js';
import type { LibraryRecord } from '../../../src/extension/shared/library/types.js';
import { article, entry, pngBlob, reference } from './support.js';

function record(id: string, overrides: Parameters<typeof article>[0], savedAt: string, imageBytes = 0): LibraryRecord {
  const images = imageBytes
    ? new Map([['https://a.archive.ph/1.png', pngBlob(new Uint8Array(imageBytes))]])
    : new Map<string, Blob>();
  return makeRecord(id, entry(article(overrides), images, savedAt));
}

const wapo = makeRecord('a', entry(reference, new Map(), '2026-11-02T10:00:00Z'));
const lemonde = record(
  'b',
  {
    title: 'Le Conseil d’État et la loi « énergie »',
    authors: [{ literal: 'Agence France-Presse' }],
    byline: null,
    siteName: 'Le Monde',
    published: '2024-03-01',
    text: 'Le Conseil d’État a rendu son avis sur la loi relative à l’énergie.',
  },
  '2026-11-05T10:00:00Z',
  5000,
);
const untitledSite = record(
  'c',
  {
    title: 'an undated note',
    authors: [],
    byline: null,
    siteName: null,
    published: null,
    text: 'Nothing much.',
    source: {
      service: 'none',
      originalUrl: 'https://www.example.org/note',
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: null,
    },
  },
  '2026-11-01T10:00:00Z',
  100,
);
const all = [wapo, lemonde, untitledSite];

describe('full-text search', () => {
  test.each([
    ['a title word', 'Oval', ['a']],
    ['an author', 'deyoung', ['a']],
    ['an organisation author', 'france-presse', ['b']],
    ['the site', 'washington post', ['a']],
    ['the host when there is no site name', 'example.org', ['c']],
    ['a word deep in the text', 'Lavrov', ['a']],
    ['without accents', 'conseil detat', []],
    ['accents folded', 'conseil d’etat energie', ['b']],
    ['every word must match, in any order', 'lips smiles trump', ['a']],
    ['nothing matches', 'zzzz', []],
    ['an empty query lists everything', '   ', ['a', 'b', 'c']],
  ])('%s', (_, query, ids) => {
    expect(
      search(all, query)
        .map((r) => r.id)
        .sort(),
    ).toEqual(ids);
  });

  test('folding', () => {
    expect(fold('  Élysée\n PALACE ')).toBe('elysee palace');
    expect(matches(lemonde, 'ÉNERGIE')).toBe(true);
    expect(recordSite(untitledSite)).toBe('example.org');
  });
});

describe('sorting', () => {
  const ids = (records: LibraryRecord[]): string[] => records.map((r) => r.id);

  test('by saved time, newest first by default', () => {
    expect(FIRST_DIRECTION.saved).toBe('desc');
    expect(ids(sortRecords(all, 'saved', 'desc'))).toEqual(['b', 'a', 'c']);
    expect(ids(sortRecords(all, 'saved', 'asc'))).toEqual(['c', 'a', 'b']);
  });

  test('by publication date, undated last in both directions', () => {
    expect(ids(sortRecords(all, 'published', 'desc'))).toEqual(['b', 'a', 'c']);
    expect(ids(sortRecords(all, 'published', 'asc'))).toEqual(['a', 'b', 'c']);
  });

  test('by title and site, ignoring case', () => {
    expect(ids(sortRecords(all, 'title', 'asc'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortRecords(all, 'title', 'desc'))).toEqual(['b', 'a', 'c']);
    expect(ids(sortRecords(all, 'site', 'asc'))).toEqual(['c', 'b', 'a']);
  });

  test('by size, largest first by default', () => {
    expect(FIRST_DIRECTION.size).toBe('desc');
    expect(ids(sortRecords([untitledSite, lemonde], 'size', 'desc'))).toEqual(['b', 'c']);
    expect(ids(sortRecords([lemonde, untitledSite], 'size', 'asc'))).toEqual(['c', 'b']);
  });

  test('ties fall back to the newest saved, then the id; the input is left as it was', () => {
    const twin = { ...lemonde, id: 'd', provenance: { ...lemonde.provenance, savedAt: '2026-11-06T00:00:00Z' } };
    const input = [lemonde, twin];
    expect(ids(sortRecords(input, 'title', 'asc'))).toEqual(['d', 'b']);
    expect(ids(input)).toEqual(['b', 'd']);
  });
});
