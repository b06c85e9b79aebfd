// Verify in the built extension in headless Firefox ESR (puppeteer-core over WebDriver BiDi): the reader compares
// the archive.ph snapshot with the Wayback Machine's capture nearest it, served by request interception
// (test/e2e/fake-wayback.mjs): identical, altered by one word, no capture (404), no connection; the popup's Verify;
// a Wayback snapshot against the nearest other capture from the CDX list.
// Run: node build.mjs && node --test test/e2e/firefox-verify.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SNAPSHOT_URL, artifactPath, assertCleanArticle, normalise, poll } from './fixture.mjs';
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
import { firefoxSession } from './firefox-harness.mjs';
import { WAYBACK_URL } from './server.mjs';

const SETTLE_MS = 600;

const firefox = firefoxSession();
const { gotoExtensionPage, intercept, nextReaderPage } = firefox;
let browser;
let helper;
let reader;
/** @type {import('./fake-wayback.mjs').WaybackMode} */
let mode = 'identical';
/** Verify's requests as the fake archive saw them. */
const asked = [];

/** The fake archive answers Verify's requests (archive pages and images come from the test server). */
async function respond(url, request) {
  const answer = await waybackAnswer(url, mode);
  if (answer) asked.push({ url, headers: request.headers() });
  return answer;
}

/** Presses Verify (from the keyboard) and waits for its answer; returns the state the page settled in. */
async function verify(page) {
  await page.evaluate(() => delete document.documentElement.dataset.verifyState);
  await page.bringToFront(); // the keys go to the tab in front
  await page.focus('#verify');
  await page.keyboard.press('Enter');
  return poll(
    () =>
      page.evaluate(() => {
        const state = document.documentElement.dataset.verifyState;
        return state && state !== 'running' ? state : null;
      }),
    { what: 'the verification', timeout: 20_000 },
  );
}

const text = (page, selector) => page.$eval(selector, (el) => el.textContent);

describe('Firefox: Verify', () => {
  before(async () => {
    ({ browser, helper } = await firefox.launch({ respond }));

    const snapshot = await browser.newPage();
    await intercept(snapshot);
    await snapshot.goto(SNAPSHOT_URL);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const tabId = await helper.evaluate(async (u) => (await browser.tabs.query({ url: u }))[0]?.id, SNAPSHOT_URL);
    const popup = await browser.newPage();
    await gotoExtensionPage(popup, `popup.html?tabId=${tabId}`);
    await poll(() => popup.$eval('#preview', (el) => !el.hidden), { what: 'the preview' });
    reader = await nextReaderPage(() => popup.click('#open-reader'));
    await reader.setViewport({ width: 1000, height: 900 });
  });

  after(() => firefox.close());

  test('identical: one sentence with a link to the capture the archive redirected to', async () => {
    assert.deepEqual(asked, [], 'no request before Verify is pressed');
    mode = 'identical';
    assert.equal(await verify(reader), 'identical');
    assert.equal(
      await text(reader, '#verify-status'),
      'Same text as the Wayback Machine capture of Jul 20, 2017, 01:15 UTC.',
    );
    assert.equal(await reader.$eval('#verify-capture-link', (a) => a.getAttribute('href')), CAPTURE_URL);
    assert.deepEqual(
      asked.map((r) => r.url),
      [
        `https://web.archive.org/web/${ASKED_TIMESTAMP}id_/${ORIGINAL_URL}`,
        `https://web.archive.org/web/${CAPTURE_TIMESTAMP}id_/${ORIGINAL_URL}`,
      ],
    );
    assert.ok(
      asked.every((r) => !r.headers.cookie),
      'no cookie sent',
    );
  });

  test('altered: the changed passage side by side, the changed word marked, and marked in the article', async () => {
    mode = 'altered';
    assert.equal(await verify(reader), 'differs');
    assert.equal(
      await text(reader, '#verify-status'),
      '1 passage differs from the Wayback Machine capture of Jul 20, 2017, 01:15 UTC.',
    );
    assert.equal((await reader.$$('.verify-change')).length, 1);
    assert.ok(normalise(await text(reader, '.verify-side-a .verify-text')).includes(ALTERED_FROM));
    assert.ok(normalise(await text(reader, '.verify-side-b .verify-text')).includes(ALTERED_TO));
    assert.equal(await text(reader, '.verify-side-a mark.verify-removed'), '10');
    assert.equal(await text(reader, '.verify-side-b mark.verify-added'), '11');
    assert.equal(await text(reader, '.ar-body mark.ar-change-word'), '10');
    await reader.click('.verify-show');
    await poll(() => reader.evaluate(() => document.activeElement?.matches('mark.ar-change')), {
      what: 'the passage focused',
    });
    await reader.evaluate(() => window.scrollTo(0, 0));
    await reader.screenshot({ path: await artifactPath('firefox-reader-verify-altered.png') });
    assertCleanArticle(await reader.$eval('.ar-body', (el) => el.innerText), 'reader with marks');
  });

  test('no capture (404): said in one sentence, the reader keeps working', async () => {
    mode = 'no-capture';
    assert.equal(await verify(reader), 'no-capture');
    assert.equal(await text(reader, '#verify-status'), 'The Wayback Machine has no capture of this page.');
    assert.equal((await reader.$$('mark.ar-change')).length, 0);
    assertCleanArticle(await reader.$eval('.ar-body', (el) => el.innerText), 'reader after a 404');
  });

  test("the popup's Verify opens the reader and starts Verify there", async () => {
    mode = 'identical';
    const tabId = await helper.evaluate(async (u) => (await browser.tabs.query({ url: u }))[0]?.id, SNAPSHOT_URL);
    const popup = await browser.newPage();
    await gotoExtensionPage(popup, `popup.html?tabId=${tabId}`);
    await poll(() => popup.$eval('#verify', (el) => !el.hidden), { what: "the popup's Verify" });
    const verified = await nextReaderPage(() => popup.click('#verify'));
    await poll(() => verified.evaluate(() => document.documentElement.dataset.verifyState === 'identical'), {
      what: 'the verification',
      timeout: 20_000,
    });
    assert.doesNotMatch(await verified.evaluate(() => location.search), /verify=1/);
    await verified.close();
    await popup.close();
  });

  test('no connection: said in one sentence, the reader keeps working', async () => {
    mode = 'offline';
    assert.equal(await verify(reader), 'offline');
    assert.equal(
      await text(reader, '#verify-status'),
      'Could not reach the Wayback Machine: check the connection and try again.',
    );
    assertCleanArticle(await reader.$eval('.ar-body', (el) => el.innerText), 'reader after a network error');
  });

  test('a Wayback snapshot is compared with the nearest other capture of its page, from the CDX list', async () => {
    mode = 'identical';
    asked.length = 0;
    const page = await browser.newPage();
    await intercept(page);
    await page.goto(WAYBACK_URL);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const tabId = await helper.evaluate(
      async (u) => (await browser.tabs.query({})).find((tab) => tab.url === u)?.id,
      WAYBACK_URL,
    );
    const popup = await browser.newPage();
    await gotoExtensionPage(popup, `popup.html?tabId=${tabId}`);
    await poll(() => popup.$eval('#verify', (el) => !el.hidden), { what: "the popup's Verify" });
    const verified = await nextReaderPage(() => popup.click('#verify'));
    const state = await poll(
      () =>
        verified.evaluate(() => {
          const value = document.documentElement.dataset.verifyState;
          return value && value !== 'running' ? value : null;
        }),
      { what: 'the verification', timeout: 20_000 },
    );
    assert.equal(state, 'identical', await text(verified, '#verify-status'));
    const cdx = new URL(asked[0].url);
    assert.equal(cdx.pathname, '/cdx/search/cdx');
    assert.equal(cdx.searchParams.get('url'), NEWS_ORIGINAL);
    assert.equal(cdx.searchParams.get('closest'), NEWS_TIMESTAMP);
    assert.equal(asked[1].url, `https://web.archive.org/web/${NEWS_OTHER_TIMESTAMP}id_/${NEWS_ORIGINAL}`);
    await Promise.all([verified.close(), popup.close(), page.close()]);
  });
});
