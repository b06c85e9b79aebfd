/** Shared inputs for the citation tests: the reference article, its archive.is twin and the goldens. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, Author } from '../../../src/article.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string): string => readFileSync(root + path, 'utf8');
const citationsDir = 'test/fixtures/wapo-2017-oval-office/citations/';

interface Truth {
  originalUrl: string;
  archiveUrl: { long: string; short: string };
  archiveUrl2017: { long: string; short: string };
  archivedAt: string;
}

export const truth = JSON.parse(read('test/fixtures/wapo-2017-oval-office/truth.json')) as Truth;
export const ORIG = truth.originalUrl;
export const ACCESSED = '2026-11-27';

export const referenceArticle = JSON.parse(read('test/support/reference-article.json')) as Article;

/** The same article read from the 2017 archive.is snapshot. */
export const archiveIsArticle: Article = {
  ...referenceArticle,
  source: {
    ...referenceArticle.source,
    archiveUrl: truth.archiveUrl2017.long,
    archiveShortUrl: truth.archiveUrl2017.short,
  },
};

export const snapshots = [
  { name: 'archive.ph', article: referenceArticle, ARCH: truth.archiveUrl.long },
  { name: 'archive.is', article: archiveIsArticle, ARCH: truth.archiveUrl2017.long },
] as const;

export const goldenStrings = JSON.parse(read(citationsDir + 'golden-strings.json')) as Record<string, string>;

/** A golden record file with its archive.ph address swapped for the snapshot's own. */
export function goldenFile(name: string, ARCH: string): string {
  return read(citationsDir + name)
    .split(truth.archiveUrl.long)
    .join(ARCH);
}

export const fill = (template: string, ARCH: string): string =>
  template.split('{ORIG}').join(ORIG).split('{ARCH}').join(ARCH);

/** The reference article with some fields replaced. */
export function articleWith(changes: Partial<Article>, source: Partial<Article['source']> = {}): Article {
  return { ...referenceArticle, ...changes, source: { ...referenceArticle.source, ...source } };
}

const GIVEN = ['Philip', 'Karen', 'Jane', 'John', 'Ana', 'Omar', 'Mei', 'Lars', 'Ines', 'Kofi', 'Sara', 'Tom'];
const FAMILY = ['Rucker', 'DeYoung', 'Doe', 'Smith', 'Li', 'Haddad', 'Chen', 'Berg', 'Silva', 'Mensah', 'Cohen', 'Ng'];

/** `count` distinct people, starting with Philip Rucker and Karen DeYoung. */
export function people(count: number): Author[] {
  return Array.from({ length: count }, (_, i) => ({
    given: GIVEN[i % GIVEN.length] ?? 'Ann',
    family: `${FAMILY[i % FAMILY.length] ?? 'Roe'}${i >= FAMILY.length ? String(i) : ''}`,
  }));
}

/** Any of the seven archive.today domains, anywhere. */
export const ARCHIVE_TODAY = /archive\.(?:today|ph|is|li|vn|fo|md)\b/i;

export const TEXT_STYLES = [
  'apa',
  'apa-intext',
  'mla',
  'mla-intext',
  'chicago-note',
  'chicago-short-note',
  'chicago-bib',
  'chicago-ad',
  'chicago-ad-intext',
  'harvard',
  'harvard-intext',
  'ieee',
] as const;

export const HOSTILE_TITLE = 'Pipes | and ] brackets * stars <img src=x onerror=alert(1)> {braces} 100% & #tag';
