// The built extension in headless Firefox ESR (puppeteer-core over WebDriver BiDi), installed as a temporary
// add-on, with the reference snapshot served at https://archive.ph/qF3xK by request interception.
// Run: node build.mjs && node --test test/e2e/firefox.test.mjs
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CLOBBERED_URL,
  NO_ARTICLE_URL,
  SNAPSHOT_URL,
  artifactPath,
  assertCleanArticle,
  assertOriginalLinks,
  markdownProse,
  normalise,
  poll,
  truth,
} from './fixture.mjs';
import { downloadsTo, firefoxSession } from './firefox-harness.mjs';

const SETTLE_MS = 600;

const firefox = firefoxSession();
const { gotoExtensionPage, intercept, nextReaderPage } = firefox;
let server;
let browser;
let helper; // an extension page used to reach the WebExtension API (tabs, storage, the background)
let popup;
let downloadsDir;

async function newExtensionPage(file) {
  const page = await browser.newPage();
  await gotoExtensionPage(page, file);
  return page;
}

const tabIdOf = (url) => helper.evaluate(async (u) => (await browser.tabs.query({ url: u }))[0]?.id, url);

async function openPopupFor(url) {
  const tabId = await tabIdOf(url);
  assert.ok(tabId, `no tab for ${url}`);
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 240 });
  await gotoExtensionPage(page, `popup.html?tabId=${tabId}`);
  return page;
}

const text = (page, selector) => page.$eval(selector, (el) => el.textContent);
const innerText = (page, selector) => page.$eval(selector, (el) => el.innerText);

describe('Firefox', () => {
  before(async () => {
    downloadsDir = await mkdtemp(path.join(os.tmpdir(), 'archive-reader-firefox-downloads-'));
    ({ server, browser, helper } = await firefox.launch({ prefs: downloadsTo(downloadsDir) }));
  });

  after(async () => {
    await firefox.close();
    if (downloadsDir) await rm(downloadsDir, { recursive: true, force: true });
  });

  let snapshot;

  test('popup preview shows title, authors, date and publisher', async (t) => {
    snapshot = await browser.newPage();
    await intercept(snapshot);
    await snapshot.goto(SNAPSHOT_URL);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    popup = await openPopupFor(SNAPSHOT_URL);
    await poll(() => popup.$eval('#preview', (el) => !el.hidden), { what: 'the preview' });

    assert.equal(normalise(await text(popup, '#preview-title')), truth.title);
    assert.equal(normalise(await text(popup, '#preview-byline')), truth.byline);
    assert.equal(normalise(await text(popup, '#preview-site')), truth.siteName);
    assert.equal(await popup.$eval('#preview-date', (el) => el.dateTime), truth.publishedDate);
    assert.match(await text(popup, '#preview-archived'), /^Archived .*2017 from washingtonpost\.com$/);
    const names = await popup.$$eval('button', (buttons) =>
      buttons.filter((b) => !b.closest('[hidden]')).map((b) => b.textContent.trim()),
    );
    assert.ok(names.includes('Reader view') && names.includes('Copy'), `buttons: ${names}`);

    const shown = await popup.evaluate(() => ({ ...document.documentElement.dataset }));
    t.diagnostic(
      `popup preview shown ${shown.previewShownMs} ms after navigation start (extraction ${shown.extractionMs} ms)`,
    );
    // The background (an event page with a DOM here) read the snapshot when its tab loaded.
    assert.equal(shown.previewSource, 'pre-read');
    await popup.screenshot({ path: await artifactPath('firefox-popup-light.png'), fullPage: true });
  });

  test('Copy writes the clean article to the clipboard, and a paste gives it back with original links', async () => {
    await popup.select('#copy-format', 'rich');
    await popup.click('#copy');
    await poll(() => popup.evaluate(() => document.documentElement.dataset.copied === 'rich'), { what: 'rich copy' });
    assert.equal(await text(popup, '#notice'), 'Copied as rich text.');

    // Read back the way a person does: paste into an editable page (Firefox gives extensions no clipboard read
    // without the clipboardRead permission, which the extension does not ask for).
    const target = await browser.newPage();
    await target.goto(`${server.origin}/paste.html`);
    await target.focus('#rich');
    await target.keyboard.down('Control');
    await target.keyboard.press('v');
    await target.keyboard.up('Control');
    const pasted = await poll(
      () =>
        target.$eval('#rich', (el) =>
          el.textContent.length > 1000
            ? {
                text: el.innerText,
                hrefs: [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
              }
            : null,
        ),
      { what: 'the pasted article' },
    );
    assertOriginalLinks(pasted.hrefs, 'pasted rich text');

    await popup.select('#copy-format', 'markdown');
    await popup.click('#copy');
    await poll(() => popup.evaluate(() => document.documentElement.dataset.copied === 'markdown'), {
      what: 'markdown copy',
    });
    await target.focus('#plain');
    await target.keyboard.down('Control');
    await target.keyboard.press('v');
    await target.keyboard.up('Control');
    const markdown = await poll(() => target.$eval('#plain', (el) => (el.value.length > 1000 ? el.value : null)), {
      what: 'the pasted Markdown',
    });
    assert.ok(markdown.startsWith(`# ${truth.title}`));
    for (const { text: label, href } of truth.links)
      assert.ok(markdown.includes(`[${label}](${href})`), `Markdown link ${label}`);
    assert.doesNotMatch(markdown, /archive\.ph\/o\//);
    await target.close();

    assertCleanArticle(pasted.text, 'pasted rich text');
    assertCleanArticle(markdownProse(markdown), 'pasted Markdown');
  });

  test('Save downloads the single-file HTML with its image inside, and Save to library keeps the article', async () => {
    const save = async (format) => {
      await popup.select('#save-format', format);
      await popup.evaluate(() => delete document.documentElement.dataset.saveState);
      await popup.click('#save');
      await poll(() => popup.evaluate(() => ['done', 'failed'].includes(document.documentElement.dataset.saveState)), {
        what: `saving ${format}`,
        timeout: 20_000,
      });
      const state = await popup.evaluate(() => ({ ...document.documentElement.dataset }));
      assert.equal(state.saveState, 'done', `saving ${format}: ${await text(popup, '#save-status')}`);
      return state;
    };
    const html = await save('html');
    assert.match(html.savedFile, /^the-washington-post-inside-the-oval-office.*\.html$/);
    const file = await readFile(path.join(downloadsDir, html.savedFile), 'utf8');
    assert.match(file, /<img src="data:image\/png;base64,/);
    assert.doesNotMatch(file, /ar-missing-image"/);

    await save('library');
    assert.equal(await text(popup, '#save-status'), 'Saved to your library.');
    const library = await newExtensionPage('library.html');
    await poll(() => library.evaluate(() => document.documentElement.dataset.ready === 'true'), {
      what: 'the library',
    });
    assert.deepEqual(await library.$$eval('#rows .title', (links) => links.map((a) => a.textContent)), [truth.title]);
    await library.close();
    await popup.select('#save-format', 'html');
  });

  let reader;

  test('Reader view opens with every truth paragraph, none of the clutter, and its sources', async () => {
    reader = await nextReaderPage(() => popup.click('#open-reader'));
    await reader.setViewport({ width: 1000, height: 900 });
    assert.equal(normalise(await text(reader, '.ar-title')), truth.title);
    assert.equal(await reader.$eval('#original-link', (a) => a.getAttribute('href')), truth.originalUrl);
    assert.equal(await reader.$eval('#archived-link', (a) => a.getAttribute('href')), truth.archiveUrl.short);
    const hrefs = await reader.$$eval('#article a[href]', (links) => links.map((a) => a.getAttribute('href')));
    assertOriginalLinks(hrefs, 'reader');
    await reader.screenshot({ path: await artifactPath('firefox-reader-light.png') });
    await reader.keyboard.press('t'); // system → light
    await reader.keyboard.press('t'); // light → sepia
    await reader.keyboard.press('t'); // sepia → dark
    assert.equal(await reader.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await reader.screenshot({ path: await artifactPath('firefox-reader-dark.png') });
    await reader.keyboard.press('t'); // dark → system
    assertCleanArticle(await innerText(reader, '#article'), 'reader');
  });

  test('the keyboard command (Alt+Shift+R) opens the reader for the active tab', async () => {
    // Headless Firefox has no OS shortcut to press: call the handler the command listener calls, in the
    // background page, for the archive tab brought to the front.
    await snapshot.bringToFront();
    const page = await nextReaderPage(() =>
      helper.evaluate(async () => {
        const background = await browser.runtime.getBackgroundPage();
        return background.archiveReader.handleCommand('open-reader');
      }),
    );
    assert.equal(normalise(await text(page, '.ar-title')), truth.title);
    const commands = await helper.evaluate(() => browser.commands.getAll());
    assert.equal(commands.find((c) => c.name === 'open-reader')?.shortcut, 'Alt+Shift+R');
    const article = await innerText(page, '#article');
    await page.close();
    assertCleanArticle(article, 'reader from the command');
  });

  test('the reader keeps working after the archive tab is closed, and on reload', async () => {
    await snapshot.close();
    // page.reload() waits forever on moz-extension pages, as goto does: reload from inside and poll.
    await reader.evaluate(() => {
      window.beforeReload = true;
      location.reload();
    });
    await poll(() => reader.evaluate(() => !window.beforeReload && document.documentElement.dataset.ready === 'true'), {
      what: 'the reloaded reader',
    });
    assertCleanArticle(await innerText(reader, '#article'), 'reader after the archive tab closed');
  });

  test('a snapshot whose elements clobber globals and document properties reads like the plain one', async () => {
    const page = await browser.newPage();
    await intercept(page);
    await page.goto(CLOBBERED_URL);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const clobbered = await openPopupFor(CLOBBERED_URL);
    await poll(() => clobbered.$eval('#preview', (el) => !el.hidden), {
      what: 'the preview of the clobbered snapshot',
    });
    assert.equal(normalise(await text(clobbered, '#preview-title')), truth.title);
    assert.equal(normalise(await text(clobbered, '#preview-byline')), truth.byline);
    assert.match(await text(clobbered, '#preview-archived'), /^Archived .*2017 from washingtonpost\.com$/);
    await clobbered.close();
    await page.close();
  });

  test('a page with no article gets a clear message', async () => {
    const page = await browser.newPage();
    await intercept(page);
    await page.goto(NO_ARTICLE_URL);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const noArticle = await openPopupFor(NO_ARTICLE_URL);
    await poll(() => noArticle.$eval('#empty', (el) => !el.hidden), { what: 'the no-article message' });
    assert.equal(await text(noArticle, '#empty-title'), 'No article found on this page');
    assert.equal(await noArticle.$eval('#actions', (el) => el.hidden), true);
    await noArticle.screenshot({ path: await artifactPath('firefox-popup-no-article.png'), fullPage: true });
    await noArticle.close();
    await page.close();
  });
});
