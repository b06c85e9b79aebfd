// Quote and highlight in the built extension (headless Chromium): a selection in the reader → Copy quote puts the
// quote with its citation and both links on the clipboard; the links' text fragments open the served original and
// snapshot at the passage; Highlight (from the keyboard) is marked, listed, kept across a reload and a new reader of
// the same snapshot, copied, saved into the Markdown file and the library, and removable; the snapshot page's menu
// item Copy quote with citation copies the selection there.
// Run: node build.mjs && node --test test/e2e/quote.test.mjs
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_URL, artifactPath, normalise } from './fixture.mjs';
import { SETTLE_MS, launchChromium } from './chromium-harness.mjs';
import { ORDINARY_URL } from './server.mjs';

const QUOTED = 'The meeting took place the morning of May 10 in the Oval Office';
const HIGHLIGHTED = 'So it was no surprise that when the Russian foreign minister paid a visit to President Trump';
const ARCHIVE_LONG = `https://archive.ph/20170719220303/${ORDINARY_URL}`;

/** The quote links the snapshot by its long address, which the test archive serves as it serves the short one. */
const SNAPSHOT_FILE = fileURLToPath(new URL('../fixtures/wapo-2017-oval-office/snapshot.html', import.meta.url));
const LONG_PAGE = { [new URL(ARCHIVE_LONG).pathname]: { body: () => readFile(SNAPSHOT_FILE) } };

let harness;
let snapshot;
let reader;

/** Selects `passage` (whitespace collapsed) inside `scope` of `page`, as a person dragging over it would. */
async function selectText(page, scope, passage) {
  const done = await page.evaluate(
    ({ scope, passage }) => {
      const root = document.querySelector(scope);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
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
      const [startNode, startOffset] = map[at];
      const [endNode, endOffset] = map[at + passage.length - 1];
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset + 1);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    },
    { scope, passage },
  );
  assert.ok(done, `"${passage}" not found in ${scope}`);
}

/** The clipboard's plain text and HTML, read in `page` (in front, as reading needs focus). */
async function clipboard(page) {
  await page.bringToFront();
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const html = item.types.includes('text/html') ? await (await item.getType('text/html')).text() : null;
    return { text: await (await item.getType('text/plain')).text(), html };
  });
}

async function openReader() {
  const popup = await harness.openPopupFor(SNAPSHOT_URL);
  await popup.waitForSelector('#preview:not([hidden])');
  const page = await harness.nextReaderPage(() => popup.getByRole('button', { name: 'Reader view' }).click());
  await popup.close();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.bringToFront();
  return page;
}

const marks = (page) => page.$$eval('.ar-body mark.ar-highlight', (all) => all.map((m) => m.textContent).join(''));

async function saveAs(page, format) {
  await page.bringToFront();
  if (await page.isHidden('#save-panel')) await page.click('#toggle-save');
  await page.selectOption('#save-format', format);
  await page.evaluate(() => delete document.documentElement.dataset.saveState);
  await page.click('#save');
  await page.waitForFunction(() => ['done', 'failed'].includes(document.documentElement.dataset.saveState), null, {
    timeout: 20_000,
  });
  assert.equal(
    await page.evaluate(() => document.documentElement.dataset.saveState),
    'done',
    await page.textContent('#save-status'),
  );
  return page.evaluate(() => document.documentElement.dataset.savedFile);
}

/**
 * Whether Chromium scrolled `page` to the passage: the text node that starts it is in the viewport and the page is
 * no longer at its top. (Archive.today writes paragraphs as styled `<div>`s, so no element type is assumed.)
 */
function scrolledTo(page, passage) {
  return page.evaluate((words) => {
    const start = words.split(' ').slice(0, 4).join(' ');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.data.replace(/\s+/g, ' ').includes(start)) node = walker.nextNode();
    if (!node || window.scrollY < 100) return false;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  }, passage);
}

describe('Chromium: quote and highlight', () => {
  before(async () => {
    harness = await launchChromium({ downloads: true, pages: LONG_PAGE });
    snapshot = await harness.context.newPage();
    await snapshot.goto(SNAPSHOT_URL);
    await snapshot.waitForTimeout(SETTLE_MS);
    reader = await openReader();
  });

  after(async () => {
    await harness?.close();
  });

  test('Copy quote: the passage, its citation and both links, as rich and plain text together', async () => {
    await selectText(reader, '.ar-body', QUOTED);
    await reader.waitForSelector('#selection-tools:not([hidden])');
    await reader.getByRole('button', { name: 'Copy quote' }).click();
    await reader.waitForFunction(() => document.documentElement.dataset.quoteCopied === '1');
    assert.match(await reader.textContent('#quote-status'), /Quote copied/);
    const { text, html } = await clipboard(reader);
    assert.ok(text.startsWith(`“${QUOTED}”\n\n`), text);
    assert.match(text, /Inside the Oval Office with Trump and the Russians/); // the citation (APA, the default)
    const fragment = '#:~:text=The%20meeting%20took%20place%20the%20morning%20of%20May%2010%20in%20the%20Oval%20Office';
    assert.ok(text.includes(`Original: ${ORDINARY_URL}${fragment}`), text);
    assert.ok(text.includes(`Archived copy: ${ARCHIVE_LONG}${fragment}`), text);
    assert.match(html, new RegExp(`<blockquote cite="[^"]+"><p>${QUOTED}</p></blockquote>`));
    assert.ok(html.includes(`data-originalurl="${ORDINARY_URL}"`));
    assert.ok(html.includes(`data-versionurl="${ARCHIVE_LONG}${fragment}"`));
    assert.ok(html.includes('data-versiondate="2017-07-19"'));
  });

  test('the links open the served snapshot and original scrolled to the passage', async () => {
    const { text } = await clipboard(reader);
    const links = [...text.matchAll(/^(?:Original|Archived copy): (\S+)$/gm)].map((m) => m[1]);
    assert.equal(links.length, 2);
    for (const link of links) {
      const page = await harness.context.newPage();
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.goto(link);
      // The browser's own text-fragment scroll, after load: the passage in view, the page no longer at its top.
      await page.waitForFunction(() => window.scrollY > 100, null, { timeout: 10_000 }).catch(() => undefined);
      assert.ok(await scrolledTo(page, QUOTED), `${link}: not scrolled to the passage`);
      await page.screenshot({
        path: await artifactPath(
          `chromium-quote-fragment-${link.includes('archive.ph') ? 'snapshot' : 'original'}.png`,
        ),
      });
      await page.close();
    }
  });

  test('Highlight from the keyboard: q opens the toolbar, the mark appears and is listed', async () => {
    await reader.bringToFront();
    await selectText(reader, '.ar-body', HIGHLIGHTED);
    await reader.keyboard.press('q');
    await reader.waitForFunction(() => document.activeElement?.id === 'quote-copy');
    // Visible focus on the toolbar's button.
    assert.notEqual(await reader.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none');
    await reader.keyboard.press('ArrowRight');
    assert.equal(await reader.evaluate(() => document.activeElement?.id), 'quote-highlight');
    await reader.keyboard.press('Enter');
    await reader.waitForFunction(() => document.documentElement.dataset.highlights === '1');
    assert.equal(normalise(await marks(reader)), HIGHLIGHTED);
    assert.equal(await reader.textContent('#highlights-count'), '1');
    await reader.keyboard.press('h');
    await reader.waitForSelector('#highlights-panel:not([hidden])');
    assert.equal(await reader.getAttribute('#toggle-highlights', 'aria-expanded'), 'true');
    assert.equal(normalise(await reader.textContent('#highlights-list li blockquote')), HIGHLIGHTED);
    assert.ok(await reader.getByRole('button', { name: 'Remove highlight 1' }).isVisible());
    await reader.screenshot({ path: await artifactPath('chromium-reader-highlights.png') });
    await reader.getByRole('button', { name: 'Show highlight 1 in the article' }).click();
    await reader.waitForFunction(() => document.activeElement?.matches('mark.ar-highlight'));
  });

  test('kept: after a reload, and in a new reader of the same snapshot', async () => {
    await reader.reload();
    await reader.waitForSelector('html[data-ready="true"]');
    await reader.waitForFunction(() => document.documentElement.dataset.highlights === '1');
    assert.equal(normalise(await marks(reader)), HIGHLIGHTED);
    const another = await openReader();
    await another.waitForFunction(() => document.documentElement.dataset.highlights === '1');
    assert.equal(normalise(await marks(another)), HIGHLIGHTED);
    await another.close();
  });

  test('Copy highlights, and the Markdown save ends with them, each with its fragment link', async () => {
    await reader.bringToFront();
    if (await reader.isHidden('#highlights-panel')) await reader.click('#toggle-highlights');
    await reader.getByRole('button', { name: 'Copy highlights' }).click();
    await reader.waitForFunction(() => document.documentElement.dataset.highlightsCopied === '1');
    const { text, html } = await clipboard(reader);
    assert.ok(text.startsWith('Highlights from “Inside the Oval Office with Trump and the Russians'), text);
    assert.ok(text.includes(`“${HIGHLIGHTED}`), text);
    assert.match(text, /Archived copy: https:\/\/archive\.ph\/20170719220303\/\S+#:~:text=/);
    assert.match(html, /<section class="ar-highlights">/);

    const fileName = await saveAs(reader, 'markdown');
    const markdown = await readFile(path.join(harness.downloadsDir, fileName), 'utf8');
    const section = markdown.slice(markdown.indexOf('\n## Highlights\n'));
    assert.ok(section.length > 20, 'no Highlights section');
    assert.ok(normalise(section.replace(/^> /gm, '')).includes(HIGHLIGHTED), section);
    assert.match(
      section,
      /\[Original\]\(https:\/\/www\.washingtonpost\.com\/\S+#:~:text=[^)]+\) · \[Archived copy\]\(https:\/\/archive\.ph\/\S+#:~:text=[^)]+\)/,
    );
  });

  test('the library keeps them with the saved article; a library reader shows and removes them there', async () => {
    await saveAs(reader, 'library');
    const id = await reader.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('archive-reader-library');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('articles').objectStore('articles').getAll();
            all.onsuccess = () => resolve(all.result.find((r) => r.article.highlights?.length)?.id ?? null);
          };
        }),
    );
    assert.ok(id, 'no library record with highlights');
    const page = await harness.context.newPage();
    await page.goto(harness.extensionUrl(`reader.html?library=${id}`));
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(normalise(await marks(page)), HIGHLIGHTED);
    await page.click('#toggle-highlights');
    await page.getByRole('button', { name: 'Remove highlight 1' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.highlights === '0');
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.highlights), '0');
    await page.close();
  });

  test('Remove in the reader: unmarked, unlisted, and still gone after a reload', async () => {
    await reader.bringToFront();
    if (await reader.isHidden('#highlights-panel')) await reader.click('#toggle-highlights');
    await reader.getByRole('button', { name: 'Remove highlight 1' }).click();
    await reader.waitForFunction(() => document.documentElement.dataset.highlights === '0');
    assert.equal(await marks(reader), '');
    assert.ok(await reader.isVisible('#highlights-empty'));
    await reader.reload();
    await reader.waitForSelector('html[data-ready="true"]');
    assert.equal(await reader.evaluate(() => document.documentElement.dataset.highlights), '0');
  });

  test("the snapshot page's menu item Copy quote with citation copies the selection there", async () => {
    await snapshot.bringToFront();
    await selectText(snapshot, 'body', QUOTED);
    const tabId = await harness.tabIdOf(SNAPSHOT_URL);
    const outcome = await harness.worker.evaluate((id) => globalThis.archiveReader.copyQuoteFromTab(id, 0), tabId);
    assert.equal(outcome, 'copied');
    const { text, html } = await clipboard(snapshot);
    assert.ok(text.startsWith(`“${QUOTED}”\n\n`), text);
    assert.ok(text.includes(`Archived copy: ${ARCHIVE_LONG}#:~:text=`), text);
    assert.ok(html.includes('data-versiondate="2017-07-19"'));
    // Nothing selected: said, nothing copied; the worker page is closed again after each quote.
    await snapshot.evaluate(() => getSelection().removeAllRanges());
    assert.equal(
      await harness.worker.evaluate((id) => globalThis.archiveReader.copyQuoteFromTab(id, 0), tabId),
      'no-selection',
    );
    assert.equal(
      await harness.worker.evaluate(
        async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
      ),
      0,
    );
  });
});
