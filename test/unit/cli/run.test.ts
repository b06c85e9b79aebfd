import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../../src/cli/args.js';
import { NoArticleError } from '../../../src/cli/input.js';
import { run } from '../../../src/cli/run.js';

const dir = mkdtempSync(path.join(tmpdir(), 'archive-reader-cli-'));
function page(name: string, html: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, html);
  return file;
}

/** Runs the command and returns what it printed on stdout. */
async function stdoutOf(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    const code = await run(argv, '0.0.0-test');
    return { code, out };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('command line', () => {
  const oneLine = page(
    'one-line.html',
    '<!doctype html><html><head><title>Notice</title></head><body><p>Closed today.</p></body></html>',
  );

  it("refuses a page with only a line of text, and --try-anyway reads it as the popup's button does", async () => {
    // The one line says why: how much text was found against how much an article needs.
    await expect(run([oneLine, '--format', 'text'], 'x')).rejects.toThrow(
      new NoArticleError(
        'no article found in this page: The best passage found holds 13 characters; an article needs at least 20. (--explain says more)',
      ),
    );
    await expect(run([oneLine, '--format', 'text', '--explain'], 'x')).rejects.toThrow(
      /needs at least 20\.\n {2}The page shows 13 characters of text\.$/,
    );
    const { code, out } = await stdoutOf([oneLine, '--format', 'text', '--try-anyway']);
    expect(code).toBe(0);
    expect(out).toContain('Closed today.');
  });

  it('reads the reference snapshot and prints its summary and version', async () => {
    const snapshot = path.resolve('test/fixtures/wapo-2017-oval-office/snapshot.html');
    const { code, out } = await stdoutOf([snapshot, '--url', 'https://archive.ph/qF3xK', '--summary']);
    expect(code).toBe(0);
    expect(out).toContain('Inside the Oval Office with Trump and the Russians');
    expect((await stdoutOf(['--version'])).out).toBe('0.0.0-test\n');
  });

  it('names a wrong option rather than guessing', async () => {
    await expect(run([oneLine, '--try-anyhow'], 'x')).rejects.toThrow(UsageError);
  });

  it('prints no control character a page holds (ESC, BEL, C1): they would be commands to the terminal', async () => {
    const evil = '\u001b]0;pwned\u0007\u001b[2J\u009b31m';
    const body = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Paragraph ${i} of the harbour story${evil} holds enough running text to be read as an article, with a clause or two more.</p>`,
    ).join('');
    const file = page(
      'controls.html',
      `<!doctype html><html><head><title>Harbour${evil} story</title></head><body><article><h1>Harbour${evil} story of the week</h1><p>By Jane${evil} Doe</p>${body}</article></body></html>`,
    );
    for (const format of ['text', 'markdown', 'json', 'html']) {
      const { out } = await stdoutOf([file, '--format', format]);
      expect(out, format).toContain('Paragraph 3 of the harbour story');
      expect(out, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const { out } = await stdoutOf([file, '--summary']);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    // RIS lines end in CRLF, which stays; a lone CR (it would overwrite the line) does not.
    const ris = (await stdoutOf([file, '--cite', 'ris'])).out;
    expect(ris).toMatch(/^TY {2}- [A-Z]+\r\n/);
    expect(ris).not.toMatch(/\r(?!\n)/);
  });

  it('quotes a passage with its citation and links that open at it; a passage the article lacks exits 2', async () => {
    const snapshot = path.resolve('test/fixtures/wapo-2017-oval-office/snapshot.html');
    const { code, out } = await stdoutOf([
      snapshot,
      '--url',
      'https://archive.ph/qF3xK',
      '--quote',
      'the morning of May 10',
      '--cite',
      'chicago-note',
      '--accessed',
      '2026-12-05',
    ]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('“the morning of May 10”');
    expect(lines[2]).toMatch(/^Philip Rucker and Karen DeYoung, “Inside the Oval Office/);
    expect(lines[3]).toMatch(
      /^Original: https:\/\/www\.washingtonpost\.com\/.*_story\.html#:~:text=the%20morning%20of%20May%2010$/,
    );
    expect(lines[4]).toMatch(
      /^Archived copy: https:\/\/archive\.ph\/20170719220303\/https:\/\/www\.washingtonpost\.com\/.*#:~:text=the%20morning%20of%20May%2010$/,
    );
    const html = await stdoutOf([
      snapshot,
      '--url',
      'https://archive.ph/qF3xK',
      '--quote',
      'the morning of May 10',
      '--format',
      'html',
    ]);
    expect(html.out).toMatch(
      /^<blockquote cite="https:\/\/www\.washingtonpost\.com\/[^"]+#:~:text=the%20morning%20of%20May%2010"><p>the morning of May 10<\/p><\/blockquote>/,
    );
    expect(html.out).toContain('data-versiondate="2017-07-19"');
    await expect(
      run([snapshot, '--url', 'https://archive.ph/qF3xK', '--quote', 'the morning of May 11'], 'x'),
    ).rejects.toThrow(NoArticleError);
  });

  it('reads several inputs into one citation file, and refuses several inputs for anything else', async () => {
    const fixture = (name: string): string => path.resolve('test/fixtures/wapo-2017-oval-office', name);
    const { code, out } = await stdoutOf([
      fixture('snapshot.html'),
      fixture('original.html'),
      '--cite',
      'bibtex',
      '--accessed',
      '2026-12-05',
    ]);
    expect(code).toBe(0);
    expect(out.match(/^@article\{[a-z0-9]+,/gm)).toEqual([
      '@article{rucker2017insidea,',
      '@article{rucker2017insideb,',
    ]);
    await expect(run([fixture('snapshot.html'), fixture('original.html')], 'x')).rejects.toThrow(
      /^one input at a time .* except with --cite STYLE or --save epub; for many outputs, use batch$/,
    );
    await expect(
      run(
        [fixture('snapshot.html'), fixture('original.html'), '--cite', 'apa', '--url', 'https://archive.ph/qF3xK'],
        'x',
      ),
    ).rejects.toThrow(UsageError);
    await expect(run([fixture('snapshot.html'), oneLine, '--cite', 'ris'], 'x')).rejects.toThrow(
      `input 2 (${oneLine}): no article found in this page`,
    );
  });
});
