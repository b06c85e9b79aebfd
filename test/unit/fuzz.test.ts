/**
 * A seeded sample of the extraction fuzzing (bench/fuzz.ts runs 10,000): the reference snapshot in both markups,
 * damaged by random byte- and tree-level mutations (test/fuzz/mutations.ts), must give an Article or null without
 * throwing, and every Article must be well-formed and render in every citation style and save format.
 *
 * Failures the fuzzing found stay as regression tests, replayed exactly.
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { DomWindow } from '../../src/formats/sanitize.js';
import {
  allElements,
  applyTextMutations,
  applyTreeMutations,
  mutateSnapshot,
  type MutationPlan,
} from '../fuzz/mutations.js';
import {
  articleProblems,
  CORPUS_DIR,
  extractionProperty,
  fixtureSources,
  isIsoDateOrDateTime,
  loadFuzzSources,
  runOnce,
} from '../fuzz/property.js';

const SEED = 20_260_611;
const RUNS = 150;

/** The index, as the mutations count elements, of the article's link with this text. */
function linkIndex(doc: Document, text: string): number {
  const el = Array.from(doc.querySelectorAll('#CONTENT div.body a')).find((a) => a.textContent?.includes(text));
  if (!el) throw new Error(`no link "${text}" in the fixture`);
  return allElements(doc).indexOf(el);
}

/** Failures the fuzzing found and the owners fixed, replayed on the reference snapshot. */
const REGRESSIONS: { name: string; plan: (doc: Document) => MutationPlan }[] = [
  {
    name: 'an /o/ link whose target is javascript: is not kept through the archive',
    plan: (doc) => ({
      text: [],
      tree: [
        {
          kind: 'attribute',
          target: linkIndex(doc, 'did nothing wrong'),
          name: 'href',
          value: 'https://archive.ph/o/ABCDE/javascript:alert(1)',
        },
      ],
    }),
  },
  {
    name: 'an /o/ link whose target was cut by stray markup is not kept through the archive',
    plan: (doc) => ({
      text: [],
      tree: [
        {
          kind: 'attribute',
          target: linkIndex(doc, 'did nothing wrong'),
          name: 'href',
          value: 'https://archive.ph/o/qF3xK/https%3A//w<meta charset=',
        },
      ],
    }),
  },
];

/**
 * Failures `npm run bench:fuzz` found on corpus pages, replayed with the bench's seed and path over the same sources
 * (fixture + ../shared/corpus, read at run time; skipped where that folder is absent).
 */
const CORPUS_REGRESSIONS: { seed: number; path: string; name: string }[] = [
  {
    seed: 20_260_631,
    path: '82',
    name: 'a snapshot cut short and re-arranged, on which Readability itself throws, gives null',
  },
  {
    seed: 20_260_630,
    path: '129',
    name: 'a damaged snapshot read as an ordinary page keeps no link through the archive',
  },
  { seed: 20_260_612, path: '202', name: 'an /o/ wrapper with a longer id than usual points at its original' },
  { seed: 20_260_633, path: '206', name: 'an /o/ wrapper broken by a line break points at its original' },
];

const win = new JSDOM('', { virtualConsole: new VirtualConsole() }).window as unknown as DomWindow;
const sources = fixtureSources();

describe('fuzz helpers', () => {
  it('cut and inject at byte offsets, splitting multi-byte characters', () => {
    expect(applyTextMutations('a–b', [{ kind: 'cut', at: 2 }])).toBe('a\ufffd');
    expect(applyTextMutations('ab', [{ kind: 'insert-raw', at: 1, markup: '<i>' }])).toBe('a<i>b');
    expect(applyTextMutations('ab', [{ kind: 'cut', at: 5 }])).toBe('ab'); // offsets wrap around the length + 1
  });

  it('mutate the tree by element index', () => {
    const doc = new JSDOM('<body><p>one</p><p>two</p></body>').window.document;
    applyTreeMutations(doc, [
      { kind: 'style', target: 3, style: 'display:none' },
      { kind: 'duplicate', target: 4 },
      { kind: 'inject', target: 2, position: 'afterbegin', tag: 'h1', attributes: [['id', 'x']], text: 'Title' },
    ]);
    expect(doc.body.innerHTML).toBe('<h1 id="x">Title</h1><p style="display:none">one</p><p>two</p><p>two</p>');
  });

  it('judges ISO dates strictly', () => {
    expect(isIsoDateOrDateTime('2017-05-16')).toBe(true);
    expect(isIsoDateOrDateTime('2017-05-16T14:01:00-04:00')).toBe(true);
    expect(isIsoDateOrDateTime('2017-02-30')).toBe(false);
    expect(isIsoDateOrDateTime('May 16, 2017')).toBe(false);
  });

  it('the unmutated fixture passes the property', () => {
    for (const source of sources) expect(runOnce(source, { text: [], tree: [] }, win).result).toBe('article');
    const doc = mutateSnapshot(sources[0]!.html, sources[0]!.url, { text: [], tree: [] });
    expect(doc.title).toContain('Inside the Oval Office');
  });

  it('flags links left through the archive', () => {
    const base = {
      title: 't',
      authors: [],
      byline: null,
      published: null,
      siteName: null,
      lang: null,
      section: null,
      excerpt: null,
      leadImage: null,
      text: 'x',
      wordCount: 1,
      readingMinutes: 1,
    };
    const source = {
      service: 'archive.today' as const,
      originalUrl: null,
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: null,
    };
    expect(
      articleProblems(
        { ...base, source, contentHtml: '<a href="https://archive.ph/o/AbCdE/https://x.example/">x</a>' },
        win,
      ),
    ).toHaveLength(1);
  });
});

describe('extraction under random damage', () => {
  it(`${RUNS} seeded runs over the reference snapshot: no throw, Article or null, every format renders`, async () => {
    const outcomes = new Map<string, number>();
    await fc.assert(
      extractionProperty(sources, win, ({ result }) => outcomes.set(result, (outcomes.get(result) ?? 0) + 1)),
      { seed: SEED, numRuns: RUNS },
    );
    // The sample must exercise the Article path, not only broken pages.
    expect(outcomes.get('article') ?? 0).toBeGreaterThan(RUNS / 3);
    // About 20 s of CPU; the limit leaves room for a machine shared with other jobs.
  }, 600_000);

  for (const regression of REGRESSIONS) {
    it(regression.name, () => {
      const source = sources[0]!;
      const plan = regression.plan(mutateSnapshot(source.html, source.url, { text: [], tree: [] }));
      expect(runOnce(source, plan, win).result).toBe('article');
    });
  }

  for (const regression of CORPUS_REGRESSIONS) {
    it.skipIf(!existsSync(CORPUS_DIR))(
      `${regression.name} (seed ${regression.seed}, path ${regression.path})`,
      async () => {
        await fc.assert(extractionProperty(loadFuzzSources(), win), {
          seed: regression.seed,
          path: regression.path,
          numRuns: 1,
          endOnFailure: true,
        });
      },
    );
  }
});
