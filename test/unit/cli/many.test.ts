import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoArticleError } from '../../../src/cli/input.js';
import { run } from '../../../src/cli/run.js';

const fixture = (name: string): string => path.resolve('test/fixtures/wapo-2017-oval-office', name);
const dir = mkdtempSync(path.join(tmpdir(), 'archive-reader-many-'));

afterEach(() => vi.restoreAllMocks());

/** Debian's `epubcheck` (a jar, run by java), or EPUBCHECK=<path>, on the book; null when it is not installed. */
function epubcheck(file: string): { problems: number; output: string } | null {
  const dirs = (process.env.PATH ?? '').split(path.delimiter);
  const found = [process.env.EPUBCHECK, ...dirs.map((d) => path.join(d, 'epubcheck'))].find((f) => f && existsSync(f));
  if (!found) return null;
  const isJar = readFileSync(found).subarray(0, 2).toString('latin1') === 'PK';
  const result = spawnSync(isJar ? 'java' : found, isJar ? ['-jar', found, file] : [file], { encoding: 'utf8' });
  const output = `${result.stdout}\n${result.stderr}`;
  const summary = /Messages: (\d+) fatals? \/ (\d+) errors?/.exec(output);
  return { problems: summary ? Number(summary[1]) + Number(summary[2]) : -1, output };
}

describe('several inputs into one EPUB', () => {
  it('writes one book: a chapter per article with its provenance, and a table of contents', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const book = path.join(dir, 'book.epub');
    const code = await run(
      [fixture('snapshot.html'), fixture('original.html'), '--save', 'epub', '-o', book, '--offline'],
      '0.0.0-test',
    );
    expect(code).toBe(0);
    const files = unzipSync(readFileSync(book));
    const chapters = Object.keys(files).filter((f) => /^OEBPS\/chapter-\d+\.xhtml$/.test(f));
    expect(chapters.sort()).toEqual(['OEBPS/chapter-1.xhtml', 'OEBPS/chapter-2.xhtml']);
    const [snapshot, original] = chapters.map((f) => strFromU8(files[f]!));
    // The snapshot's chapter names its archived copy and capture time; the original's has no archive.
    expect(snapshot).toContain('https://archive.ph/20170719220303/');
    expect(snapshot).toContain('2017-07-19 22:03:03 UTC');
    expect(original).not.toContain('archive.ph');
    for (const chapter of [snapshot!, original!]) {
      expect(chapter).toContain('The meeting took place the morning of May 10 in the Oval Office');
      expect(chapter).toMatch(/[0-9a-f]{64}/); // the SHA-256 of the text, in the provenance
    }
    const nav = strFromU8(files['OEBPS/nav.xhtml']!);
    expect(nav.match(/<li><a href="chapter-\d\.xhtml">Inside the Oval Office/g)).toHaveLength(2);
    const check = epubcheck(book);
    if (check) expect(check.problems, check.output).toBe(0);
  }, 120_000);

  it('writes nothing when an input gives no article, and names that input', async () => {
    const notes = path.join(dir, 'notes.html');
    writeFileSync(notes, '<!doctype html><html><head><title>Notice</title></head><body><p>Closed.</p></body></html>');
    const book = path.join(dir, 'none.epub');
    const failure: unknown = await run(
      [fixture('snapshot.html'), notes, '--save', 'epub', '-o', book, '--offline'],
      '0.0.0-test',
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NoArticleError);
    expect((failure as Error).message).toMatch(/^input 2 \(.*notes\.html\): no article found in this page/);
    expect(existsSync(book)).toBe(false);
  }, 60_000);
});
