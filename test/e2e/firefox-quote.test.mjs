// Quote and highlight in the built extension in headless Firefox ESR (puppeteer-core over WebDriver BiDi): a
// highlight made from the keyboard is marked, listed, kept across a reload, written into the Markdown save and
// removable; Copy quote and the snapshot page's menu item Copy quote with citation put the quote on the clipboard
// (read back by pasting, as Firefox gives the extension no clipboard read).
// Run: node build.mjs && node --test test/e2e/firefox-quote.test.mjs
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { downloadsTo, firefoxSession } from './firefox-harness.mjs';
import { SNAPSHOT_URL, artifactPath, normalise, poll } from './fixture.mjs';

const SETTLE_MS = 600;
const QUOTED = 'The meeting took place the morning of May 10 in the Oval Office';
const HIGHLIGHTED = 'So it was no surprise that when the Russian foreign minister paid a visit to President Trump';

const firefox = firefoxSession();
const { gotoExtensionPage, intercept, nextReaderPage } = firefox;
let server;
let browser;
let helper; // an extension page, to reach the WebExtension API and the background
let snapshot;
let reader;
let downloadsDir;

/** Selects `passage` (whitespace collapsed) inside `scope` of `page`. */
async function selectText(page, scope, passage) {
  const done = await page.evaluate(
    (scope, passage) => {
      const walker = document.createTreeWalker(document.querySelector(scope), NodeFilter.SHOW_TEXT);
      let flat = '';
      const map = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          const space = /\s/.test(node.data[i]);
          if (space && flat.endsWith(' ')) continue;
          flat += space ? ' ' : node.data[i];
          map.push([node, i]);
        }
      }
      const at = flat.indexOf(passage);
      if (at < 0) return false;
      const range = document.createRange();
      range.setStart(...map[at]);
      const [endNode, endOffset] = map[at + passage.length - 1];
      range.setEnd(endNode, endOffset + 1);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return true;
    },
    scope,
    passage,
  );
  assert.ok(done, `"${passage}" not found in ${scope}`);
}

/** What the clipboard holds as plain text, read back by pasting into a text field. */
async function pastedText() {
  const target = await browser.newPage();
  await target.goto(`${server.origin}/paste.html`);
  await target.focus('#plain');
  await target.keyboard.down('Control');
  await target.keyboard.press('v');
  await target.keyboard.up('Control');
  const text = await poll(() => target.$eval('#plain', (el) => el.value || null), { what: 'the pasted text' });
  await target.close();
  return text;
}

// The reader reloads itself mid-test, and Puppeteer over BiDi can keep the old page's document handle for a moment
// ($eval, $$eval, click and select go through it: "no such handle"). These ask the current document directly.
const marks = (page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('.ar-body mark.ar-highlight'), (m) => m.textContent).join(''),
  );
const textOf = (page, selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
const clickOn = (page, selector) => page.evaluate((s) => document.querySelector(s).click(), selector);
const choose = (page, selector, value) =>
  page.evaluate(
    (s, v) => {
      const select = document.querySelector(s);
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    value,
  );
const dataset = (page, key) => page.evaluate((k) => document.documentElement.dataset[k], key);

describe('Firefox: quote and highlight', () => {
  before(async () => {
    downloadsDir = await mkdtemp(path.join(os.tmpdir(), 'archive-reader-firefox-quote-'));
    ({ server, browser, helper } = await firefox.launch({ prefs: downloadsTo(downloadsDir) }));
    snapshot = await browser.newPage();
    await intercept(snapshot);
    await snapshot.goto(SNAPSHOT_URL);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const tabId = await helper.evaluate(async (u) => (await browser.tabs.query({ url: u }))[0]?.id, SNAPSHOT_URL);
    const popup = await browser.newPage();
    await gotoExtensionPage(popup, `popup.html?tabId=${tabId}`);
    await poll(() => popup.$eval('#preview', (el) => !el.hidden), { what: 'the preview' });
    reader = await nextReaderPage(() => popup.click('#open-reader'));
    await popup.close();
    await reader.setViewport({ width: 1000, height: 900 });
  });

  after(async () => {
    await firefox.close();
    if (downloadsDir) await rm(downloadsDir, { recursive: true, force: true });
  });

  test('Copy quote: the passage with its citation and both fragment links', async () => {
    await reader.bringToFront();
    await selectText(reader, '.ar-body', QUOTED);
    await poll(() => reader.$eval('#selection-tools', (el) => !el.hidden), { what: 'the selection toolbar' });
    await reader.click('#quote-copy');
    await poll(() => dataset(reader, 'quoteCopied'), { what: 'the quote copied' });
    const text = await pastedText();
    assert.ok(text.startsWith(`“${QUOTED}”`), text);
    assert.match(text, /Original: https:\/\/www\.washingtonpost\.com\/\S+#:~:text=The%20meeting/);
    assert.match(text, /Archived copy: https:\/\/archive\.ph\/20170719220303\/\S+#:~:text=The%20meeting/);
  });

  test('Highlight from the keyboard: marked, listed, kept across a reload, in the Markdown save, removable', async () => {
    await reader.bringToFront();
    await selectText(reader, '.ar-body', HIGHLIGHTED);
    await reader.keyboard.press('q');
    await poll(() => reader.evaluate(() => document.activeElement?.id === 'quote-copy'), {
      what: 'focus in the toolbar',
    });
    await reader.keyboard.press('ArrowRight');
    await reader.keyboard.press('Enter');
    await poll(() => dataset(reader, 'highlights').then((n) => n === '1'), { what: 'the highlight' });
    assert.equal(normalise(await marks(reader)), HIGHLIGHTED);

    // page.reload() waits forever on moz-extension pages: reload from inside and poll. The marker goes first, so the
    // poll cannot be answered by the old page while the reload is still on its way.
    await reader.evaluate(() => {
      delete document.documentElement.dataset.highlights;
      location.reload();
    });
    await poll(() => reader.evaluate(() => document.documentElement.dataset.highlights === '1'), {
      what: 'the highlight after a reload',
    });
    assert.equal(normalise(await marks(reader)), HIGHLIGHTED);

    await reader.keyboard.press('h');
    await poll(() => reader.evaluate(() => !document.querySelector('#highlights-panel').hidden), { what: 'the panel' });
    assert.equal(normalise(await textOf(reader, '#highlights-list blockquote')), HIGHLIGHTED);
    await reader.screenshot({ path: await artifactPath('firefox-reader-highlights.png') });

    await clickOn(reader, '#toggle-save');
    await choose(reader, '#save-format', 'markdown');
    await reader.evaluate(() => delete document.documentElement.dataset.saveState);
    await clickOn(reader, '#save');
    const state = await poll(
      () => dataset(reader, 'saveState').then((s) => (s === 'done' || s === 'failed' ? s : null)),
      { what: 'the Markdown save', timeout: 20_000 },
    );
    assert.equal(state, 'done', await textOf(reader, '#save-status'));
    const markdown = await readFile(path.join(downloadsDir, await dataset(reader, 'savedFile')), 'utf8');
    const section = markdown.slice(markdown.indexOf('\n## Highlights\n'));
    assert.ok(normalise(section.replace(/^> /gm, '')).includes(HIGHLIGHTED), section);
    assert.match(section, /\[Archived copy\]\(https:\/\/archive\.ph\/\S+#:~:text=[^)]+\)/);

    await clickOn(reader, '#toggle-highlights');
    await clickOn(reader, '#highlights-list button[aria-label="Remove highlight 1"]');
    await poll(() => dataset(reader, 'highlights').then((n) => n === '0'), { what: 'the highlight removed' });
    assert.equal(await marks(reader), '');
  });

  test("the snapshot page's menu item Copy quote with citation copies the selection there", async () => {
    await snapshot.bringToFront();
    await selectText(snapshot, 'body', QUOTED);
    const outcome = await helper.evaluate(async (u) => {
      const [tab] = await browser.tabs.query({ url: u });
      const background = await browser.runtime.getBackgroundPage();
      return background.archiveReader.copyQuoteFromTab(tab.id, 0);
    }, SNAPSHOT_URL);
    assert.equal(outcome, 'copied');
    const text = await pastedText();
    assert.ok(text.startsWith(`“${QUOTED}”`), text);
    assert.match(text, /Archived copy: https:\/\/archive\.ph\/20170719220303\/\S+#:~:text=/);
  });
});
