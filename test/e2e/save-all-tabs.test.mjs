// "Save all snapshot tabs to the library" in the built extension (headless Chromium): two archive.ph snapshot tabs, one
// showing a CAPTCHA and one ordinary tab; the popup's button saves exactly the two, with a result per tab; pressing it again finds them
// already in the library. Run: node build.mjs && node --test test/e2e/save-all-tabs.test.mjs
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { SNAPSHOT_URL, normalise } from './fixture.mjs';
import { ORDINARY_URL } from './server.mjs';
import { SETTLE_MS, launchChromium } from './chromium-harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SECOND_URL = 'https://archive.ph/sV2aB';
/** archive.today's CAPTCHA page at a snapshot's address: reported as such, not skipped silently. */
const CAPTCHA_URL = 'https://archive.ph/cApTc';
const CAPTCHA_PAGE = new TextEncoder().encode(
  '<!DOCTYPE html><title>Are you a robot?</title><form><p>Please complete the security check.</p></form>',
);

/** The reference snapshot as another capture of the same story: its own short id and timestamp, so its own library entry. */
async function secondSnapshot() {
  const html = await readFile(path.resolve(here, '../fixtures/wapo-2017-oval-office/snapshot.html'), 'utf8');
  return new TextEncoder().encode(
    html
      .replaceAll('qF3xK', 'sV2aB')
      .replaceAll('20170719220303', '20170801120000')
      .replaceAll('2017.07.19-220303', '2017.08.01-120000')
      .replaceAll('2017-07-19T22:03:03Z', '2017-08-01T12:00:00Z'),
  );
}

let harness;

async function pressSaveAll(popup) {
  const opened = harness.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Save all tabs', exact: true }).click();
  const page = await opened;
  await page.bringToFront();
  await page.waitForFunction(() => document.documentElement.dataset.saveTabs, null, { timeout: 40_000, polling: 100 });
  const summary = await page.evaluate(() => document.documentElement.dataset.saveTabs);
  const results = await page.$$eval('#save-tabs-results li', (items) =>
    items.map((li) => ({ outcome: li.className, text: li.textContent })),
  );
  return {
    page,
    summary: JSON.parse(summary),
    results,
    status: normalise(await page.textContent('#save-tabs-status')),
  };
}

describe('Chromium: Save all snapshot tabs to the library', () => {
  before(async () => {
    const body = await secondSnapshot();
    harness = await launchChromium({ pages: { '/sV2aB': { body }, '/cApTc': { body: CAPTCHA_PAGE } } });
    await harness.firstPage.goto(SNAPSHOT_URL);
    const second = await harness.context.newPage();
    await second.goto(SECOND_URL);
    const captcha = await harness.context.newPage();
    await captcha.goto(CAPTCHA_URL);
    const ordinary = await harness.context.newPage();
    await ordinary.goto(ORDINARY_URL);
    await ordinary.waitForTimeout(SETTLE_MS);
  });

  after(async () => {
    await harness?.close();
  });

  test('saves exactly the two snapshot tabs, then finds them already in the library', async () => {
    const popup = await harness.openPopupFor(SNAPSHOT_URL);
    await popup.waitForSelector('#preview:not([hidden])');
    const first = await pressSaveAll(popup);
    assert.deepEqual(first.summary, { saved: 2, already: 0, failed: 1 }, JSON.stringify(first.results));
    assert.equal(first.status, 'Saved 2, already in the library 0, failed 1.');
    assert.deepEqual(
      first.results.map((r) => r.outcome),
      ['saved', 'saved', 'failed'],
    );
    assert.match(first.results[2].text, /^Are you a robot\? — failed: the archive shows a CAPTCHA/);
    await first.page.waitForFunction(() => document.querySelectorAll('#rows tr').length === 2, null, { polling: 100 });
    const saved = await first.page.evaluate(() =>
      [...document.querySelectorAll('#rows tr .title')].map((a) => a.textContent),
    );
    assert.equal(saved.length, 2);
    assert.ok(
      saved.every((title) => /Inside the Oval Office/.test(title)),
      saved.join(' | '),
    );

    await popup.bringToFront();
    const again = await pressSaveAll(popup);
    assert.deepEqual(again.summary, { saved: 0, already: 2, failed: 1 }, JSON.stringify(again.results));
    assert.match(again.results[0].text, /already in the library$/);
  });
});
