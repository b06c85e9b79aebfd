// Verify in the built extension (headless Chromium): the reader compares the archive.ph snapshot with the Wayback
// Machine's capture nearest it, served by request routing (test/e2e/fake-wayback.mjs) — identical, altered by one
// word, no capture (404), and no connection — from the reader's button and the popup's; a Wayback snapshot is
// compared with another capture from the CDX list; the library keeps the check.
// Run: node build.mjs && node --test test/e2e/verify.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SNAPSHOT_URL, artifactPath, assertCleanArticle, normalise } from './fixture.mjs';
import { SETTLE_MS, launchChromium } from './chromium-harness.mjs';
import {
  ALTERED_FROM,
  ALTERED_TO,
  ASKED_TIMESTAMP,
  CAPTURE_TIMESTAMP,
  CAPTURE_URL,
  NEWS_ORIGINAL,
  NEWS_OTHER_TIMESTAMP,
  NEWS_TIMESTAMP,
  ORIGINAL_URL,
  waybackAnswer,
} from './fake-wayback.mjs';
import { WAYBACK_URL } from './server.mjs';

let harness;
/** @type {import('./fake-wayback.mjs').WaybackMode} */
let mode = 'identical';
/** Every request the fake archive answered: its address and whether a cookie went with it. */
const asked = [];

/**
 * Answers Verify's requests in `page` through the DevTools protocol's Fetch domain. Playwright's own routing cannot
 * serve the archive's redirect: the request a fulfilled 302 leads to is not routed again and would go to the network;
 * the protocol's interception pauses it like the first. Everything else continues to the harness's routing.
 */
async function answerAsWayback(page) {
  const cdp = await harness.context.newCDPSession(page);
  // The headers as sent, cookies included (the Fetch domain sees them before the network stack adds cookies).
  const sent = new Map();
  cdp.on('Network.requestWillBeSentExtraInfo', (e) => sent.set(e.requestId, e.headers));
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!/^https:\/\/web\.archive\.org\/(web\/\d{14}id_|cdx)\//.test(e.request.url)) return;
    asked.push({ url: e.request.url, headers: () => ({ ...e.request.headers, ...(sent.get(e.requestId) ?? {}) }) });
  });
  cdp.on('Fetch.requestPaused', async (e) => {
    const answer = await waybackAnswer(e.request.url, mode);
    if (!answer) return cdp.send('Fetch.continueRequest', { requestId: e.requestId }).catch(() => undefined);
    if ('abort' in answer)
      return cdp.send('Fetch.failRequest', { requestId: e.requestId, errorReason: 'InternetDisconnected' });
    return cdp.send('Fetch.fulfillRequest', {
      requestId: e.requestId,
      responseCode: answer.status,
      responseHeaders: Object.entries(answer.headers).map(([name, value]) => ({ name, value })),
      body: Buffer.from(answer.body).toString('base64'),
    });
  });
  await cdp.send('Network.enable');
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: 'https://web.archive.org/*', requestStage: 'Request' }] });
}

/** The header `name` of a recorded request, in any case, or null. */
function header(request, name) {
  const entry = Object.entries(request.headers()).find(([key]) => key.toLowerCase() === name);
  return entry ? entry[1] : null;
}

async function openReaderOn(url) {
  const page = await harness.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  const popup = await harness.openPopupFor(url);
  await popup.waitForSelector('#preview:not([hidden])');
  const reader = await harness.nextReaderPage(() => popup.getByRole('button', { name: 'Reader view' }).click());
  await reader.setViewportSize({ width: 1000, height: 900 });
  return { page, popup, reader };
}

/** Presses Verify and waits for its answer; returns the state the page settled in. */
async function verify(reader) {
  await reader.evaluate(() => delete document.documentElement.dataset.verifyState);
  await reader.getByRole('button', { name: 'Verify' }).click();
  await reader.waitForFunction(
    () => !['running', undefined].includes(document.documentElement.dataset.verifyState),
    null,
    { timeout: 20_000 },
  );
  return reader.evaluate(() => document.documentElement.dataset.verifyState);
}

const status = (reader) => reader.textContent('#verify-status');

describe('Chromium: Verify', () => {
  before(async () => {
    harness = await launchChromium();
    harness.context.on('page', (page) => void answerAsWayback(page).catch(() => undefined));
    // A cookie the archive set earlier must not travel with Verify's requests.
    await harness.context.addCookies([
      { name: 'logged-in-user', value: 'someone', domain: 'web.archive.org', path: '/', secure: true },
    ]);
  });

  after(async () => {
    await harness?.close();
  });

  let reader;

  test('identical: one sentence with a link to the capture the archive redirected to; nothing asked before the click', async () => {
    ({ reader } = await openReaderOn(SNAPSHOT_URL));
    assert.deepEqual(asked, [], 'no request before Verify is pressed');
    const button = reader.getByRole('button', { name: 'Verify' });
    await button.focus();
    assert.equal(
      await reader.evaluate(() => document.activeElement?.id),
      'verify',
      'Verify is reachable from the keyboard',
    );
    mode = 'identical';
    assert.equal(await verify(reader), 'identical');
    assert.equal(await status(reader), 'Same text as the Wayback Machine capture of Jul 20, 2017, 01:15 UTC.');
    assert.equal(await reader.getAttribute('#verify-capture-link', 'href'), CAPTURE_URL);
    assert.deepEqual(
      asked.map((r) => r.url),
      [
        `https://web.archive.org/web/${ASKED_TIMESTAMP}id_/${ORIGINAL_URL}`,
        `https://web.archive.org/web/${CAPTURE_TIMESTAMP}id_/${ORIGINAL_URL}`,
      ],
    );
    for (const request of asked) {
      assert.equal(header(request, 'cookie'), null, `no cookie: ${request.url}`);
      assert.ok(!header(request, 'referer'), `no referrer: ${request.url}`);
    }
    assert.equal(await reader.locator('mark.ar-change').count(), 0);

    // The check is on the article now: the Wikipedia citation offers the Wayback copy as archive-url.
    await reader.getByRole('button', { name: 'Cite' }).click();
    await reader.waitForSelector('#cite-style');
    await reader.selectOption('#cite-style', 'wikipedia');
    await reader.waitForFunction(
      (url) => document.querySelector('#cite-panel')?.textContent?.includes(url),
      CAPTURE_URL,
    );
    await reader.keyboard.press('Escape');
  });

  test('altered: the changed passage side by side, the changed word marked, and marked in the article', async () => {
    mode = 'altered';
    asked.length = 0;
    assert.equal(await verify(reader), 'differs');
    assert.equal(
      await status(reader),
      '1 passage differs from the Wayback Machine capture of Jul 20, 2017, 01:15 UTC.',
    );
    const changes = reader.locator('.verify-change');
    assert.equal(await changes.count(), 1);
    const sideA = normalise(await reader.textContent('.verify-side-a .verify-text'));
    const sideB = normalise(await reader.textContent('.verify-side-b .verify-text'));
    assert.ok(
      sideA.includes(ALTERED_FROM) && sideB.includes(ALTERED_TO),
      `A: ${sideA.slice(0, 80)} / B: ${sideB.slice(0, 80)}`,
    );
    assert.equal(await reader.textContent('.verify-side-a mark.verify-removed'), '10');
    assert.equal(await reader.textContent('.verify-side-b mark.verify-added'), '11');
    // In the article: the passage marked, its changed word more strongly; the text itself unchanged.
    assert.equal(await reader.textContent('.ar-body mark.ar-change-word'), '10');
    assert.ok(normalise(await reader.textContent('.ar-body')).includes(ALTERED_FROM));
    assertCleanArticle(await reader.innerText('.ar-body'), 'reader with marks');

    await reader.emulateMedia({ reducedMotion: 'reduce' }); // scrolls at once: a steady screenshot
    await reader.getByRole('button', { name: 'Show in the article' }).click();
    await reader.waitForFunction(() => document.activeElement?.matches('mark.ar-change'));
    // Scrolled into view (smoothly, unless the user asks for less motion).
    await reader.waitForFunction(() => {
      const box = document.querySelector('mark.ar-change')?.getBoundingClientRect();
      return box && box.top >= 0 && box.bottom <= innerHeight;
    });
    await reader.screenshot({ path: await artifactPath('chromium-reader-verify-marked.png') });
    await reader.evaluate(() => window.scrollTo(0, 0));
    await reader
      .locator('#verify-report')
      .screenshot({ path: await artifactPath('chromium-reader-verify-altered.png') });
    await reader.screenshot({ path: await artifactPath('chromium-reader-verify-altered-page.png') });
    await reader.emulateMedia({ colorScheme: 'dark' });
    await reader
      .locator('#verify-report')
      .screenshot({ path: await artifactPath('chromium-reader-verify-altered-dark.png') });
    await reader.emulateMedia({ colorScheme: 'light' });
  });

  test('no capture (404): said in one sentence, the reader keeps working', async () => {
    mode = 'no-capture';
    assert.equal(await verify(reader), 'no-capture');
    assert.equal(await status(reader), 'The Wayback Machine has no capture of this page.');
    assert.equal(await reader.locator('mark.ar-change').count(), 0, 'earlier marks removed');
    assertCleanArticle(await reader.innerText('.ar-body'), 'reader after a 404');
    await reader.keyboard.press('t');
    assert.ok(await reader.evaluate(() => document.documentElement.dataset.theme), 'shortcuts still work');
    await reader.keyboard.press('t');
    await reader.keyboard.press('t');
    await reader.keyboard.press('t');
  });

  test('no connection: said in one sentence, the reader keeps working', async () => {
    mode = 'offline';
    assert.equal(await verify(reader), 'offline');
    assert.equal(await status(reader), 'Could not reach the Wayback Machine: check the connection and try again.');
    assertCleanArticle(await reader.innerText('.ar-body'), 'reader after a network error');
    assert.equal(await reader.isEnabled('#verify'), true);
  });

  test("the popup's Verify opens the reader and starts Verify there, once", async () => {
    mode = 'identical';
    const popup = await harness.openPopupFor(SNAPSHOT_URL);
    await popup.waitForSelector('#preview:not([hidden])');
    const verified = await harness.nextReaderPage(() => popup.getByRole('button', { name: 'Verify' }).click());
    await verified.waitForFunction(() => document.documentElement.dataset.verifyState === 'identical', null, {
      timeout: 20_000,
    });
    assert.doesNotMatch(verified.url(), /verify=1/, 'a reload does not ask again');
    await verified.close();
    await popup.close();
  });

  test('the library keeps the last verification with the article', async () => {
    mode = 'altered';
    await reader.click('#toggle-save');
    await reader.waitForSelector('#save-panel:not([hidden])');
    await reader.selectOption('#save-format', 'library');
    await reader.click('#save');
    await reader.waitForFunction(() => ['done', 'failed'].includes(document.documentElement.dataset.saveState), null, {
      timeout: 20_000,
    });
    await reader.keyboard.press('Escape');
    assert.equal(await verify(reader), 'differs');
    const stored = await poll(
      reader,
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('archive-reader-library');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('articles').objectStore('articles').getAll();
            all.onsuccess = () => {
              open.result.close();
              resolve(all.result.map((r) => r.article.verification ?? null));
            };
          };
        }),
    );
    assert.equal(stored.length, 1);
    assert.equal(stored[0]?.verdict, 'differs');
    assert.equal(stored[0]?.changes, 1);
    assert.equal(stored[0]?.other.url, CAPTURE_URL);
    assert.equal(stored[0]?.other.service, 'wayback');
    assert.equal(stored[0]?.other.archivedAt, '2017-07-20T01:15:02Z');

    // Read from the library, the article shows the kept check without asking the archive again.
    asked.length = 0;
    const id = await reader.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('archive-reader-library');
          open.onsuccess = () => {
            const keys = open.result.transaction('articles').objectStore('articles').getAllKeys();
            keys.onsuccess = () => resolve(keys.result[0]);
          };
        }),
    );
    const fromLibrary = await harness.context.newPage();
    await fromLibrary.goto(harness.extensionUrl(`reader.html?library=${id}`));
    await fromLibrary.waitForSelector('html[data-ready="true"]');
    assert.match(
      normalise(await fromLibrary.textContent('#verify-result')),
      /^Last verified .+ UTC\. 1 passage differs from the Wayback Machine capture of Jul 20, 2017, 01:15 UTC\.$/,
    );
    assert.equal(await fromLibrary.getAttribute('#verify-capture-link', 'href'), CAPTURE_URL);
    assert.deepEqual(asked, []);
    await fromLibrary.close();
  });

  test('a Wayback snapshot is compared with the nearest other capture of its page, from the CDX list', async () => {
    mode = 'identical';
    asked.length = 0;
    const { reader: wayback } = await openReaderOn(WAYBACK_URL);
    assert.equal(await verify(wayback), 'identical', await status(wayback));
    const cdx = new URL(asked[0].url);
    assert.equal(cdx.pathname, '/cdx/search/cdx');
    assert.equal(cdx.searchParams.get('url'), NEWS_ORIGINAL);
    assert.equal(cdx.searchParams.get('closest'), NEWS_TIMESTAMP);
    assert.equal(asked[1].url, `https://web.archive.org/web/${NEWS_OTHER_TIMESTAMP}id_/${NEWS_ORIGINAL}`);
    assert.match(await status(wayback), /^Same text as the Wayback Machine capture of Apr 2, 2021, 17:44 UTC\.$/);
  });
});

/** Runs `fn` in the page until it gives something. */
async function poll(page, fn) {
  const end = Date.now() + 10_000;
  for (;;) {
    const value = await page.evaluate(fn).catch(() => null);
    if (value && (!Array.isArray(value) || value.every((v) => v))) return value;
    if (Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
