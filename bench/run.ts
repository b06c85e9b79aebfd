/**
 * Extraction quality and speed, against plain Readability on the same documents, in one run:
 *   npm run bench [-- <corpus dir>] [--check] [--only a,b] [--runs N] [--verbose]
 * <corpus dir> defaults to ../shared/corpus/readability-archived. --check fails (exit 1) when a gate is missed.
 */
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { displayName, type Article } from '../src/article.js';
import { parseHtml } from '../src/cli/input.js';
import { extractWithReport } from '../src/core/extract.js';
import { aggregate, scoreText, type CaseScore } from './metric.js';
import { bylineMatches, dateMatches, siteMatches, titleMatches } from './match.js';

interface Args {
  corpus: string;
  check: boolean;
  only: Set<string> | null;
  runs: number;
  verbose: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: '../shared/corpus/readability-archived', check: false, only: null, runs: 3, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--check') args.check = true;
    else if (a === '--verbose') args.verbose = true;
    else if (a === '--only') args.only = new Set((argv[++i] ?? '').split(','));
    else if (a === '--runs') args.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (!a.startsWith('--')) args.corpus = a;
  }
  return args;
}

/** jsdom keeps a window alive until it is closed: close each one, or a long run runs out of memory. */
function release(doc: Document): void {
  doc.defaultView?.close();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Meta {
  url: string;
  archiveDate: string;
  originalUrl: string;
}
interface ExpectedMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}
type Recoverable = Record<string, { title?: boolean; byline?: boolean; publishedTime?: boolean }>;

interface Tally {
  hits: number;
  of: number;
}
const tally = (): Tally => ({ hits: 0, of: 0 });
const pct = (t: Tally) => (t.of ? (100 * t.hits) / t.of : 100);

interface Side {
  /** Byline hits counted without the cases in errata.json. */
  bylineAudited: Tally;
  scores: CaseScore[];
  title: Tally;
  byline: Tally;
  date: Tally;
  site: Tally;
  times: number[];
  captureAsDate: string[];
}
const side = (): Side => ({ bylineAudited: tally(), scores: [], title: tally(), byline: tally(), date: tally(), site: tally(), times: [], captureAsDate: [] });

interface Found {
  text: string;
  title: string | null;
  authors: string[];
  published: string | null;
  siteName: string | null;
}

function runOurs(html: string, url: string, runs: number): { found: Found | null; ms: number } {
  const times: number[] = [];
  let article: Article | null = null;
  for (let r = 0; r < runs; r++) {
    const doc = parseHtml(html, url);
    const t0 = performance.now();
    article = extractWithReport(doc, url).article;
    times.push(performance.now() - t0);
    release(doc);
  }
  const found = article && {
    text: article.text,
    title: article.title,
    authors: article.authors.map(displayName),
    published: article.published,
    siteName: article.siteName,
  };
  return { found, ms: median(times) };
}

function runReadability(html: string, url: string, runs: number): { found: Found | null; ms: number } {
  const times: number[] = [];
  let result: ReturnType<Readability['parse']> = null;
  for (let r = 0; r < runs; r++) {
    const doc = parseHtml(html, url);
    const t0 = performance.now();
    result = new Readability(doc).parse();
    times.push(performance.now() - t0);
    release(doc);
  }
  let text = '';
  if (result?.content) {
    const out = parseHtml(result.content, url);
    text = out.body.textContent ?? '';
    release(out);
  }
  const found = result && {
    text,
    title: result.title ?? null,
    authors: result.byline ? result.byline.replace(/^by\s+/i, '').split(/\s*(?:,|;|&|\band\b)\s*/i).filter(Boolean) : [],
    published: result.publishedTime ?? null,
    siteName: result.siteName ?? null,
  };
  return { found, ms: median(times) };
}

interface Errata {
  byline: Record<string, string>;
}

function score(s: Side, found: Found | null, expectedText: string, em: ExpectedMeta, rec: Recoverable[string] | undefined, meta: Meta, ms: number, erratum: boolean): string[] {
  const sc = found ? scoreText(found.text, expectedText) : { precision: 0, recall: 0, f1: 0 };
  s.scores.push(sc);
  s.times.push(ms);
  const marks: string[] = [`F1 ${sc.f1.toFixed(3)}`];
  const check = (t: Tally, ok: boolean, label: string) => {
    t.of++;
    if (ok) t.hits++;
    marks.push(`${label}${ok ? '✓' : '✗'}`);
  };
  if (rec?.title && em.title) check(s.title, titleMatches(found?.title ?? null, em.title), 'title');
  if (rec?.byline && em.byline) {
    const ok = bylineMatches(found?.authors ?? [], em.byline);
    check(s.byline, ok, erratum ? 'byline(erratum)' : 'byline');
    if (!erratum) {
      s.bylineAudited.of++;
      if (ok) s.bylineAudited.hits++;
    }
  }
  if (rec?.publishedTime && em.publishedTime) check(s.date, dateMatches(found?.published ?? null, em.publishedTime), 'date');
  if (em.siteName) check(s.site, siteMatches(found?.siteName ?? null, em.siteName), 'site');
  const captureDay = meta.archiveDate.slice(0, 10);
  const expectedDay = em.publishedTime ? em.publishedTime.slice(0, 10) : null;
  if (found?.published && found.published.slice(0, 10) === captureDay && expectedDay !== captureDay) s.captureAsDate.push(meta.url);
  return marks;
}

interface FixtureResult {
  name: string;
  paragraphs: number;
  of: number;
  leaks: string[];
}

function fixtureCheck(file: string, url: string, truthFile: string): FixtureResult {
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as { paragraphs: string[]; mustNotContain: string[] };
  const article = extractWithReport(parseHtml(readFileSync(file, 'utf8'), url), url).article;
  const text = (article?.text ?? '').replace(/\s+/g, ' ');
  const paragraphs = truth.paragraphs.filter((p) => text.includes(p.replace(/\s+/g, ' '))).length;
  const leaks = truth.mustNotContain.filter((s) => text.includes(s));
  return { name: path.basename(file), paragraphs, of: truth.paragraphs.length, leaks };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.corpus)) {
    console.error(`corpus not found: ${args.corpus}`);
    return 2;
  }
  const errata = JSON.parse(readFileSync(new URL('../bench/errata.json', import.meta.url), 'utf8')) as Errata;
  const recoverable = JSON.parse(readFileSync(path.join(args.corpus, 'metadata-recoverable.json'), 'utf8')) as Recoverable;
  const cases = readdirSync(args.corpus).filter((d) => existsSync(path.join(args.corpus, d, 'page.html')) && (!args.only || args.only.has(d)));
  const ours = side();
  const theirs = side();
  const crashes: string[] = [];
  for (const name of cases) {
    const dir = path.join(args.corpus, name);
    const html = readFileSync(path.join(dir, 'page.html'), 'utf8');
    const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as Meta;
    const em = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as ExpectedMeta;
    const expectedDoc = parseHtml(readFileSync(path.join(dir, 'expected.html'), 'utf8'), meta.url);
    const expectedText = expectedDoc.body.textContent ?? '';
    release(expectedDoc);
    let a: { found: Found | null; ms: number };
    try {
      a = runOurs(html, meta.url, args.runs);
    } catch (err) {
      crashes.push(`${name}: ${(err as Error).message}`);
      a = { found: null, ms: 0 };
    }
    const b = runReadability(html, meta.url, args.runs);
    const erratum = name in errata.byline;
    const m1 = score(ours, a.found, expectedText, em, recoverable[name], meta, a.ms, erratum);
    const m2 = score(theirs, b.found, expectedText, em, recoverable[name], meta, b.ms, erratum);
    console.log(`${name.padEnd(44)} ours ${m1.join(' ').padEnd(48)} ${a.ms.toFixed(1).padStart(6)} ms | readability ${m2[0]} ${b.ms.toFixed(1).padStart(6)} ms`);
    if (args.verbose && a.found) {
      console.log(`    title=${JSON.stringify(a.found.title)} expected=${JSON.stringify(em.title)}`);
      console.log(`    authors=${JSON.stringify(a.found.authors)} expected=${JSON.stringify(em.byline)}`);
      console.log(`    published=${a.found.published} expected=${em.publishedTime} site=${JSON.stringify(a.found.siteName)} expected=${JSON.stringify(em.siteName)}`);
    }
  }

  const fixtureDir = 'test/fixtures/wapo-2017-oval-office';
  const fixtures = [
    fixtureCheck(path.join(fixtureDir, 'snapshot.html'), 'https://archive.ph/qF3xK', path.join(fixtureDir, 'truth.json')),
    fixtureCheck(path.join(fixtureDir, 'snapshot-2017.html'), 'https://archive.is/qF3xK', path.join(fixtureDir, 'truth.json')),
  ];

  const o = aggregate(ours.scores);
  const r = aggregate(theirs.scores);
  const mo = median(ours.times);
  const mr = median(theirs.times);
  console.log('\n== summary over', cases.length, 'cases');
  console.log(`text      ours P ${o.precision.toFixed(3)} R ${o.recall.toFixed(3)} F1 ${o.f1.toFixed(3)} | readability P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}`);
  for (const k of ['title', 'byline', 'date', 'site'] as const) {
    console.log(`${k.padEnd(9)} ours ${ours[k].hits}/${ours[k].of} (${pct(ours[k]).toFixed(1)}%) | readability ${theirs[k].hits}/${theirs[k].of} (${pct(theirs[k]).toFixed(1)}%)`);
  }
  console.log(`byline    without the ${Object.keys(errata.byline).length} errata (bench/errata.json): ours ${ours.bylineAudited.hits}/${ours.bylineAudited.of} (${pct(ours.bylineAudited).toFixed(1)}%) | readability ${theirs.bylineAudited.hits}/${theirs.bylineAudited.of} (${pct(theirs.bylineAudited).toFixed(1)}%)`);
  console.log(`time      median ours ${mo.toFixed(2)} ms | readability ${mr.toFixed(2)} ms | ratio ${(mo / mr).toFixed(2)}×`);
  console.log(`capture time reported as publication date: ours ${ours.captureAsDate.length} | readability ${theirs.captureAsDate.length}`);
  for (const f of fixtures) console.log(`fixture   ${f.name}: ${f.paragraphs}/${f.of} truth paragraphs, ${f.leaks.length} clutter leaks ${f.leaks.length ? JSON.stringify(f.leaks) : ''}`);
  if (crashes.length) console.log('crashes:', crashes);

  if (!args.check) return 0;
  const failures: string[] = [];
  if (o.f1 < 0.97) failures.push(`text F1 ${o.f1.toFixed(3)} < 0.97`);
  if (pct(ours.title) < 95) failures.push(`title ${pct(ours.title).toFixed(1)}% < 95%`);
  if (pct(ours.bylineAudited) < 90) failures.push(`byline (without errata) ${pct(ours.bylineAudited).toFixed(1)}% < 90%`);
  if (pct(ours.date) < 90) failures.push(`date ${pct(ours.date).toFixed(1)}% < 90%`);
  if (ours.captureAsDate.length) failures.push(`capture time as publication date: ${ours.captureAsDate.join(', ')}`);
  if (crashes.length) failures.push(`${crashes.length} crashes`);
  for (const f of fixtures) if (f.paragraphs < f.of || f.leaks.length) failures.push(`fixture ${f.name}`);
  if (failures.length) {
    console.log('\nGATES MISSED:\n  ' + failures.join('\n  '));
    return 1;
  }
  console.log('\nall gates met');
  return 0;
}

process.exitCode = main();
