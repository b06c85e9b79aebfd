/**
 * One corpus case, both ways (its snapshot and its original), both extractors (ours and plain Readability on the
 * same parsed document): scores, metadata, timing, and whether our two readings give the same text.
 */
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { displayName } from '../src/article.js';
import { parseHtml } from '../src/cli/dom.js';
import { compareTexts } from '../src/core/compare/compare.js';
import { extractWithReport } from '../src/core/extract.js';
import { blockText } from '../src/core/text.js';
import { causeOf, type Cause } from './cause.js';
import type { BenchCase, Recoverable } from './corpus.js';
import { heldValues } from './held.js';
import { checkPlanted, type PlantedResult } from './planted.js';
import { bylineNames } from './match.js';
import { scoreText, type CaseScore } from './metric.js';

interface Found {
  text: string;
  title: string | null;
  authors: string[];
  published: string | null;
  siteName: string | null;
}

export interface Run {
  found: Found | null;
  /** Why there is no article ('no-article', 'too-large', or the message of an exception). */
  failure: string | null;
  ms: number;
  score: CaseScore;
  cause: Cause;
}

export interface CaseResult {
  corpus: string;
  name: string;
  pageType: string;
  recoverable: Recoverable;
  ours: { snapshot: Run; original: Run };
  readability: { snapshot: Run; original: Run };
  /** Our snapshot and original readings give the same text, as the verifier judges it (core/compare). */
  identical: boolean;
  /** Alterations planted in our reading of the original, and whether the verifier found each one. */
  planted: PlantedResult[];
  /** Shingle F1 between our two readings: how close they are when not identical. */
  consistency: number;
}

/** jsdom keeps a window alive until it is closed: close each one, or a long run runs out of memory. */
const release = (doc: Document): void => doc.defaultView?.close();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

type Extractor = (doc: Document, url: string) => { found: Found | null; failure: string | null };

const ours: Extractor = (doc, url) => {
  const report = extractWithReport(doc, url);
  const a = report.article;
  if (!a) return { found: null, failure: report.failure ?? 'no-article' };
  return {
    found: {
      text: a.text,
      title: a.title,
      authors: a.authors.map(displayName),
      published: a.published,
      siteName: a.siteName,
    },
    failure: null,
  };
};

const readability: Extractor = (doc, url) => {
  const result = new Readability(doc).parse();
  if (!result?.content) return { found: null, failure: 'no-article' };
  const out = parseHtml(result.content, url);
  // Blocks apart, as our own text keeps them: textContent would run the last word of one paragraph into the next.
  const text = blockText(out.body);
  release(out);
  return {
    found: {
      text,
      title: result.title ?? null,
      authors: result.byline
        ? result.byline
            .replace(/^by\s+/i, '')
            .split(/\s*(?:,|;|&|\band\b)\s*/i)
            .filter(Boolean)
        : [],
      published: result.publishedTime ?? null,
      siteName: result.siteName ?? null,
    },
    failure: null,
  };
};

function run(extract: Extractor, html: string, url: string, truth: string, runs: number): Run {
  const times: number[] = [];
  let last: { found: Found | null; failure: string | null } = { found: null, failure: 'no-article' };
  for (let r = 0; r < runs; r++) {
    const doc = parseHtml(html, url);
    parseEveryInlineStyle(doc);
    const t0 = performance.now();
    try {
      last = extract(doc, url);
    } catch (err) {
      last = { found: null, failure: `crash: ${(err as Error).message}` };
    }
    times.push(performance.now() - t0);
    release(doc);
  }
  const text = last.found?.text ?? '';
  return { ...last, ms: median(times), score: scoreText(text, truth), cause: causeOf(text, truth) };
}

/**
 * Our DOM factory parses an element's style attribute only when `element.style` is first read (cli/jsdom-lazy-style.ts).
 * Plain Readability reads it, our pipeline does not, so without this the baseline would pay inside its timer for work
 * stock jsdom does while parsing: both are timed on documents whose styles are parsed, as they were before.
 */
function parseEveryInlineStyle(doc: Document): void {
  for (const el of Array.from(doc.getElementsByTagName('*'))) void (el as HTMLElement).style;
}

function truthText(c: BenchCase): string {
  const truthFile = path.join(c.dir, 'truth.txt');
  try {
    return readFileSync(truthFile, 'utf8');
  } catch {
    const doc = parseHtml(readFileSync(path.join(c.dir, 'expected.html'), 'utf8'), c.snapshotUrl);
    const text = blockText(doc.body);
    release(doc);
    return text;
  }
}

export function evaluateCase(c: BenchCase, runs: number): CaseResult {
  const truth = truthText(c);
  const snapshotHtml = readFileSync(path.join(c.dir, 'page.html'), 'utf8');
  const originalHtml = readFileSync(path.join(c.dir, 'original.html'), 'utf8');
  let recoverable = c.recoverable;
  if (!recoverable) {
    const doc = parseHtml(snapshotHtml, c.snapshotUrl);
    recoverable = heldValues(doc, c.expected, c.originalUrl, bylineNames);
    release(doc);
  }
  const o = {
    snapshot: run(ours, snapshotHtml, c.snapshotUrl, truth, runs),
    original: run(ours, originalHtml, c.originalUrl, truth, runs),
  };
  const r = {
    snapshot: run(readability, snapshotHtml, c.snapshotUrl, truth, runs),
    original: run(readability, originalHtml, c.originalUrl, truth, runs),
  };
  const a = o.snapshot.found?.text ?? '';
  const b = o.original.found?.text ?? '';
  return {
    corpus: c.corpus,
    name: c.name,
    pageType: c.pageType,
    recoverable,
    ours: o,
    readability: r,
    identical: !!o.snapshot.found === !!o.original.found && compareTexts(a, b).changes.length === 0,
    planted: b ? checkPlanted(b) : [],
    consistency: scoreText(a, b).f1,
  };
}
