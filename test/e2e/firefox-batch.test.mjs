// Many articles at once in headless Firefox ESR (puppeteer-core over WebDriver BiDi): the popup's "Save all tabs"
// saves the two archive.ph snapshot tabs of the window (not the ordinary tab, and a CAPTCHA tab is reported), then
// the library exports both as one EPUB and one .bib with unique keys.
// Run: node build.mjs && node --test test/e2e/firefox-batch.test.mjs
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { downloadsTo, firefoxSession } from './firefox-harness.mjs';
import { SNAPSHOT_URL, normalise, poll } from './fixture.mjs';
import { ORDINARY_URL } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SECOND_URL = 'https://archive.ph/sV2aB';
const CAPTCHA_URL = 'https://archive.ph/cApTc';

const firefox = firefoxSession();
const { extensionUrl, gotoExtensionPage, intercept } = firefox;
let browser;
let downloadsDir;
let library;

async function openTab(url) {
  const page = await browser.newPage();
  await intercept(page);
  await page.goto(url);
  return page;
}

/** The reference snapshot as another capture of the same story: its own id and timestamp, so its own library entry. */
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

async function downloaded(name) {
  const file = path.join(downloadsDir, name);
  await poll(
    async () =>
      (await readdir(downloadsDir)).includes(name) && !(await readdir(downloadsDir)).some((f) => f.endsWith('.part')),
    { what: name },
  );
  return readFile(file);
}

async function exportAs(format) {
  await library.evaluate(() => delete document.documentElement.dataset.bulkExported);
  await library.select('#bulk-format', format);
  await library.click('#bulk-export');
  const name = await poll(() => library.evaluate(() => document.documentElement.dataset.bulkExported), {
    what: `${format} export`,
    timeout: 20_000,
  });
  assert.notEqual(name, 'failed', await library.$eval('#bulk-status', (el) => el.textContent));
  return {
    name,
    status: normalise(await library.$eval('#bulk-status', (el) => el.textContent)),
    bytes: await downloaded(name),
  };
}

describe('Firefox: save all snapshot tabs, export a selection', () => {
  before(async () => {
    const serve = {
      pages: {
        '/sV2aB': { body: await secondSnapshot() },
        '/cApTc': {
          body: new TextEncoder().encode(
            '<!DOCTYPE html><title>Are you a robot?</title><form><p>Please complete the security check.</p></form>',
          ),
        },
      },
    };
    downloadsDir = await mkdtemp(path.join(os.tmpdir(), 'archive-reader-firefox-batch-'));
    ({ browser } = await firefox.launch({ prefs: downloadsTo(downloadsDir), serve }));
  });

  after(async () => {
    await firefox.close();
    if (downloadsDir) await rm(downloadsDir, { recursive: true, force: true });
  });

  test('"Save all tabs" in the popup saves exactly the two snapshot tabs and reports the CAPTCHA tab', async () => {
    await openTab(SNAPSHOT_URL);
    await openTab(SECOND_URL);
    await openTab(CAPTCHA_URL);
    await openTab(ORDINARY_URL);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const popup = await browser.newPage();
    await gotoExtensionPage(popup, 'popup.html');
    const before = new Set(await browser.pages());
    await popup.click('#save-all-tabs');
    // Puppeteer reports moz-extension pages as about:blank: ask each new page where it is.
    library = await poll(
      async () => {
        for (const page of await browser.pages()) {
          if (before.has(page)) continue;
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(extensionUrl('library.html?saveTabsOfWindow='))) return page;
        }
        return null;
      },
      { what: 'the library tab', timeout: 15_000 },
    );
    const summary = await poll(() => library.evaluate(() => document.documentElement.dataset.saveTabs), {
      what: 'the summary',
      timeout: 40_000,
    });
    const results = await library.$$eval('#save-tabs-results li', (items) =>
      items.map((li) => `${li.className}: ${li.textContent}`),
    );
    assert.deepEqual(JSON.parse(summary), { saved: 2, already: 0, failed: 1 }, results.join('\n'));
    assert.equal(
      normalise(await library.$eval('#save-tabs-status', (el) => el.textContent)),
      'Saved 2, already in the library 0, failed 1.',
    );
    assert.match(results[2], /^failed: Are you a robot\? — failed: the archive shows a CAPTCHA/);
    await poll(() => library.evaluate(() => document.querySelectorAll('#rows tr').length === 2), { what: 'two rows' });
  });

  test('both selected → one EPUB with 2 chapters and one .bib with 2 unique keys', async () => {
    await library.click('#select-matching');
    assert.equal(await library.evaluate(() => document.documentElement.dataset.selected), '2');
    const epub = await exportAs('epub');
    assert.match(epub.status, /^Exported 2 articles to /);
    const files = unzipSync(new Uint8Array(epub.bytes));
    assert.equal(strFromU8(files.mimetype), 'application/epub+zip');
    const chapters = Object.keys(files).filter((f) => /chapter|article/i.test(f) && f.endsWith('.xhtml'));
    assert.equal(chapters.length, 2, Object.keys(files).join(', '));

    const bib = await exportAs('bibtex');
    const keys = [...bib.bytes.toString('utf8').matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    assert.equal(keys.length, 2);
    assert.equal(new Set(keys).size, 2, `unique keys: ${keys}`);
  });
});
