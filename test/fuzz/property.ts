/**
 * The fuzz property, shared by the seeded sample in `npm test` and the 10,000-run bench job: whatever the page,
 * extraction returns an Article or null without throwing and without touching the page, and any Article it
 * returns is well-formed and goes through every citation style and every save format.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import type { Article, Author } from '../../src/article.js';
import { extractWithReport } from '../../src/core/extract.js';
import { cite, CITATION_STYLES } from '../../src/formats/citation/index.js';
import { articleToEpub } from '../../src/formats/epub.js';
import { articleToHtmlDocument } from '../../src/formats/html-document.js';
import { articleToMarkdown } from '../../src/formats/markdown.js';
import type { DomWindow } from '../../src/formats/sanitize.js';
import { articleToText } from '../../src/formats/text.js';
import { markdownBundle } from '../../src/formats/zip.js';
import { mutateSnapshot, mutationPlanArb, type MutationPlan } from './mutations.js';
import { sharedCorpus } from '../support/shared-corpus.js';

export interface FuzzSource {
  /** Short name for reports (`fixture:snapshot.html`, `corpus:nytimes-1`). */
  name: string;
  url: string;
  html: string;
}

const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/wapo-2017-oval-office');

/** The committed reference snapshots, in both archive markups. */
export function fixtureSources(dir: string = FIXTURE_DIR): FuzzSource[] {
  return [
    {
      name: 'fixture:snapshot.html',
      url: 'https://archive.ph/qF3xK',
      html: readFileSync(path.join(dir, 'snapshot.html'), 'utf8'),
    },
    {
      name: 'fixture:snapshot-2017.html',
      url: 'https://archive.is/qF3xK',
      html: readFileSync(path.join(dir, 'snapshot-2017.html'), 'utf8'),
    },
  ];
}

/** The corpus snapshots of ../shared/corpus (read at run time, never committed), when that folder exists. */
export const CORPUS_DIR = process.env.FUZZ_CORPUS ?? sharedCorpus('readability-archived');

/**
 * Fixture first, then the corpus pages in name order: the index a seed picks must mean the same page in the bench
 * job and in a replay.
 */
export function loadFuzzSources(corpus: string = CORPUS_DIR, fixtures: string = FIXTURE_DIR): FuzzSource[] {
  const sources = fixtureSources(fixtures);
  if (!existsSync(corpus)) return sources;
  for (const name of readdirSync(corpus).sort()) {
    const page = path.join(corpus, name, 'page.html');
    const meta = path.join(corpus, name, 'meta.json');
    if (!existsSync(page) || !existsSync(meta)) continue;
    const { url } = JSON.parse(readFileSync(meta, 'utf8')) as { url: string };
    sources.push({ name: `corpus:${name}`, url, html: readFileSync(page, 'utf8') });
  }
  return sources;
}

const SERVICES = new Set(['archive.today', 'wayback', 'none']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const ARCHIVE_OUTBOUND = /^(?:https?:)?(?:\/\/(?:www\.)?archive\.(?:today|ph|is|li|vn|fo|md))?\/o\/[A-Za-z0-9]+\//i;

export function isIsoDateOrDateTime(value: string): boolean {
  if (ISO_DATE.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }
  return ISO_DATETIME.test(value) && !Number.isNaN(Date.parse(value));
}

const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

function authorProblems(author: Author, i: number): string[] {
  if ('literal' in author) return typeof author.literal === 'string' ? [] : [`authors[${i}].literal is not a string`];
  return typeof author.given === 'string' && typeof author.family === 'string'
    ? []
    : [`authors[${i}] has no string given/family`];
}

/** What is wrong with an Article's shape: types, counts, service, dates, links still through the archive. */
export function articleProblems(a: Article, win: DomWindow): string[] {
  const out: string[] = [];
  if (typeof a.title !== 'string') out.push('title is not a string');
  if (!Array.isArray(a.authors)) out.push('authors is not an array');
  else a.authors.forEach((author, i) => out.push(...authorProblems(author, i)));
  for (const key of ['byline', 'published', 'siteName', 'lang', 'section', 'excerpt'] as const) {
    if (!isStringOrNull(a[key])) out.push(`${key} is neither a string nor null`);
  }
  if (a.published !== null && !isIsoDateOrDateTime(a.published))
    out.push(`published is not an ISO date or datetime: ${a.published}`);
  if (a.leadImage !== null && (typeof a.leadImage.url !== 'string' || !isStringOrNull(a.leadImage.caption)))
    out.push('leadImage is malformed');
  if (typeof a.contentHtml !== 'string') out.push('contentHtml is not a string');
  if (typeof a.text !== 'string') out.push('text is not a string');
  if (!Number.isInteger(a.wordCount) || a.wordCount < 0)
    out.push(`wordCount is not a non-negative integer: ${a.wordCount}`);
  if (!Number.isFinite(a.readingMinutes) || a.readingMinutes < 0)
    out.push(`readingMinutes is not a non-negative number: ${a.readingMinutes}`);
  const s = a.source;
  if (!SERVICES.has(s.service)) out.push(`source.service is invalid: ${String(s.service)}`);
  for (const key of ['originalUrl', 'archiveUrl', 'archiveShortUrl', 'archivedAt'] as const) {
    if (!isStringOrNull(s[key])) out.push(`source.${key} is neither a string nor null`);
  }
  if (s.archivedAt !== null && Number.isNaN(Date.parse(s.archivedAt)))
    out.push(`source.archivedAt is not a date: ${s.archivedAt}`);
  if (typeof a.contentHtml === 'string') {
    const template = win.document.createElement('template');
    template.innerHTML = a.contentHtml;
    for (const el of Array.from(template.content.querySelectorAll('[href]'))) {
      const href = el.getAttribute('href') ?? '';
      if (ARCHIVE_OUTBOUND.test(href.trim())) out.push(`contentHtml links through the archive: ${href.slice(0, 100)}`);
    }
  }
  return out;
}

const ACCESSED = '2026-01-02';
const SAVED_AT = '2026-01-02T03:04:05Z';

function unzip(bytes: Uint8Array, what: string): Record<string, Uint8Array> {
  if (!(bytes instanceof Uint8Array) || bytes.length < 22) throw new Error(`${what}: not a zip`);
  return unzipSync(bytes);
}

/** Renders the Article in every citation style and save format; throws with the first one that fails or is invalid. */
export function renderEverything(a: Article, win: DomWindow): void {
  for (const style of CITATION_STYLES) {
    const citation = cite(a, style.id, { accessed: ACCESSED });
    if (typeof citation.text !== 'string' || !isStringOrNull(citation.html))
      throw new Error(`citation ${style.id}: not a string`);
    if (style.id === 'csl-json') JSON.parse(citation.text);
    if (style.id === 'ris' && !/^TY {2}- /.test(citation.text)) throw new Error('citation ris: does not start with TY');
  }
  const text = articleToText(a, win, { sourceLine: true });
  if (typeof text !== 'string') throw new Error('text: not a string');
  const markdown = articleToMarkdown(a, win, { frontMatter: true, sourceLine: true, savedAt: SAVED_AT });
  if (typeof markdown !== 'string' || !markdown.startsWith('---\n')) throw new Error('markdown: no front matter');
  const html = articleToHtmlDocument(a, win, {
    images: new Map(),
    textSha256: '0'.repeat(64),
    savedAt: SAVED_AT,
    extensionVersion: '0.0.0-fuzz',
  });
  if (!html.startsWith('<!DOCTYPE html>')) throw new Error('html document: no doctype');

  const epub = unzip(
    articleToEpub(a, win, { images: new Map(), savedAt: SAVED_AT, extensionVersion: '0.0.0-fuzz' }),
    'epub',
  );
  if (Object.keys(epub)[0] !== 'mimetype' || strFromU8(epub.mimetype ?? new Uint8Array()) !== 'application/epub+zip')
    throw new Error('epub: mimetype is not first');
  for (const name of ['OEBPS/article.xhtml', 'OEBPS/title.xhtml', 'OEBPS/nav.xhtml', 'OEBPS/content.opf']) {
    const entry = epub[name];
    if (!entry) throw new Error(`epub: ${name} missing`);
    const xml = new win.DOMParser().parseFromString(strFromU8(entry), 'application/xml');
    const error = xml.getElementsByTagName('parsererror')[0];
    if (error) throw new Error(`epub: ${name} is not well-formed XML: ${(error.textContent ?? '').slice(0, 200)}`);
  }

  const bundle = unzip(markdownBundle(a, win, new Map(), { savedAt: SAVED_AT }), 'markdown zip');
  if (!Object.keys(bundle).some((name) => name.endsWith('.md'))) throw new Error('markdown zip: no .md entry');
}

export interface RunOutcome {
  result: 'article' | 'no-article' | 'too-large';
}

/**
 * Articles already rendered without a problem. The formats are pure functions of the Article, and most mutations
 * leave the article untouched, so an identical Article need not be rendered again.
 */
export class RenderedArticles {
  private readonly seen = new Set<string>();
  /** A digest of the Article (a long article's JSON is hundreds of KB: thousands of them would fill the heap). */
  static key(article: Article): string {
    return createHash('sha1').update(JSON.stringify(article)).digest('base64');
  }
  has(key: string): boolean {
    return this.seen.has(key);
  }
  add(key: string): void {
    if (this.seen.size >= 10_000) this.seen.clear();
    this.seen.add(key);
  }
}

/** One run: mutate, extract, check. Throws (a property failure) on any violation. */
export function runOnce(
  source: FuzzSource,
  plan: MutationPlan,
  win: DomWindow,
  rendered?: RenderedArticles,
): RunOutcome {
  const doc = mutateSnapshot(source.html, source.url, plan);
  try {
    return checkDocument(doc, source.url, win, rendered);
  } finally {
    doc.defaultView?.close(); // frees the page's window at once: a long job parses thousands of them
  }
}

function checkDocument(doc: Document, url: string, win: DomWindow, rendered?: RenderedArticles): RunOutcome {
  const source = { url };
  const before = doc.documentElement?.outerHTML ?? '';
  const report = extractWithReport(doc, source.url);
  if ((doc.documentElement?.outerHTML ?? '') !== before) throw new Error('extraction changed the document');
  if (report.article === null) {
    if (report.failure !== 'no-article' && report.failure !== 'too-large')
      throw new Error(`no article and no failure reason: ${String(report.failure)}`);
    return { result: report.failure };
  }
  if (report.failure !== null) throw new Error(`an article and a failure (${report.failure})`);
  const problems = articleProblems(report.article, win);
  if (problems.length) throw new Error(`malformed Article: ${problems.join('; ')}`);
  const key = RenderedArticles.key(report.article);
  if (!rendered?.has(key)) {
    renderEverything(report.article, win);
    rendered?.add(key);
  }
  return { result: 'article' };
}

/** The property over (source, mutation plan). */
export function extractionProperty(
  sources: readonly FuzzSource[],
  win: DomWindow,
  onRun?: (outcome: RunOutcome, ms: number, sourceIndex: number) => void,
) {
  const rendered = new RenderedArticles();
  return fc.asyncProperty(fc.nat({ max: sources.length - 1 }), mutationPlanArb, async (index, plan) => {
    const start = performance.now();
    const outcome = runOnce(sources[index]!, plan, win, rendered);
    onRun?.(outcome, performance.now() - start, index);
    // jsdom holds pages through WeakRefs, which keep their targets until the current job ends: a turn of the event
    // loop after each run lets the page go (a synchronous loop would keep every page of the run alive).
    await new Promise((resolve) => setImmediate(resolve));
  });
}
