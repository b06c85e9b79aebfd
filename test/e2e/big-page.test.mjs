// Huge snapshots in the built extension (headless Chromium): the big-page benchmark's ~20 MB, 200,000-element page
// and a page above the core's element limit, served at archive addresses. The popup must show the article or a clear
// message, never hang, and the archive tab must stay responsive.
// Run: node build.mjs && node --test test/e2e/big-page.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { normalise, truth } from './fixture.mjs';
import { launchChromium } from './chromium-harness.mjs';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const BENCH = path.resolve(here, '../../dist/bench-big.mjs');
const BIG_URL = 'https://archive.ph/Bg20M';
const TOO_LARGE_URL = 'https://archive.ph/Bg25X';
/** The popup's wait limit (READ_WAIT_MS in src/extension/shared/tab-extraction.ts) and a margin for a slow machine. */
const POPUP_ANSWER_MS = 10_000 + 5_000;

let harness;
let dir;

async function openSnapshot(url) {
  const tab = await harness.context.newPage();
  const started = Date.now();
  await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return { tab, loadMs: Date.now() - started };
}

/** Opens the popup and waits for whatever it shows first: the preview or a message. */
async function popupAnswer(url) {
  const started = Date.now();
  const popup = await harness.openPopupFor(url);
  await popup.waitForSelector('#preview:not([hidden]), #empty:not([hidden])', { timeout: POPUP_ANSWER_MS });
  return { popup, ms: Date.now() - started };
}

/**
 * Asks the tab for a trivial answer again and again while `during` runs; returns the longest wait. The content script
 * reads the page at idle time just after load, in phases with a turn for the tab between them.
 */
async function longestStall(tab, during) {
  let longest = 0;
  let done = false;
  const memory = await memoryProbe(tab);
  const pinging = (async () => {
    while (!done) {
      const started = Date.now();
      await tab.evaluate(() => 1).catch(() => undefined);
      longest = Math.max(longest, Date.now() - started);
      await memory.sample();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const value = await during();
  done = true;
  await pinging;
  await memory.sample();
  return { value, longest, memory: memory.report() };
}

/**
 * The tab's JavaScript heap (page and content script share it) and its DOM node count, through the DevTools
 * protocol: when sampling starts and the largest seen while it goes on.
 */
async function memoryProbe(tab) {
  const cdp = await harness.context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { heapMb: value('JSHeapUsedSize') / 1e6, nodes: value('Nodes') };
  };
  const first = await read();
  const peak = { ...first };
  return {
    async sample() {
      const now = await read().catch(() => null);
      if (!now) return;
      peak.heapMb = Math.max(peak.heapMb, now.heapMb);
      peak.nodes = Math.max(peak.nodes, now.nodes);
    },
    report: () =>
      `tab JS heap ${first.heapMb.toFixed(0)} MB when the popup opened, peak ${peak.heapMb.toFixed(0)} MB while it waited; DOM nodes ${first.nodes} → peak ${peak.nodes} (the core's clean copy included)`,
  };
}

/**
 * Records every long task (over 50 ms) of each page from its start, with a PerformanceObserver('longtask'), in the
 * page's main world (an init script, which the snapshot's own policy does not bind).
 */
function recordLongTasks() {
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) globalThis.__longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask' });
  // A page's thread may also be held by another page's task (in Chrome every extension page, the offscreen document
  // included, shares one thread): the longest wait between two ticks of a 50 ms timer sees that too.
  globalThis.__longestGap = 0;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    globalThis.__longestGap = Math.max(globalThis.__longestGap, Math.round(now - last - 50));
    last = now;
  }, 50);
}

/** The longest task a page has run since the recording started, how many went over 50 ms, and its longest stall. */
async function longTasks(page) {
  const tasks = (await page.evaluate(() => globalThis.__longTasks ?? null).catch(() => null)) ?? [];
  const stall = await page.evaluate(() => globalThis.__longestGap ?? 0).catch(() => 0);
  return { longest: Math.max(0, ...tasks), count: tasks.length, stall };
}

/** The tab answers a script within a second: nothing left it frozen. */
async function assertResponsive(tab) {
  const started = Date.now();
  const answer = await Promise.race([
    tab.evaluate(() => document.readyState),
    new Promise((resolve) => setTimeout(() => resolve('frozen'), 5_000)),
  ]);
  assert.equal(answer, 'complete', 'the archive tab does not answer');
  return Date.now() - started;
}

describe('huge snapshots in Chromium', () => {
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'archive-reader-big-'));
    const big = path.join(dir, 'big.html');
    const tooLarge = path.join(dir, 'too-large.html');
    await run(process.execPath, [BENCH, '--write', big]);
    await run(process.execPath, [BENCH, '--write', tooLarge, '--too-large']);
    // The pages hold ~20,000 images: each would pass through request routing one by one, which tests the harness,
    // not the extension. The tab is told not to load images (nor run the archive's scripts); the content script,
    // which the page's policy does not bind, reads the same DOM.
    const headers = { 'content-security-policy': "img-src 'none'; script-src 'none'" };
    harness = await launchChromium({
      pages: {
        '/Bg20M': { body: () => readFile(big), headers },
        '/Bg25X': { body: () => readFile(tooLarge), headers },
      },
    });
    await harness.context.addInitScript(recordLongTasks);
  });

  after(async () => {
    await harness?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('a 20 MB, 200,000-element snapshot: the popup shows its article or a message, the tab stays responsive', async (t) => {
    const { tab, loadMs } = await openSnapshot(BIG_URL);
    // Only the tasks from the popup's opening on: the page's own loading is not the extension's.
    await tab.evaluate(() => {
      globalThis.__longTasks = [];
    });
    const {
      value: { popup, ms },
      longest,
      memory,
    } = await longestStall(tab, () => popupAnswer(BIG_URL));
    t.diagnostic(memory);
    const pingMs = await assertResponsive(tab);
    const shown = await popup.evaluate(() => ({ ...document.documentElement.dataset }));
    // The tab only copies its page (shared/page-copy.ts, one serialisation); the popup parses the copy and reads it,
    // yielding between the extraction's phases. The 200 ms target is reported here, not asserted: on a shared
    // 2-core machine a task's length depends on the load (see docs/testing.md).
    const [inTab, inPopup] = [await longTasks(tab), await longTasks(popup)];
    t.diagnostic(
      `longest task in the tab ${inTab.longest} ms (${inTab.count} over 50 ms); in the popup ${inPopup.longest} ms (${inPopup.count} over 50 ms); target: none over 200 ms. Longest stall of the popup's timers ${inPopup.stall} ms (the extension's shared thread)`,
    );
    if (await popup.isVisible('#preview')) {
      assert.equal(normalise(await popup.textContent('#preview-title')), truth.title);
      t.diagnostic(
        `article shown ${ms} ms after the popup opened (page load ${loadMs} ms, extraction in the tab ${shown.extractionMs ?? '?'} ms, tab answered in ${pingMs} ms afterwards; its longest stall while reading ${longest} ms)`,
      );
    } else {
      const message = normalise(await popup.textContent('#empty-title'));
      assert.match(message, /very large|taking long/);
      t.diagnostic(`message "${message}" after ${ms} ms (page load ${loadMs} ms)`);
    }
    await Promise.all([popup.close(), tab.close()]);
  });

  test('a snapshot above the element limit: "page too large" at once, and "Try anyway" answers without a hang', async (t) => {
    const { tab, loadMs } = await openSnapshot(TOO_LARGE_URL);
    const { popup, ms } = await popupAnswer(TOO_LARGE_URL);
    assert.ok(await popup.isVisible('#empty'), 'the page above the limit was read as if it were small');
    assert.equal(normalise(await popup.textContent('#empty-title')), 'This page is very large');
    t.diagnostic(`"too large" shown ${ms} ms after the popup opened (page load ${loadMs} ms)`);

    const started = Date.now();
    await popup.getByRole('button', { name: 'Try anyway' }).click();
    await popup.waitForFunction(
      () =>
        !document.getElementById('preview').hidden ||
        /still|long/i.test(
          document.getElementById('empty-title').textContent + document.getElementById('empty-detail').textContent,
        ),
      null,
      { timeout: POPUP_ANSWER_MS },
    );
    if (await popup.isVisible('#preview'))
      assert.equal(normalise(await popup.textContent('#preview-title')), truth.title);
    t.diagnostic(
      `"Try anyway" answered in ${Date.now() - started} ms: ${(await popup.isVisible('#preview')) ? 'the article' : normalise(await popup.textContent('#empty-title'))}`,
    );
    await assertResponsive(tab);
    await Promise.all([popup.close(), tab.close()]);
  });
});
