/**
 * The big-page benchmark: a generated ~20 MB, ~200,000-element archive.today snapshot (the archive shell, the
 * reference article in the middle, and page furniture by the ton: mega-menus, rails, story grids, ad slots, a
 * market-data table, thousands of comments, a sitemap footer), parsed with jsdom and extracted with default options;
 * then a page just above the default element limit, which must be refused as "too large".
 *   npm run bench:big [-- --json] [--only big|too-large] [--elements N (the big page's element target)]
 *   node dist/bench-big.mjs --write FILE [--too-large]   (writes the page only, for the browser test)
 * Each scenario runs in a child process (`--expose-gc --trace-gc`), so its memory is its own: peak heap is read from
 * V8's GC trace (the heap is largest just before a collection), peak RSS from a sampling thread.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseHtml } from '../src/cli/dom.js';
import { DEFAULT_MAX_ELEMENTS, extractWithReport } from '../src/core/extract.js';

type Scenario = 'big' | 'too-large';

/** Element targets for the captured page (`div.body`): ~200,000, and just above the default limit. */
const TARGETS: Record<Scenario, number> = { big: 200_000, 'too-large': DEFAULT_MAX_ELEMENTS + 1_000 };
const URL_OF_PAGE = 'https://archive.ph/Bg20M';
const ID = 'Bg20M';
const IMG_HOST = 'd3gk4m7rq2xw1b.archive.ph';

// ── Page generation ──────────────────────────────────────────────────────────────────────────────────────────────

interface Truth {
  title: string;
  paragraphs: string[];
  originalUrl: string;
}

/** A deterministic pseudo-random stream (mulberry32), so every run builds the same page. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'council budget mayor election market shares weather traffic football league season transfer coach injury ' +
  'concert festival museum gallery review recipe kitchen garden travel airline airport strike union wages pension ' +
  'school teacher exam hospital doctor nurse vaccine clinic police court trial verdict appeal senator minister'
).split(' ');

/** Builds the captured page as a string, counting elements as it goes. */
class PageWriter {
  readonly parts: string[] = [];
  elements = 0;
  private readonly rnd = random(2017);

  words(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += (i ? ' ' : '') + WORDS[Math.floor(this.rnd() * WORDS.length)]!;
    return s.charAt(0).toUpperCase() + s.slice(1);
  }
  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }
  hex(): string {
    let s = '';
    for (let i = 0; i < 40; i++) s += '0123456789abcdef'[this.int(16)]!;
    return s;
  }
  /** Opens `n` elements' worth of markup: the caller says how many elements the string holds. */
  push(html: string, elements: number): void {
    this.parts.push(html);
    this.elements += elements;
  }
}

// Computed-style subsets as archive.today inlines them on every element.
const S_BLOCK = 'display:block;margin:0px;padding:4px 8px;font-size:14px;line-height:20px;color:rgb(51, 51, 51)';
const S_LINK = 'color:rgb(0, 85, 153);text-decoration:none;font-size:13px';
const S_HIDDEN = 'display:none;position:absolute;background-color:rgb(255, 255, 255)';
const S_IMG = 'width:120px;height:80px;border:0px none;vertical-align:middle';
const S_CELL = 'padding:2px 6px;border-bottom:1px solid rgb(238, 238, 238);text-align:right;font-size:12px';
const S_P =
  'display:block;font-size:18px;line-height:30px;margin:0px 0px 20px;font-family:Georgia, serif;color:rgb(17, 17, 17)';

function outbound(path: string): string {
  return `https://archive.ph/o/${ID}/https%3A//www.washingtonpost.com/${path}`;
}

function megaMenu(w: PageWriter, sections: number, links: number): void {
  w.push(`<nav style="${S_BLOCK}"><ul style="${S_BLOCK}">`, 2);
  for (let s = 0; s < sections; s++) {
    w.push(
      `<li style="${S_BLOCK}"><a style="${S_LINK}" href="${outbound(`section-${s}/`)}">${w.words(1)}</a><div style="${S_HIDDEN}"><ul style="${S_BLOCK}">`,
      4,
    );
    for (let l = 0; l < links; l++)
      w.push(
        `<li style="${S_BLOCK}"><a style="${S_LINK}" href="${outbound(`section-${s}/${l}/`)}">` +
          `<span style="font-weight:400">${w.words(2)}</span></a></li>`,
        3,
      );
    w.push('</ul></div></li>', 0);
  }
  w.push('</ul></nav>', 0);
}

function storyCard(w: PageWriter, n: number): void {
  const href = outbound(`story/${n}/`);
  w.push(
    `<div style="${S_BLOCK};width:240px;float:left"><a style="${S_LINK}" href="${href}">` +
      `<img style="${S_IMG}" src="https://${IMG_HOST}/${ID}/${w.hex()}.jpg" alt=""/></a>` +
      `<div style="${S_BLOCK};font-weight:700"><a style="${S_LINK}" href="${href}">${w.words(7)}</a></div>` +
      `<span style="font-size:11px;color:rgb(119, 119, 119)">${w.int(59) + 1} min ago</span></div>`,
    6,
  );
}

/** Story grids: a heading and `cards` cards per section. */
function storySections(w: PageWriter, sections: number, cards: number, first: number): void {
  for (let s = 0; s < sections; s++) {
    w.push(`<div style="${S_BLOCK};clear:both"><h2 style="font-size:20px;margin:12px 0px">${w.words(2)}</h2>`, 2);
    for (let c = 0; c < cards; c++) storyCard(w, first + s * cards + c);
    w.push('</div>', 0);
  }
}

function adSlot(w: PageWriter, n: number): void {
  w.push(
    `<div style="${S_BLOCK};text-align:center"><div style="font-size:10px;color:rgb(153, 153, 153)">Advertisement</div>` +
      `<div style="width:300px;height:250px"><a style="${S_LINK}" href="https://archive.ph/o/${ID}/https%3A//ads.example/click?slot=${n}">` +
      `<img style="width:300px;height:250px" src="https://${IMG_HOST}/${ID}/${w.hex()}.gif"/></a></div></div>`,
    5,
  );
}

function marketTables(w: PageWriter, tables: number, rows: number): void {
  for (let t = 0; t < tables; t++) {
    w.push(`<table style="border-collapse:collapse;font-size:12px"><tbody style="display:table-row-group">`, 2);
    for (let r = 0; r < rows; r++) {
      const sym = String.fromCharCode(65 + w.int(26), 65 + w.int(26), 65 + w.int(26));
      w.push(
        `<tr style="display:table-row"><td style="${S_CELL}"><a style="${S_LINK}" href="${outbound(`markets/${sym}`)}">${sym}</a></td>` +
          `<td style="${S_CELL}">${(w.int(100000) / 100).toFixed(2)}</td><td style="${S_CELL}">` +
          `${w.int(2) ? '+' : '-'}${(w.int(500) / 100).toFixed(2)}%</td><td style="${S_CELL}">${w.int(90000)}</td><td style="${S_CELL}">` +
          `<span style="color:rgb(0, 128, 0)">▲</span></td></tr>`,
        7,
      );
    }
    w.push('</tbody></table>', 0);
  }
}

/** One reader comment: author line, a short text nested as comment widgets nest it, action buttons. */
function comment(w: PageWriter, n: number): void {
  w.push(
    `<div style="${S_BLOCK};border-top:1px solid rgb(221, 221, 221)"><div style="${S_BLOCK}">` +
      `<img style="width:32px;height:32px;border-radius:16px" src="https://${IMG_HOST}/${ID}/${w.hex()}.png" alt=""/>` +
      `<a style="${S_LINK};font-weight:700" href="${outbound(`people/user${n}/`)}">user${n}</a>` +
      `<span style="font-size:11px;color:rgb(119, 119, 119)">${w.int(23) + 1} hours ago</span></div>` +
      `<div style="${S_BLOCK}"><div style="margin:0px"><div style="margin:0px"><div style="${S_BLOCK}">${w.words(8 + w.int(9))}</div></div></div></div>` +
      `<div style="${S_BLOCK};font-size:12px"><button style="font-size:12px">Reply</button><button style="font-size:12px">Share</button>` +
      `<button style="font-size:12px">Report</button><span style="font-size:12px">${w.int(200)} likes</span></div></div>`,
    14,
  );
}

function sitemap(w: PageWriter, columns: number, links: number): void {
  w.push(`<footer style="${S_BLOCK};background-color:rgb(34, 34, 34)">`, 1);
  for (let c = 0; c < columns; c++) {
    w.push(`<ul style="${S_BLOCK};display:inline-block">`, 1);
    for (let l = 0; l < links; l++)
      w.push(
        `<li style="display:block;margin:0px 8px">` +
          `<a style="color:rgb(204, 204, 204);font-size:11px" href="${outbound(`sitemap/${c}/${l}/`)}">${w.words(2)}</a></li>`,
        2,
      );
    w.push('</ul>', 0);
  }
  w.push('</footer>', 0);
}

function article(w: PageWriter, truth: Truth): void {
  w.push(
    `<main style="${S_BLOCK};max-width:700px;margin:0px auto;float:left"><article style="display:block"><header style="display:block">` +
      `<h1 style="font-size:40px;line-height:46px;font-family:Georgia, serif">${truth.title}</h1>`,
    4,
  );
  w.push(
    `<div style="${S_BLOCK}"><span style="font-size:14px">By <a style="${S_LINK}" href="${outbound('people/philip-rucker/')}">` +
      `Philip Rucker</a> and <a style="${S_LINK}" href="${outbound('people/karen-deyoung/')}">Karen DeYoung</a></span> <span style="font-size:14px">` +
      `May 16, 2017</span></div></header><div style="display:block;margin:0px">`,
    6,
  );
  truth.paragraphs.forEach((p, i) => {
    w.push(`<div style="${S_P}">${p}</div>`, 1);
    if (i === 3)
      w.push(
        `<div style="${S_BLOCK}">` +
          `<img style="width:680px;height:453px" src="https://${IMG_HOST}/${ID}/${w.hex()}.jpg" alt="President Trump meets Russian Foreign Minister` +
          ` Sergei Lavrov"/><div style="font-size:13px;color:rgb(102, 102, 102)">(The Washington Post)</div></div>`,
        3,
      );
  });
  w.push('</div></article></main>', 0);
}

/**
 * The captured page with about `target` elements: a mega-menu, a hidden mobile menu (archive.today keeps hidden
 * elements, with display:none), story grids and ad slots before the article; a rail of market tables and more
 * stories, ten threads of reader comments, "more stories" grids (to make up the count) and a sitemap footer after it.
 */
export function capturedPage(truth: Truth, target: number): { html: string; elements: number } {
  const w = new PageWriter();
  const k = target / 200_000;
  const n = (x: number): number => Math.max(1, Math.round(x * k));
  megaMenu(w, n(40), 60);
  w.push(`<div style="${S_HIDDEN}">`, 1);
  megaMenu(w, n(150), 60);
  w.push('</div>', 0);
  w.push(`<div style="${S_BLOCK}">`, 1);
  storySections(w, n(250), 12, 0);
  for (let i = 0; i < n(800); i++) adSlot(w, i);
  w.push('</div>', 0);
  article(w, truth);
  w.push(`<aside style="${S_BLOCK};float:right;width:300px">`, 1);
  marketTables(w, n(60), 50);
  storySections(w, n(150), 10, 100_000);
  w.push('</aside>', 0);
  const footer = new PageWriter();
  sitemap(footer, n(80), 100);
  w.push(`<section style="${S_BLOCK};clear:both"><h2 style="font-size:20px">Comments</h2>`, 2);
  for (let t = 0, c = 0; t < n(10); t++) {
    w.push(`<div style="${S_BLOCK}">`, 1);
    for (let i = 0; i < 20; i++) comment(w, c++);
    w.push('</div>', 0);
  }
  w.push('</section>', 0);
  // The rest of the element budget: "more stories" grids, as endless-scroll pages leave them in the DOM.
  w.push(`<aside style="${S_BLOCK};clear:both">`, 1);
  for (let s = 0; w.elements + footer.elements + 80 <= target; s++) storySections(w, 1, 12, 200_000 + s * 12);
  w.push('</aside>', 0);
  w.push(footer.parts.join('\n'), footer.elements);
  while (w.elements < target) w.push('<br/>', 1);
  return { html: w.parts.join('\n'), elements: w.elements };
}

/** The archive.today shell around the captured page (as in the reference fixture, trimmed). */
export function snapshotPage(truth: Truth, body: string): string {
  const captured = '2017-07-19T22:03:03Z';
  return [
    '<!DOCTYPE html>' +
      '<html style="background-color:#EEEEEE" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope' +
      ' itemtype="http://schema.org/Article"><head>',
    '<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/><meta property="og:type" content="article"/>' +
      '<meta property="og:site_name" content="archive.ph"/>',
    `<meta property="og:url" content="${URL_OF_PAGE}" itemprop="url"/><meta property="article:published_time" content="${captured}" itemprop="dateCreated"/>`,
    `<link rel="canonical" href="${URL_OF_PAGE}"/><link rel="bookmark" href="http://archive.today/20170719220303/${truth.originalUrl}"/><title>` +
      `${truth.title}</title></head>`,
    '<body style="margin:0;background-color:#EEEEEE"><center><div id="HEADER" style="font-family:sans-serif;background-color:#FFFAE1"><table><tr>',
    '<td><a href="https://archive.today/"><div>archive.today</div><div>webpage capture</div></a></td><td>Saved from</td>',
    `<td><form action="https://archive.ph/search/" method="get"><input type="text" name="q" value="${truth.originalUrl}"/>` +
      `<input type="hidden" name="id" value="${ID}"/></form></td>`,
    `<td><time itemprop="pubdate" datetime="${captured}">19 Jul 2017 22:03:03 UTC</time></td></tr></table>`,
    `<div id="DIVSHARE" style="display:none"><input id="SHARE_SHORTLINK" value="${URL_OF_PAGE}"/>` +
      `<input id="SHARE_LONGLINK" value="http://archive.today/2017.07.19-220303/${truth.originalUrl}"/></div></div>`,
    '<div id="SOLID"><div id="CONTENT" style="background-color:white;position:relative;width:1024px">',
    '<div class="html1" style="width: 1024px;position: relative"><div class="html" style="text-align:left">',
    `<div class="body" style="text-align:left;color:rgb(17, 17, 17);font-family:Georgia, serif">\n${body}\n</div>`,
    '</div></div><div style="position:absolute;right:1028px"><table id="hashtags"><tr><td id="0%"><a href="#0%">0%</a></td></tr><tr><td id="100%">' +
      '<a href="#100%">100%</a></td></tr></table></div>',
    '<script type="text/javascript">function showDivShare() {}</script></div></div></center></body></html>',
  ].join('\n');
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

// ── Measuring (child process) ────────────────────────────────────────────────────────────────────────────────────

/** Samples the process's RSS every 5 ms into a shared slot (KB); the main thread is busy in synchronous code. */
function rssSampler(): void {
  const slot = new Int32Array(workerData as SharedArrayBuffer);
  const tick = (): void => {
    const kb = Math.round(process.memoryUsage.rss() / 1024);
    if (kb > Atomics.load(slot, 0)) Atomics.store(slot, 0, kb);
    if (Atomics.load(slot, 1) === 0) setTimeout(tick, 5);
  };
  tick();
  parentPort?.postMessage('started');
}

interface Phase {
  name: string;
  /** `performance.now()` at start and end (ms). */
  start: number;
  end: number;
  seconds: number;
  /** CPU time of the process during the phase (the machine may be shared: this is the work done). */
  cpuSeconds: number;
  /** Heap used at the end of the phase, and peak RSS during it (MB). */
  heapAfterMb: number;
  peakRssMb: number;
}

export interface ScenarioResult {
  scenario: Scenario;
  bytes: number;
  elements: number;
  bodyElements: number;
  result: string;
  title: string | null;
  wordCount: number | null;
  /** How many of the reference article's paragraphs the extracted text holds, of how many. */
  paragraphsFound: number;
  paragraphsTotal: number;
  eventLoopUtilization: number;
  /** `performance.now()` when `gc()` was called first (aligns the GC trace's clock with ours). */
  gcMark: number;
  phases: Phase[];
}

async function child(scenario: Scenario, fixtureDir: string, target: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});
  const sab = new SharedArrayBuffer(8);
  const slot = new Int32Array(sab);
  const sampler = new Worker(new URL(import.meta.url), { workerData: sab });
  await new Promise((resolve) => sampler.once('message', resolve));
  const phases: Phase[] = [];
  const gcMark = performance.now();
  gc();

  const phase = <T>(name: string, run: () => T): T => {
    gc();
    Atomics.store(slot, 0, 0);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const value = run();
    const end = performance.now();
    const used = process.cpuUsage(cpu);
    phases.push({
      name,
      start,
      end,
      seconds: (end - start) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      heapAfterMb: process.memoryUsage().heapUsed / 2 ** 20,
      peakRssMb: Atomics.load(slot, 0) / 1024,
    });
    return value;
  };

  const truth = JSON.parse(readFileSync(path.join(fixtureDir, 'truth.json'), 'utf8')) as Truth;
  const html = phase('generate', () => snapshotPage(truth, capturedPage(truth, target).html));
  const doc = phase('parse', () => parseHtml(html, URL_OF_PAGE));
  const elements = doc.getElementsByTagName('*').length;
  const bodyElements = doc.querySelector('#CONTENT div.body')?.getElementsByTagName('*').length ?? 0;
  const elu = performance.eventLoopUtilization();
  const report = phase('extract', () => extractWithReport(doc, URL_OF_PAGE));
  const busy = performance.eventLoopUtilization(elu);
  Atomics.store(slot, 1, 1);
  await sampler.terminate();

  const result: ScenarioResult = {
    scenario,
    bytes: Buffer.byteLength(html),
    elements,
    bodyElements,
    result: report.article ? 'article' : `failure: '${report.failure}'`,
    title: report.article?.title ?? null,
    wordCount: report.article?.wordCount ?? null,
    paragraphsFound: truth.paragraphs.filter((p) => collapse(report.article?.text ?? '').includes(collapse(p))).length,
    paragraphsTotal: truth.paragraphs.length,
    eventLoopUtilization: busy.utilization,
    gcMark,
    phases,
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
}

// ── Reporting (parent) ───────────────────────────────────────────────────────────────────────────────────────────

interface GcEvent {
  isolate: string;
  ms: number;
  kind: string;
  beforeMb: number;
  afterMb: number;
  testing: boolean;
}

const GC_LINE =
  /^\[\d+:(0x[0-9a-f]+)\]\s+(\d+) ms: ([A-Za-z -]+?(?: \([a-z]+\))?) ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB.*$/;

function parseGcTrace(out: string): GcEvent[] {
  const events: GcEvent[] = [];
  for (const line of out.split('\n')) {
    const m = GC_LINE.exec(line);
    if (m)
      events.push({
        isolate: m[1]!,
        ms: Number(m[2]),
        kind: m[3]!,
        beforeMb: Number(m[4]),
        afterMb: Number(m[6]),
        testing: line.includes('testing'),
      });
  }
  return events;
}

function runChild(
  scenario: Scenario,
  fixtureDir: string,
  target: number,
): Promise<{ result: ScenarioResult; gc: GcEvent[] }> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const childArgs = [
      '--expose-gc',
      '--trace-gc',
      self,
      '--child',
      scenario,
      '--fixtures',
      fixtureDir,
      '--elements',
      String(target),
    ];
    const proc = spawn(process.execPath, childArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (d: string) => (out += d));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) return reject(new Error(`${scenario}: child exited with ${code}\n${out.slice(-2000)}`));
      resolve({ result: JSON.parse(line.slice(7)) as ScenarioResult, gc: parseGcTrace(out) });
    });
  });
}

/** Peak heap of each phase: the largest heap before any collection in it, or at its end. */
function peakHeaps(result: ScenarioResult, gc: GcEvent[]): Map<string, number> {
  // The main isolate is the one that collected the most; the sampler thread's isolate is tiny.
  const byIsolate = new Map<string, number>();
  for (const e of gc) byIsolate.set(e.isolate, Math.max(byIsolate.get(e.isolate) ?? 0, e.beforeMb));
  const main = [...byIsolate].sort((a, b) => b[1] - a[1])[0]?.[0];
  const events = gc.filter((e) => e.isolate === main);
  const mark = events.find((e) => e.testing);
  const offset = mark ? mark.ms - result.gcMark : 0;
  const peaks = new Map<string, number>();
  for (const p of result.phases) {
    let peak = p.heapAfterMb;
    for (const e of events)
      if (e.ms >= p.start + offset - 1 && e.ms <= p.end + offset + 1) peak = Math.max(peak, e.beforeMb);
    peaks.set(p.name, peak);
  }
  return peaks;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const fixtureIndex = argv.indexOf('--fixtures');
  const fixtureDir = fixtureIndex >= 0 ? argv[fixtureIndex + 1]! : path.resolve('test/fixtures/wapo-2017-oval-office');
  const elementsIndex = argv.indexOf('--elements');
  const bigTarget = elementsIndex >= 0 ? Number(argv[elementsIndex + 1]) || TARGETS.big : TARGETS.big;
  const writeIndex = argv.indexOf('--write');
  if (writeIndex >= 0) {
    // The same page for the browser test (test/e2e/big-page.test.mjs), which serves it at its archive address.
    const truth = JSON.parse(readFileSync(path.join(fixtureDir, 'truth.json'), 'utf8')) as Truth;
    const target = argv.includes('--too-large') ? TARGETS['too-large'] : bigTarget;
    writeFileSync(argv[writeIndex + 1]!, snapshotPage(truth, capturedPage(truth, target).html));
    return;
  }
  const childIndex = argv.indexOf('--child');
  if (childIndex >= 0) return child(argv[childIndex + 1] as Scenario, fixtureDir, bigTarget);

  const onlyIndex = argv.indexOf('--only');
  const scenarios: Scenario[] = onlyIndex >= 0 ? [argv[onlyIndex + 1] as Scenario] : ['big', 'too-large'];
  const json: unknown[] = [];
  for (const scenario of scenarios) {
    const { result, gc } = await runChild(scenario, fixtureDir, scenario === 'big' ? bigTarget : TARGETS[scenario]);
    const peaks = peakHeaps(result, gc);
    const byName = new Map(result.phases.map((p) => [p.name, p]));
    const parse = byName.get('parse')!;
    const extract = byName.get('extract')!;
    const peakHeap = Math.max(...peaks.values());
    const peakRss = Math.max(...result.phases.map((p) => p.peakRssMb));
    json.push({ ...result, peakHeapMb: Object.fromEntries(peaks) });
    console.log(`${scenario === 'big' ? 'big page' : 'page above the element limit'} (${result.scenario}):`);
    console.log(
      `  ${(result.bytes / 2 ** 20).toFixed(1)} MB, ${fmt(result.elements)} elements (${fmt(result.bodyElements)} in the captured page;` +
        ` limit ${fmt(DEFAULT_MAX_ELEMENTS)})`,
    );
    const found = result.title
      ? ` "${result.title.slice(0, 60)}", ${fmt(result.wordCount ?? 0)} words,` +
        ` ${result.paragraphsFound}/${result.paragraphsTotal} article paragraphs`
      : '';
    console.log(
      `  parse ${parse.seconds.toFixed(2)} s (${parse.cpuSeconds.toFixed(2)} s CPU), extraction ${extract.seconds.toFixed(2)} s` +
        ` (${extract.cpuSeconds.toFixed(2)} s CPU) → ${result.result}${found}`,
    );
    console.log(
      `  peak heap ${peakHeap.toFixed(0)} MB (generate ${peaks.get('generate')!.toFixed(0)}, parse ${peaks.get('parse')!.toFixed(0)}, extract` +
        ` ${peaks.get('extract')!.toFixed(0)} MB); ` +
        `heap after extraction ${extract.heapAfterMb.toFixed(0)} MB; peak RSS ${peakRss.toFixed(0)} MB (during extraction ${extract.peakRssMb.toFixed(0)} MB)`,
    );
    console.log(
      `  event-loop utilisation during extraction ${result.eventLoopUtilization.toFixed(2)} (synchronous: the thread that runs it is` +
        ` blocked for ${extract.seconds.toFixed(2)} s)`,
    );
  }
  if (argv.includes('--json')) console.log(JSON.stringify(json, null, 2));
}

if (isMainThread && !process.env.BIG_PAGE_LIBRARY) await main();
else if (!process.env.BIG_PAGE_LIBRARY) rssSampler();
