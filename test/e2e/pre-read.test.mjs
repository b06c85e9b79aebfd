// Reading ahead, in the built extension (headless Chromium): when a snapshot tab has loaded, the background copies
// its page and the quote worker reads it, so the popup shows the article from that reading; a tab that moves to
// another snapshot never shows the article of the one before.
// Run: node build.mjs && node --test test/e2e/pre-read.test.mjs
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { NO_ARTICLE_URL, SNAPSHOT_URL, normalise, poll, truth } from './fixture.mjs';
import { launchChromium } from './chromium-harness.mjs';
import { WAYBACK_URL } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const wayback = JSON.parse(
  await readFile(path.resolve(here, '../fixtures/wayback/news-article/expected.json'), 'utf8'),
);

let harness;

/** What the background kept for tab `tabId` (storage.session), or undefined. */
const keptFor = (tabId) =>
  harness.worker.evaluate(
    async (id) => (await chrome.storage.session.get(`tabExtraction:${id}`))[`tabExtraction:${id}`],
    tabId,
  );

/** The popup's answer for tab `tabId` once it shows one: its source, state and title. */
async function popupAnswer(tabId, url) {
  const popup = await harness.openPopupFor(url, tabId);
  await popup.waitForSelector('#preview:not([hidden]), #empty:not([hidden])', { timeout: 15_000 });
  const answer = await popup.evaluate(() => ({
    source: document.documentElement.dataset.previewSource,
    state: document.documentElement.dataset.state,
    title: document.getElementById('preview-title').textContent,
    parsedHere: document.querySelector('script[src="extract.js"]') !== null,
  }));
  await popup.close();
  return { ...answer, title: normalise(answer.title) };
}

describe('reading ahead in Chromium', () => {
  before(async () => {
    harness = await launchChromium();
  });

  after(async () => {
    await harness?.close();
  });

  test('a snapshot that has loaded is read ahead, and the popup shows that reading', async () => {
    const tab = await harness.context.newPage();
    await tab.goto(SNAPSHOT_URL, { waitUntil: 'load' });
    const tabId = await harness.tabIdOf(SNAPSHOT_URL);
    const kept = await poll(() => keptFor(tabId), { what: 'the reading taken ahead' });
    assert.equal(kept.by, 'pre-read');
    assert.equal(kept.url, SNAPSHOT_URL);
    assert.equal(normalise(kept.extraction.article.title), truth.title);

    const answer = await popupAnswer(tabId, SNAPSHOT_URL);
    assert.deepEqual(answer, { source: 'pre-read', state: 'article', title: truth.title, parsedHere: false });
    await tab.close();
    await poll(async () => (await keptFor(tabId)) === undefined, { what: 'the reading dropped with its tab' });
  });

  test('a tab that moves to another snapshot never shows the article before', async () => {
    const tab = await harness.context.newPage();
    await tab.goto(SNAPSHOT_URL, { waitUntil: 'load' });
    const tabId = await harness.tabIdOf(SNAPSHOT_URL);
    await poll(() => keptFor(tabId), { what: 'the reading taken ahead' });

    // The popup opened while the next snapshot is still loading: the reading of the one before no longer counts.
    await tab.goto(WAYBACK_URL, { waitUntil: 'commit' });
    const early = await popupAnswer(tabId, WAYBACK_URL);
    assert.notEqual(early.title, truth.title, 'the popup showed the article of the page before');
    await tab.waitForLoadState('load');
    await poll(async () => (await keptFor(tabId))?.url === WAYBACK_URL, { what: 'the next snapshot read ahead' });
    const loaded = await popupAnswer(tabId, WAYBACK_URL);
    assert.equal(loaded.state, 'article');
    assert.equal(loaded.title, wayback.title);
    assert.equal(loaded.source, 'pre-read');
    assert.equal(loaded.parsedHere, false, 'the popup parsed the page again');

    await tab.goto(NO_ARTICLE_URL, { waitUntil: 'load' });
    const none = await popupAnswer(tabId, NO_ARTICLE_URL);
    assert.equal(none.state, 'no-article');
    assert.equal(none.title, '');
    await tab.close();
  });

  test('with reading ahead turned off, a snapshot is read only when the popup opens', async () => {
    const setReadAhead = (on) =>
      harness.worker.evaluate(async (value) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...settings, readAhead: value } });
      }, on);
    await setReadAhead(false);
    try {
      const tab = await harness.context.newPage();
      await tab.goto(SNAPSHOT_URL, { waitUntil: 'load' });
      const tabId = await harness.tabIdOf(SNAPSHOT_URL);
      // Time enough for a reading ahead to be kept (it takes well under this when it is on, as above).
      await new Promise((resolve) => setTimeout(resolve, 3000));
      assert.equal(await keptFor(tabId), undefined, 'the page was read ahead although the option is off');
      const answer = await popupAnswer(tabId, SNAPSHOT_URL);
      assert.deepEqual(answer, { source: 'read', state: 'article', title: truth.title, parsedHere: true });
      await tab.close();
    } finally {
      await setReadAhead(true);
    }
  });
});
