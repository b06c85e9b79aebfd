// The hostile snapshot corpus (test/hostile/, 51 pages) through the built extension in headless Chromium: each page
// is served at its archive address, copied by the extension, shown in the popup and opened in the reader. In
// the extension's pages no payload may run (a trap function and a dialog handler stay untouched), no request may
// leave for a host outside the case's archive image hosts, and the story's own sentences must show.
// Run: node build.mjs && node --test test/e2e/hostile.test.mjs
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { normalise } from './fixture.mjs';
import { launchChromium } from './chromium-harness.mjs';
import { localPath } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { loadHostileCases } = await import(path.resolve(here, '../../dist/test-hostile-cases.mjs'));
const CASES = loadHostileCases(path.resolve(here, '../hostile'));

/**
 * The archive tab runs whatever the archive serves: that is the site's page, not the extension's. Its own scripts
 * are switched off so that a trap firing can only mean a payload ran where the extension put it.
 */
const PAGE_CSP = { 'content-security-policy': "script-src 'none'" };

const pages = Object.fromEntries(CASES.map((c) => [new URL(c.url).pathname, { body: c.bytes, headers: PAGE_CSP }]));

let harness;
/** Every trap call, dialog and http(s) request made by an extension page or the service worker. */
const seen = { traps: [], dialogs: [], requests: [] };

const isExtensionPage = (page) => page.url().startsWith('chrome-extension://');

function watch(page) {
  page.on('dialog', (dialog) => {
    if (isExtensionPage(page)) seen.dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    const m = /^__arTrap fired: (.*)$/.exec(message.text());
    if (m && isExtensionPage(page)) seen.traps.push(`${page.url()}: ${m[1]}`);
  });
}

function onRequest(request) {
  const url = request.url();
  if (!/^https?:/i.test(url)) return;
  let from = 'service worker';
  try {
    const frame = request.frame();
    from = frame.page()?.url() ?? frame.url();
    if (!from.startsWith('chrome-extension://')) return; // the archive tab's own requests
  } catch {
    // Requests of the service worker have no frame.
  }
  seen.requests.push({ url, from });
}

/** Hosts a case allows: its archive image hosts (and the mirror itself). */
function unexpected(requests, allowedHosts) {
  return requests.filter(({ url }) => !allowedHosts.includes(new URL(url).hostname));
}

async function readCase(c) {
  const before = { traps: seen.traps.length, dialogs: seen.dialogs.length, requests: seen.requests.length };
  const tab = await harness.context.newPage();
  await tab.goto(c.url, { waitUntil: 'load', timeout: 60_000 });
  const tabId = await harness.tabIdOf(c.url);
  const popup = await harness.openPopupFor(c.url, tabId);
  await popup.waitForSelector('#preview:not([hidden]), #empty:not([hidden])', { timeout: 30_000 });
  assert.ok(
    await popup.isVisible('#preview'),
    `${c.id}: the popup found no article (${normalise(await popup.innerText('body'))})`,
  );
  const title = normalise(await popup.textContent('#preview-title'));
  assert.ok(title.length > 0, `${c.id}: the popup shows no title`);

  const reader = await harness.nextReaderPage(() => popup.getByRole('button', { name: 'Reader view' }).click());
  // The trap is in place in the reader: a payload that ran would have been seen.
  assert.equal(await reader.evaluate(() => typeof window.__arTrap), 'function', 'the trap is installed in the reader');
  const shown = normalise(await reader.innerText('body'));
  for (const sentence of c.expectedText)
    assert.ok(shown.includes(normalise(sentence)), `${c.id}: the reader lacks "${sentence.slice(0, 70)}…"`);
  // Give late payloads (timers, lazy images, animations) a moment to fire.
  await reader.waitForTimeout(150);
  const trapped = await Promise.all([popup, reader].map((p) => p.evaluate(() => window.__arTrapped ?? [])));

  await Promise.all([tab.close(), popup.close(), reader.close()]);
  return {
    traps: [...seen.traps.slice(before.traps), ...trapped.flat().map((n) => `trap ${n}`)],
    dialogs: seen.dialogs.slice(before.dialogs),
    requests: seen.requests.slice(before.requests),
  };
}

describe(`hostile corpus in Chromium (${CASES.length} snapshots)`, () => {
  before(async () => {
    harness = await launchChromium({ pages });
    // Installed in every page before its own scripts: a payload that calls it leaves a mark and a console line.
    await harness.context.addInitScript(() => {
      window.__arTrapped = [];
      window.__arTrap = (n) => {
        window.__arTrapped.push(String(n));
        console.log(`__arTrap fired: ${n}`);
      };
    });
    // A snapshot may refresh its tab to another site (a <meta http-equiv="refresh"> in the captured body): that is
    // the archive page's own doing. A navigation answered "204 No Content" never commits, so the tab stays on the
    // snapshot and the extension still reads it.
    await harness.context.route(/^https?:\/\//, (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && !localPath(request.url())) return route.fulfill({ status: 204, body: '' });
      return route.fallback();
    });
    harness.context.on('page', watch);
    for (const page of harness.context.pages()) watch(page);
    harness.context.on('request', onRequest);
  });

  after(async () => {
    await harness?.close();
  });

  test('control: the payloads are live where nothing protects the page', async () => {
    // The first case served with its scripts allowed, at the test server's own address: the trap must fire there,
    // or the checks below could not fail.
    const c = CASES.find((x) => x.id === 'script-elements');
    const page = await harness.context.newPage();
    await harness.context.route(`${harness.server.origin}/control.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: Buffer.from(c.bytes) }),
    );
    await page.goto(`${harness.server.origin}/control.html`);
    await page.waitForTimeout(200);
    const trapped = await page.evaluate(() => window.__arTrapped);
    await page.close();
    assert.ok(trapped.length > 0, 'no payload ran on the unprotected page');
  });

  test("control: the request log sees the extension pages' own requests", async (t) => {
    // The reader of the first case loads the story's images from the archive's image host: the log must show them,
    // or "no foreign request" below would prove nothing.
    const c = CASES.find((x) => x.id === 'script-elements');
    const result = await readCase(c);
    const images = result.requests.filter(({ url }) => c.allowedHosts.includes(new URL(url).hostname));
    t.diagnostic(
      `${result.requests.length} requests from extension pages, ${images.length} to the archive's image host`,
    );
    assert.ok(images.length > 0, 'no image request from the reader was logged');
  });

  for (const c of CASES) {
    test(`${c.id}: no script, no foreign request, the story shows`, async () => {
      const result = await readCase(c);
      assert.deepEqual(result.traps, [], `${c.id}: trap fired`);
      assert.deepEqual(result.dialogs, [], `${c.id}: dialog opened`);
      const foreign = unexpected(result.requests, c.allowedHosts);
      assert.deepEqual(foreign, [], `${c.id}: requests outside ${c.allowedHosts.join(', ')}`);
    });
  }
});
