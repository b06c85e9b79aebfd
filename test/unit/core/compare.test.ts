import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanted, plantChanges } from '../../../bench/planted.js';
import type { Article } from '../../../src/article.js';
import { compareArticles, compareTexts } from '../../../src/core/compare/compare.js';
import { sameText } from '../../../src/core/compare/normalize.js';
import { wordDiff } from '../../../src/core/compare/word-diff.js';
import { extractArticle } from '../../../src/core/extract.js';
import { fixture, parseDocument, truth } from '../../support/dom.js';
import { sharedCorpus } from '../../support/shared-corpus.js';

const snapshot = extractArticle(
  parseDocument(fixture('snapshot.html'), 'https://archive.ph/qF3xK'),
  'https://archive.ph/qF3xK',
)!;
const snapshot2017 = extractArticle(
  parseDocument(fixture('snapshot-2017.html'), 'https://archive.is/qF3xK'),
  'https://archive.is/qF3xK',
)!;
const original = extractArticle(parseDocument(fixture('original.html'), truth.originalUrl), truth.originalUrl)!;

/** The reference article with another text (an altered copy, as another archive might hold it). */
function withText(article: Article, text: string, originalUrl = article.source.originalUrl): Article {
  return { ...article, text, source: { ...article.source, originalUrl } };
}

describe('compareArticles on the reference article', () => {
  it('finds the snapshot, its 2017 markup and the original page identical', () => {
    for (const other of [snapshot2017, original]) {
      const report = compareArticles(snapshot, other);
      expect(report).toMatchObject({ verdict: 'identical', similarity: 1, sameOriginal: true, changes: [] });
    }
  });

  it('names a changed word as a changed sentence, with the sentence before it', () => {
    const altered = snapshot.text.replace('Ambassador Sergey Kislyak', 'Ambassador Sergey Kisljak');
    const report = compareArticles(snapshot, withText(snapshot, altered));
    expect(report.verdict).toBe('differs');
    expect(report.changes).toHaveLength(1);
    const [change] = report.changes;
    expect(change!.kind).toBe('changed');
    expect(change!.a).toMatch(
      /^Lavrov — almost certainly aware .* Kislyak, who also attended, according to current and former U\.S\. officials\.$/,
    );
    expect(change!.b).toContain('Kisljak, who also attended');
    expect(change!.before).toMatch(/^So it was no surprise that when the Russian foreign minister/);
    expect(report.similarity).toBeGreaterThan(0.99);
    expect(report.similarity).toBeLessThan(1);
  });

  it('finds a changed number', () => {
    const altered = snapshot.text.replace('the morning of May 10', 'the morning of May 11');
    const [change, ...rest] = compareArticles(snapshot, withText(snapshot, altered)).changes;
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ kind: 'changed' });
    expect(wordDiff(change!.a!, change!.b!).filter((r) => r.kind !== 'same')).toEqual([
      { kind: 'removed', text: '10' },
      { kind: 'added', text: '11' },
    ]);
  });

  it('finds a deleted paragraph, an inserted sentence and reordered paragraphs', () => {
    const paras = snapshot.text.split('\n\n');
    const deleted = paras.filter((_, i) => i !== 5).join('\n\n');
    expect(compareArticles(snapshot, withText(snapshot, deleted)).changes).toEqual([
      { kind: 'removed', a: paras[5], b: null, before: expect.any(String) },
    ]);

    const inserted = [...paras.slice(0, 3), `${paras[3]} The envoy later denied it.`, ...paras.slice(4)].join('\n\n');
    expect(compareArticles(snapshot, withText(snapshot, inserted)).changes).toEqual([
      { kind: 'added', a: null, b: 'The envoy later denied it.', before: expect.any(String) },
    ]);

    const swapped = [paras[0], paras[2], paras[1], ...paras.slice(3)].join('\n\n');
    const moved = compareArticles(snapshot, withText(snapshot, swapped));
    expect(moved.verdict).toBe('differs');
    expect(moved.changes.map((c) => c.kind).sort()).toEqual(['added', 'removed']);
  });

  it('sets aside what is not content: whitespace, quote and dash styles, compatibility forms', () => {
    const retyped = snapshot.text
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/\u2019/g, "'")
      .replace(/\u2014/g, '--'.slice(1))
      .replace(/ /g, '\u00a0 ');
    expect(compareArticles(snapshot, withText(snapshot, retyped)).verdict).toBe('identical');
    expect(compareTexts('ﬁnal  result', 'final result').changes).toEqual([]);
    // Punctuation that changes meaning is not style.
    expect(compareTexts('It cost $5.', 'It cost $6.').changes).toHaveLength(1);
  });

  it('calls two different articles unrelated, but an emptied page of the same original "differs"', () => {
    const other =
      'Tastewise tracks what people eat.\n\nHealth and nutrition trends change every season, and brands follow them.';
    expect(compareArticles(snapshot, withText(snapshot, other, 'https://tastewise.io/blog/trends'))).toMatchObject({
      verdict: 'unrelated',
      sameOriginal: false,
      changes: [],
    });
    const replaced = compareArticles(snapshot, withText(snapshot, other));
    expect(replaced.verdict).toBe('differs');
    expect(replaced.similarity).toBeLessThan(0.1);
  });

  it('matches the original address the way a person would (scheme, www, trailing slash, tracking)', () => {
    const variant = truth.originalUrl.replace('https://www.', 'http://') + '/?utm_source=x#comments';
    expect(compareArticles(snapshot, withText(snapshot, snapshot.text, variant)).sameOriginal).toBe(true);
  });

  it('finds every planted change in the reference article, and never calls an altered copy identical', () => {
    const results = checkPlanted(snapshot.text);
    expect(results.map((r) => r.kind)).toEqual([
      'word',
      'number',
      'deleted-paragraph',
      'inserted-sentence',
      'reordered-paragraphs',
    ]);
    expect(results.filter((r) => !r.found || r.judgedIdentical)).toEqual([]);
    expect(plantChanges('One short line without digits.').map((p) => p.kind)).not.toContain('number');
  });

  it('compares text without spaces word by word (Chinese)', () => {
    const a = '在国外学习生活了将近10年，我愈发感觉到祖国的变化。\n\n第二段。';
    const report = compareTexts(a, a.replace('10年', '11年'));
    expect(report.changes).toMatchObject([{ kind: 'changed' }]);
    expect(report.similarity).toBeGreaterThan(0.8);
  });
});

/**
 * Consistency on real pages: a snapshot and its original, read by the core, must compare as identical — the share
 * the bench gates at 90%. A sample of both corpora (every sixth case) keeps this inside the unit test budget.
 */
const corpora = ['readability-archived', 'modern-archived'].map((name) => sharedCorpus(name));
describe.skipIf(!corpora.every((dir) => existsSync(dir)))('snapshot against original on the shared corpora', () => {
  it.each(corpora)(
    '%s: identical in at least 90% of sampled cases, and the verdict agrees with the text',
    (dir) => {
      const cases = readdirSync(dir)
        .filter((name) => existsSync(path.join(dir, name, 'original.html')))
        .sort()
        .filter((_, i) => i % 6 === 0);
      let identical = 0;
      for (const name of cases) {
        const meta = JSON.parse(readFileSync(path.join(dir, name, 'meta.json'), 'utf8')) as {
          url?: string;
          archiveUrl?: string;
          originalUrl: string;
        };
        const snapshotUrl = meta.url ?? meta.archiveUrl!;
        const a = extractArticle(
          parseDocument(readFileSync(path.join(dir, name, 'page.html'), 'utf8'), snapshotUrl),
          snapshotUrl,
        );
        const b = extractArticle(
          parseDocument(readFileSync(path.join(dir, name, 'original.html'), 'utf8'), meta.originalUrl),
          meta.originalUrl,
        );
        if (!a || !b) continue;
        const report = compareArticles(a, b);
        expect(report.verdict === 'identical', name).toBe(sameText(a.text, b.text));
        if (report.verdict === 'identical') identical++;
        else expect(report.changes.length, name).toBeGreaterThan(0);
      }
      // The bench gates the whole corpus at 90%; a one-in-six sample varies by a case or two either way.
      expect(identical / cases.length).toBeGreaterThanOrEqual(0.85);
    },
    240_000,
  );
});
