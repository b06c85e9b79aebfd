/**
 * The benchmark's corpora, read from the shared folder at run time (never committed). Two layouts are understood:
 *   readability-archived/ — expected.html (Readability's output on the original) + metadata-recoverable.json
 *   modern-archived/      — truth.txt (human-verified main text) + meta.json's pageType
 * Each case is read twice: its snapshot (page.html at the archive address) and its original (original.html at the
 * original address).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ExpectedMeta {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName?: string | null;
}

export interface Recoverable {
  title?: boolean;
  byline?: boolean;
  publishedTime?: boolean;
}

export interface BenchCase {
  corpus: string;
  name: string;
  dir: string;
  /** Page type from the corpus (modern-archived's meta.json); Readability's test pages are all 'readability-test'. */
  pageType: string;
  snapshotUrl: string;
  originalUrl: string;
  archiveDate: string;
  expected: ExpectedMeta;
  /** Which expected values the snapshot still holds, where the corpus says so (else computed from the page). */
  recoverable: Recoverable | null;
}

interface MetaFile {
  url: string;
  archiveDate: string;
  originalUrl: string;
  pageType?: string;
}

/** The folder holding `corpus/`: `ARCHIVE_READER_SHARED`, else `../shared` beside the checkout. */
export function sharedRoot(repo: string): string {
  return process.env.ARCHIVE_READER_SHARED ?? path.resolve(repo, '../shared');
}

export function loadCorpus(dir: string, only: Set<string> | null): BenchCase[] {
  const corpus = path.basename(path.resolve(dir));
  const recoverableFile = path.join(dir, 'metadata-recoverable.json');
  const recoverable = existsSync(recoverableFile)
    ? (JSON.parse(readFileSync(recoverableFile, 'utf8')) as Record<string, Recoverable>)
    : null;
  const cases: BenchCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    const caseDir = path.join(dir, name);
    if (!existsSync(path.join(caseDir, 'page.html')) || (only && !only.has(name))) continue;
    const meta = JSON.parse(readFileSync(path.join(caseDir, 'meta.json'), 'utf8')) as MetaFile;
    const expected = JSON.parse(readFileSync(path.join(caseDir, 'expected-metadata.json'), 'utf8')) as ExpectedMeta;
    cases.push({
      corpus,
      name,
      dir: caseDir,
      pageType: meta.pageType ?? 'readability-test',
      snapshotUrl: meta.url,
      originalUrl: meta.originalUrl,
      archiveDate: meta.archiveDate,
      expected,
      recoverable: recoverable ? (recoverable[name] ?? {}) : null,
    });
  }
  return cases;
}
