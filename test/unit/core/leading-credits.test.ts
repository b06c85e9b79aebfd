import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/**
 * Credit lines before the text that the metadata step did not take ("Updated on …", "Written by …", the "By" and
 * ", and" of a byline whose names are gone) are left out; the same words further down, in the text, stay.
 */

const ORIGINAL = 'https://www.example-guides.com/money/best-savings-accounts/';

function read(top: string, later = '') {
  const html = `<article><h1>The best savings accounts this year</h1>${top}${filler('savings rates', 2)}${later}${filler('bank fees', 1)}</article>`;
  const { doc, url } = snapshotDocument(html, { original: ORIGINAL, title: 'The best savings accounts this year' });
  const report = extractWithReport(doc, url, { explain: true });
  return {
    text: report.article?.text ?? '',
    noted: report.removals.filter((r) => r.rule === 'leading-credit').map((r) => r.text),
    all: report.removals.map((r) => `${r.rule}:${r.text}`),
  };
}

describe('leading-credit: credit lines before the text', () => {
  it('leaves out an update line, a "Reviewed by" line and the bare words of a byline, and says so', () => {
    const { text, noted, all } = read(
      '<p><time datetime="2025-11-02">November 2, 2025</time></p>' +
        '<div><div>By</div><div>, and</div></div><p>Updated on November 18, 2025</p>' +
        '<p><span>Reviewed by</span><span>Dana Whitfield, CFP</span></p>',
    );
    expect(text.startsWith('The council met on Tuesday evening')).toBe(true);
    expect(text).not.toContain('Updated on');
    expect(text).not.toContain('Reviewed by');
    expect(noted, JSON.stringify(all)).toEqual([
      'By',
      ', and',
      'Updated on November 18, 2025',
      'Reviewed byDana Whitfield, CFP',
    ]);
  });

  it('keeps the same words once the text has begun', () => {
    const later =
      '<p>Updated on March 2, 2025</p><p>Written by the bank’s own analysts, the report was published a week later.</p>';
    const top = '<p>By Dana Whitfield</p><p><time datetime="2025-01-10">January 10, 2025</time></p>';
    const { text, noted, all } = read(top, later);
    expect(text, JSON.stringify(all)).toContain('Updated on March 2, 2025');
    expect(text).toContain('Written by the bank’s own analysts');
    expect(noted).toEqual([]);
  });
});
