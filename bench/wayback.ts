/**
 * Wayback Machine snapshots: every `original.html` of the corpus is wrapped the way the Wayback Machine serves it
 * (test/support/waybackify.ts) in memory, at run time — the wrapped pages are never written anywhere — and read at
 * its `web.archive.org` address.
 *   npm run bench:wayback [-- <corpus dir>] [--check] [--only a,b] [--live] [--legacy] [--verbose]
 * --live reads the page as the tab holds it once the replay's scripts ran (toolbar shown); --legacy wraps it in
 * the markup of about 2013–2017. --check fails (exit 1) unless text F1 ≥ 0.97, every capture time and original URL
 * is right and no toolbar or banner text reaches an article.
 */
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayName } from '../src/article.js';
import { parseHtml } from '../src/cli/dom.js';
import { compareTexts } from '../src/core/compare/compare.js';
import { extractWithReport } from '../src/core/extract.js';
import { snapshotAddress, timestampOf, TOOLBAR_TEXT, waybackify } from '../test/support/waybackify.js';
import { sharedRoot } from './corpus.js';
import { bylineMatches, dateMatches, titleMatches } from './match.js';
import { aggregate, scoreText, type CaseScore } from './metric.js';

interface Args {
  corpus: string;
  check: boolean;
  only: Set<string> | null;
  live: boolean;
  legacy: boolean;
  verbose: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    corpus: path.join(sharedRoot(process.cwd()), 'corpus', 'readability-archived'),
    check: false,
    only: null,
    live: false,
    legacy: false,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--check') args.check = true;
    else if (a === '--live') args.live = true;
    else if (a === '--legacy') args.legacy = true;
    else if (a === '--verbose') args.verbose = true;
    else if (a === '--only') args.only = new Set((argv[++i] ?? '').split(','));
    else if (!a.startsWith('--')) args.corpus = a;
  }
  return args;
}

/** jsdom keeps every window alive until it is closed: over the whole corpus that is gigabytes. */
const done = (doc: Document): void => doc.defaultView?.close();

interface Meta {
  /** The archive.today snapshot's address. */
  url: string;
  archiveDate: string;
  originalUrl: string;
}
interface ExpectedMeta {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
}

interface Tally {
  hits: number;
  of: number;
}
const pct = (t: Tally): string => `${t.hits}/${t.of} (${(t.of ? (100 * t.hits) / t.of : 100).toFixed(1)}%)`;
const count = (t: Tally, ok: boolean): boolean => {
  t.of++;
  if (ok) t.hits++;
  return ok;
};

/** Toolbar and banner text found in an article (text or HTML): the wrapper's own strings and the archive's words. */
function chromeLeaks(text: string, html: string): string[] {
  const found: string[] = TOOLBAR_TEXT.filter((s) => text.includes(s) || html.includes(s));
  if (/web-static\.archive\.org|\/_static\/|donate\.php|wm-ipp/.test(html)) found.push('archive include in HTML');
  return found;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.corpus)) {
    console.error(`corpus not found: ${args.corpus}`);
    return 2;
  }
  const cases = readdirSync(args.corpus).filter(
    (d) => existsSync(path.join(args.corpus, d, 'original.html')) && (!args.only || args.only.has(d)),
  );
  const ours: CaseScore[] = [];
  const plain: CaseScore[] = [];
  const capture: Tally = { hits: 0, of: 0 };
  const original: Tally = { hits: 0, of: 0 };
  const service: Tally = { hits: 0, of: 0 };
  const title: Tally = { hits: 0, of: 0 };
  const byline: Tally = { hits: 0, of: 0 };
  const date: Tally = { hits: 0, of: 0 };
  // The same article read from the archive.today snapshot and from the Wayback capture, judged as `verify` would.
  const sameAsSnapshot: Tally = { hits: 0, of: 0 };
  const leaks: string[] = [];
  const plainLeaks: string[] = [];
  const wrong: string[] = [];
  const crashes: string[] = [];

  for (const name of cases) {
    // jsdom frees closed windows only once the event loop turns: without this the corpus needs gigabytes.
    await new Promise((resolve) => setImmediate(resolve));
    const dir = path.join(args.corpus, name);
    const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as Meta;
    const em = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as ExpectedMeta;
    const timestamp = timestampOf(meta.archiveDate);
    const url = snapshotAddress(meta.originalUrl, timestamp);
    const html = waybackify(readFileSync(path.join(dir, 'original.html'), 'utf8'), {
      originalUrl: meta.originalUrl,
      timestamp,
      live: args.live,
      era: args.legacy ? 'legacy' : 'current',
    });
    const expectedDoc = parseHtml(readFileSync(path.join(dir, 'expected.html'), 'utf8'), meta.originalUrl);
    const expectedText = expectedDoc.body.textContent ?? '';
    done(expectedDoc);
    const wantAt = new Date(meta.archiveDate).toISOString().replace('.000Z', 'Z');

    let marks: string[] = [];
    try {
      const doc = parseHtml(html, url);
      const report = extractWithReport(doc, url);
      done(doc);
      const article = report.article;
      const sc = article ? scoreText(article.text, expectedText) : { precision: 0, recall: 0, f1: 0 };
      ours.push(sc);
      const atOk = count(capture, report.snapshot?.archivedAt === wantAt);
      const urlOk = count(original, report.snapshot?.originalUrl === meta.originalUrl);
      count(service, report.snapshot?.service === 'wayback');
      if (!atOk || !urlOk) wrong.push(`${name}: ${report.snapshot?.archivedAt} ${report.snapshot?.originalUrl}`);
      const snapshotDoc = parseHtml(readFileSync(path.join(dir, 'page.html'), 'utf8'), meta.url);
      const fromSnapshot = extractWithReport(snapshotDoc, meta.url).article;
      done(snapshotDoc);
      count(
        sameAsSnapshot,
        !!article && !!fromSnapshot && compareTexts(fromSnapshot.text, article.text).changes.length === 0,
      );
      const leak = article ? chromeLeaks(article.text, article.contentHtml) : [];
      if (leak.length) leaks.push(`${name}: ${leak.join(' | ')}`);
      marks = [
        `F1 ${sc.f1.toFixed(3)}`,
        `time${atOk ? '✓' : '✗'}`,
        `url${urlOk ? '✓' : '✗'}`,
        leak.length ? `chrome✗` : 'chrome✓',
      ];
      // Metadata, over every case that has the value (a Wayback capture keeps the publisher's head).
      if (em.title) marks.push(`title${count(title, titleMatches(article?.title ?? null, em.title)) ? '✓' : '✗'}`);
      if (em.byline)
        marks.push(
          `byline${count(byline, bylineMatches(article?.authors.map(displayName) ?? [], em.byline)) ? '✓' : '✗'}`,
        );
      if (em.publishedTime)
        marks.push(`date${count(date, dateMatches(article?.published ?? null, em.publishedTime)) ? '✓' : '✗'}`);
      if (args.verbose && article) {
        console.log(`    title=${JSON.stringify(article.title)} expected=${JSON.stringify(em.title)}`);
        console.log(
          `    authors=${JSON.stringify(article.authors.map(displayName))} expected=${JSON.stringify(em.byline)}`,
        );
        console.log(`    published=${article.published} expected=${em.publishedTime}`);
      }
    } catch (err) {
      crashes.push(`${name}: ${(err as Error).message}`);
      ours.push({ precision: 0, recall: 0, f1: 0 });
    }

    // Plain Readability on the same wrapped page, for comparison.
    const plainDoc = parseHtml(html, url);
    const r = new Readability(plainDoc).parse();
    done(plainDoc);
    const contentDoc = parseHtml(r?.content ?? '', url);
    const rText = r?.content ? (contentDoc.body.textContent ?? '') : '';
    done(contentDoc);
    const rs = scoreText(rText, expectedText);
    plain.push(rs);
    if (chromeLeaks(rText, r?.content ?? '').length) plainLeaks.push(name);
    console.log(`${name.padEnd(44)} ${marks.join(' ').padEnd(60)} | readability F1 ${rs.f1.toFixed(3)}`);
  }

  const o = aggregate(ours);
  const p = aggregate(plain);
  const variant = `${args.legacy ? 'legacy' : 'current'} markup, ${args.live ? 'live tab' : 'as served'}`;
  console.log(`\n== Wayback summary over ${cases.length} cases (${variant})`);
  console.log(
    `text           ours P ${o.precision.toFixed(3)} R ${o.recall.toFixed(3)} F1 ${o.f1.toFixed(3)} | readability P` +
      ` ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} F1 ${p.f1.toFixed(3)}`,
  );
  console.log(`service        ${pct(service)} read as wayback`);
  console.log(`capture time   ${pct(capture)}`);
  console.log(`original URL   ${pct(original)}`);
  console.log(`same text as the archive.today snapshot (verify): ${pct(sameAsSnapshot)}`);
  console.log(`chrome text    ours ${leaks.length} cases | readability ${plainLeaks.length} cases`);
  console.log(
    `title          ${pct(title)}   byline ${pct(byline)}   date ${pct(date)}   (all cases with a value; not gated)`,
  );
  if (wrong.length) console.log('wrong capture time or URL:\n  ' + wrong.join('\n  '));
  if (leaks.length) console.log('toolbar/banner text in the article:\n  ' + leaks.join('\n  '));
  if (crashes.length) console.log('crashes:\n  ' + crashes.join('\n  '));

  if (!args.check) return 0;
  const failures: string[] = [];
  if (o.f1 < 0.97) failures.push(`text F1 ${o.f1.toFixed(3)} < 0.97`);
  if (capture.hits < capture.of) failures.push(`capture time wrong in ${capture.of - capture.hits} cases`);
  if (original.hits < original.of) failures.push(`original URL wrong in ${original.of - original.hits} cases`);
  if (service.hits < service.of) failures.push(`not read as a Wayback snapshot in ${service.of - service.hits} cases`);
  if (leaks.length) failures.push(`toolbar or banner text in ${leaks.length} articles`);
  if (crashes.length) failures.push(`${crashes.length} crashes`);
  if (sameAsSnapshot.hits < 0.9 * sameAsSnapshot.of)
    failures.push(`same text as the archive.today snapshot in under 90% (${pct(sameAsSnapshot)})`);
  if (failures.length) {
    console.log('\nGATES MISSED:\n  ' + failures.join('\n  '));
    return 1;
  }
  console.log('\nall gates met');
  return 0;
}

process.exitCode = await main();
