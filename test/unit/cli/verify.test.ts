import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../../src/cli/args.js';
import { NoArticleError } from '../../../src/cli/input.js';
import { run } from '../../../src/cli/run.js';
import { truth } from '../../support/dom.js';

const FIXTURE = path.resolve('test/fixtures/wapo-2017-oval-office');
const snapshot = path.join(FIXTURE, 'snapshot.html');
const original = path.join(FIXTURE, 'original.html');
const dir = mkdtempSync(path.join(tmpdir(), 'archive-reader-verify-'));
const altered = path.join(dir, 'altered.html');
writeFileSync(altered, readFileSync(original, 'utf8').replace('the morning of May 10', 'the morning of May 11'));

async function verify(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const code = await run(['verify', ...argv], '0.0.0-test');
  return { code, out };
}

afterEach(() => vi.restoreAllMocks());

describe('archive-reader verify', () => {
  it('exits 0 and says "Identical" for the snapshot and the original page', async () => {
    const { code, out } = await verify([
      snapshot,
      original,
      '--url-a',
      'https://archive.ph/qF3xK',
      '--url-b',
      truth.originalUrl,
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Identical: both copies hold the same text\.\nSimilarity: 100\.0% /);
    expect(out).toContain('A: archive.today, captured 2017-07-19 22:03 UTC — https://archive.ph/20170719220303/');
    expect(out).toContain(`B: the page itself — ${truth.originalUrl} (1596 words)`);
  });

  it('exits 3 and shows the changed words in context', async () => {
    const { code, out } = await verify([
      snapshot,
      altered,
      '--url-a',
      'https://archive.ph/qF3xK',
      '--url-b',
      truth.originalUrl,
    ]);
    expect(code).toBe(3);
    expect(out).toContain('1 passage differs ([-in A only-] {+in B only+}):');
    expect(out).toContain('1. changed — after “');
    expect(out).toContain('The meeting took place the morning of May [-10-]{+11+} in the Oval Office');
  });

  it('prints the JSON report with both sides and their digests', async () => {
    const { code, out } = await verify([
      snapshot,
      altered,
      '--url-a',
      'https://archive.ph/qF3xK',
      '--url-b',
      truth.originalUrl,
      '--format',
      'json',
    ]);
    expect(code).toBe(3);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['verdict', 'similarity', 'a', 'b', 'changes']);
    expect(report.verdict).toBe('differs');
    expect(report.a).toMatchObject({
      service: 'archive.today',
      originalUrl: truth.originalUrl,
      archivedAt: '2017-07-19T22:03:03Z',
      words: 1596,
    });
    expect(report.b).toMatchObject({ service: 'none', originalUrl: truth.originalUrl, archivedAt: null });
    expect(report.a.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.a.textSha256).not.toBe(report.b.textSha256);
    expect(report.changes).toEqual([
      {
        kind: 'changed',
        a: expect.stringContaining('May 10'),
        b: expect.stringContaining('May 11'),
        before: expect.any(String),
      },
    ]);
  });

  it('exits 2 with one line when a side has no article, 1 on usage and missing files', async () => {
    const empty = path.join(dir, 'empty.html');
    writeFileSync(empty, '<!doctype html><html><body><p>Hi.</p></body></html>');
    await expect(run(['verify', snapshot, empty], 'x')).rejects.toThrow(
      `B (${empty}): no article found in this page: `,
    );
    await expect(run(['verify', snapshot, '/etc/hostname'], 'x')).rejects.toThrow(NoArticleError);
    await expect(run(['verify', snapshot], 'x')).rejects.toThrow(new UsageError('verify takes two pages, got 1'));
    await expect(run(['verify', snapshot, original, '--format', 'xml'], 'x')).rejects.toThrow(UsageError);
    await expect(run(['verify', snapshot, path.join(dir, 'missing.html')], 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
