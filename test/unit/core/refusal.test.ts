import { describe, expect, it } from 'vitest';
import { english } from '../../../src/cli/messages.js';
import { extractWithReport } from '../../../src/core/extract.js';
import { refusalLines } from '../../../src/formats/refusal.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/** A page that gives no article says why, with the numbers behind it (`--explain`, the popup's Why?). */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const read = (body: string, options = {}) => {
  const { doc, url } = snapshotDocument(body, { original: ORIGINAL, capture: false });
  return extractWithReport(doc, url, options);
};

describe('the cause of a refusal', () => {
  it('too short: how much was found and how much an article needs', () => {
    const report = read('<div>Gone fishing.</div>');
    expect(report.refusal?.cause).toEqual({ kind: 'too-short', chars: 13, minLength: 20 });
    expect(refusalLines(report.refusal!, english)[0]).toBe(
      'The best passage found holds 13 characters; an article needs at least 20.',
    );
  });

  it('links only: a menu, with its share of link text', () => {
    const items = ['Home', 'World', 'Politics', 'Business', 'Sport']
      .map((s) => `<li><a href="/${s}">${s}</a></li>`)
      .join('');
    const cause = read(`<div><ul>${items}</ul></div>`).refusal?.cause;
    expect(cause?.kind).toBe('links-only');
    expect(cause?.kind === 'links-only' && cause.linkShare).toBeGreaterThan(0.9);
  });

  it('too large: the element count and the limit', () => {
    const report = read(filler('harbour plan', 3), { maxElements: 2 });
    expect(report.failure).toBe('too-large');
    expect(report.refusal?.cause).toEqual({ kind: 'too-large', elements: 3, limit: 2 });
  });

  it('an article has no refusal', () => {
    const report = read(`<h1>Council approves the harbour plan</h1>${filler('harbour plan', 3)}`);
    expect(report.article).not.toBeNull();
    expect(report.refusal).toBeNull();
  });
});

describe('where the text went', () => {
  it('counts hidden text and text left out by each rule', () => {
    const plea =
      '<div><div>The story must be told. Subscribe now for unlimited digital access to every story we publish.</div><a href="/subscribe">Subscribe</a></div>';
    const report = read(
      `<div>Gone fishing.</div><div style="display:none">${'Menu of sections and more. '.repeat(4)}</div>${plea}`,
    );
    const refusal = report.refusal!;
    expect(refusal.hiddenChars).toBe(107);
    expect(refusal.leftOut.map((l) => l.rule)).toEqual(['boilerplate']);
    expect(refusal.leftOut[0]!.chars).toBeGreaterThan(90);
    const lines = refusalLines(refusal, english);
    expect(lines).toContain('107 characters are in hidden parts of the page.');
    expect(lines.some((l) => /^\d+ characters were left out by the rule boilerplate\.$/.test(l))).toBe(true);
  });

  it('names the blocks that came closest, by the text of their paragraphs', () => {
    const short = (s: string) => `<div>${s}</div>`;
    const body = `<section>${short('A first short note on the harbour.')}${short('A second note on the quay and its boats.')}</section><aside>${short('Weather: sunny spells later.')}</aside>`;
    const refusal = read(body, { minLength: 500 }).refusal!;
    expect(refusal.cause.kind).toBe('too-short');
    expect(refusal.candidates[0]).toMatchObject({ tag: 'section', chars: 74, linkShare: 0 });
    expect(refusal.candidates[1]).toMatchObject({ tag: 'aside', chars: 28 });
    expect(refusalLines(refusal, english).at(-2)).toBe(
      'Candidate <section> with 74 characters in paragraphs, 0% in links: “A first short note on the harbour.A second note on the quay…”',
    );
  });
});
