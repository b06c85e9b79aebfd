// Issue 7 in the built extension (headless Chromium): a Wayback Machine snapshot served at its web.archive.org
// address, and an ordinary article page served at its own address, go through popup → reader → copy → cite.
// Run: node build.mjs && node --test test/e2e/wayback-ordinary.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { EXTENSION_DIR, artifactPath, assertCleanArticle, normalise, truth } from './fixture.mjs';
import { SETTLE_MS, launchChromium } from './chromium-harness.mjs';
import { ORDINARY_URL, SPOOF_URL, WAYBACK_URL } from './server.mjs';

/** What the test captures' toolbar and banners say (test/support/waybackify.ts): none of it may show. */
const TOOLBAR_TEXT = [
  'The Wayback Machine - https://web.archive.org',
  'captures',
  'About this capture',
  'COLLECTED BY',
  'TIMESTAMPS',
  'This page was captured by an automated crawler',
];

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const expected = JSON.parse(readFileSync(path.resolve(here, '../fixtures/wayback/news-article/expected.json'), 'utf8'));

function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

let harness;
let testBuild;

/**
 * On an ordinary page the extension reads the tab under `activeTab`, which the browser grants only when a person
 * clicks the toolbar button, presses the shortcut or picks the menu item — none of which a headless browser can
 * do. This copy of the build holds host access to the one ordinary site the test serves instead: the same
 * page copy (`scripting.executeScript` of copyPage) then runs as it does after a click.
 */
async function buildWithTestHost() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'archive-reader-ext-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions.push('*://www.washingtonpost.com/*');
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

async function openPage(url) {
  const page = await harness.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  return page;
}

async function copiedText(popup, format) {
  await popup.bringToFront();
  await popup.selectOption('#copy-format', format);
  await popup.evaluate(() => delete document.documentElement.dataset.copied);
  await popup.getByRole('button', { name: 'Copy', exact: true }).click();
  await popup.waitForFunction((f) => document.documentElement.dataset.copied === f, format);
  return popup.evaluate(async () => await navigator.clipboard.readText());
}

async function copiedCitation(popup, style) {
  await popup.bringToFront();
  if ((await popup.getAttribute('#cite', 'aria-expanded')) !== 'true')
    await popup.getByRole('button', { name: 'Cite', exact: true }).click();
  await popup.waitForSelector('#cite-style');
  await popup.selectOption('#cite-style', style);
  await popup.evaluate(() => delete document.documentElement.dataset.citeCopied);
  await popup.getByRole('button', { name: 'Copy citation' }).click();
  await popup.waitForFunction(() => document.documentElement.dataset.citeCopied !== undefined);
  return popup.evaluate(async () => await navigator.clipboard.readText());
}

describe('Chromium: Wayback snapshots and ordinary pages', () => {
  before(async () => {
    testBuild = await buildWithTestHost();
    harness = await launchChromium({ extensionDir: testBuild });
  });

  after(async () => {
    await harness?.close();
    if (testBuild) await rm(testBuild, { recursive: true, force: true });
  });

  test('a Wayback snapshot: the popup shows the article and its capture, the reader shows it without the toolbar', async () => {
    await openPage(WAYBACK_URL);
    const popup = await harness.openPopupFor(WAYBACK_URL);
    await popup.waitForSelector('#preview:not([hidden])');
    assert.equal(normalise(await popup.textContent('#preview-title')), expected.title);
    assert.equal(normalise(await popup.textContent('#preview-site')), expected.siteName);
    assert.equal(await popup.getAttribute('#preview-date', 'datetime'), expected.published);
    assert.match(await popup.textContent('#preview-archived'), /2021 from harbourgazette\.example$/);
    await popup.screenshot({ path: await artifactPath('chromium-popup-wayback.png'), fullPage: true });

    const reader = await harness.nextReaderPage(() => popup.getByRole('button', { name: 'Reader view' }).click());
    const text = normalise(await reader.textContent('main'));
    for (const p of expected.paragraphs) assert.ok(text.includes(normalise(p)), `paragraph missing: ${p.slice(0, 50)}`);
    for (const s of expected.mustNotContain) assert.ok(!text.includes(s), `furniture shown: ${s}`);
    for (const s of TOOLBAR_TEXT) assert.ok(!text.includes(s), `toolbar text shown: ${s}`);
    const links = await reader.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes(expected.originalUrl), 'the reader links the original');
    assert.ok(links.includes(expected.archiveUrl), 'the reader links the Wayback copy');
    assert.ok(
      links.includes(`https://archive.ph/20210316091522/${expected.originalUrl}`),
      "the reader offers archive.today's nearest copy",
    );
    assert.ok(
      links.every((href) => !/web\.archive\.org\/web\/\d+\/https?:\/\/www\.countyarchives/.test(href ?? '')),
      'links in the text point to originals',
    );
    await reader.screenshot({ path: await artifactPath('chromium-reader-wayback.png'), fullPage: false });

    // Wikipedia accepts Wayback copies: the default citation may carry it as |archive-url=.
    const wiki = await copiedCitation(popup, 'wikipedia');
    assert.match(wiki, /\|url=https:\/\/www\.harbourgazette\.example\/news\/2021\/03\/14\/tide-gauge-restored/);
    assert.match(wiki, /\|archive-url=https:\/\/web\.archive\.org\/web\/20210316091522\//);
  });

  test('an ordinary page goes through popup, reader, copy and cite', async () => {
    const tabsBefore = await harness.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    await openPage(ORDINARY_URL);
    const tabId = (await harness.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id))).find(
      (id) => !tabsBefore.includes(id),
    );
    const popup = await harness.openPopupFor(ORDINARY_URL, tabId);
    await popup.waitForSelector('#preview:not([hidden])');
    assert.equal(normalise(await popup.textContent('#preview-title')), truth.title);
    assert.equal(normalise(await popup.textContent('#preview-site')), truth.siteName);
    assert.equal(await popup.getAttribute('#preview-date', 'datetime'), truth.publishedDate);
    assert.equal((await popup.textContent('#preview-archived'))?.trim() ?? '', '', 'an ordinary page names no archive');

    const reader = await harness.nextReaderPage(() => popup.getByRole('button', { name: 'Reader view' }).click());
    const shown = await reader.textContent('main');
    for (const p of truth.paragraphs)
      assert.ok(normalise(shown).includes(normalise(p)), `paragraph missing: ${p.slice(0, 50)}`);

    const plain = await copiedText(popup, 'text');
    for (const p of truth.paragraphs.slice(0, 5))
      assert.ok(normalise(plain).includes(normalise(p)), 'the copy holds the article');
    assert.doesNotMatch(plain, /archive\.(ph|is|today)/, 'no archive anywhere in a copy of an ordinary page');

    const apa = await copiedCitation(popup, 'apa');
    const cli = (
      await run(process.execPath, [
        'dist/cli.mjs',
        'test/fixtures/wapo-2017-oval-office/original.html',
        '--url',
        ORDINARY_URL,
        '--cite',
        'apa',
        '--accessed',
        today(),
      ])
    ).stdout;
    assert.equal(apa.endsWith('\n') ? apa : `${apa}\n`, cli, 'the popup cites as the CLI does');
    assert.match(apa, /^Rucker, P\., & DeYoung, K\. \(2017, May 16\)\./);
  });

  test("a page with archive.today's markup at an ordinary address is an ordinary page, with no forged provenance", async () => {
    const tabsBefore = await harness.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    await openPage(SPOOF_URL);
    const tabId = (await harness.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id))).find(
      (id) => !tabsBefore.includes(id),
    );
    const popup = await harness.openPopupFor(SPOOF_URL, tabId);
    await popup.waitForSelector('#preview:not([hidden])');
    assert.equal((await popup.textContent('#preview-archived'))?.trim() ?? '', '', 'no capture claimed');
    const source = await popup.evaluate(() => globalThis.archiveReader.article().source);
    assert.deepEqual(source, {
      service: 'none',
      originalUrl: SPOOF_URL,
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: null,
    });
    const apa = await copiedCitation(popup, 'apa');
    assert.doesNotMatch(apa, /archive\.(ph|is|today)|Archived/, 'the citation names no archived copy');
    assert.match(apa, /www\.washingtonpost\.com\/spoof\/snapshot\.html/);
    await popup.close();
  });

  test('the Cite preview of a snapshot stays clean of clutter (a sanity check of the same page as an archive)', async () => {
    // The archived copy of the same article, read through archive.today, gives the same text as the ordinary page.
    const page = await openPage('https://archive.ph/qF3xK');
    const popup = await harness.openPopupFor('https://archive.ph/qF3xK');
    await popup.waitForSelector('#preview:not([hidden])');
    const reader = await harness.nextReaderPage(() => popup.getByRole('button', { name: 'Reader view' }).click());
    assertCleanArticle(await reader.textContent('main'), 'archive.today reader');
    const compare = await reader.$$eval('.ar-compare a', (as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(compare, [`https://web.archive.org/web/20170719220303/${truth.originalUrl}`]);
    await page.close();
  });
});
