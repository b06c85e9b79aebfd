// The built extension in headless Debian Chromium (playwright-core), with the reference snapshot served at
// https://archive.ph/qF3xK by request routing. Run: node build.mjs && node --test test/e2e/chromium.test.mjs
import assert from 'node:assert/strict';
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
import { SETTLE_MS, launchChromium } from './chromium-harness.mjs';

let harness;
let server;
let context;
let worker;
let snapshot;
let popup;

const extensionUrl = (file) => harness.extensionUrl(file);
const openPopupFor = (url) => harness.openPopupFor(url);
const nextReaderPage = (action) => harness.nextReaderPage(action);

describe('Chromium', () => {
  before(async () => {
    harness = await launchChromium();
    ({ server, context, worker } = harness);
    snapshot = harness.firstPage;
  });

  after(async () => {
    await harness?.close();
  });

  test('popup preview shows title, authors, date and publisher without a visible wait', async (t) => {
    await snapshot.goto(SNAPSHOT_URL);
    await snapshot.waitForTimeout(SETTLE_MS);
    popup = await openPopupFor(SNAPSHOT_URL);
    await popup.waitForSelector('#preview:not([hidden])');

    assert.equal(normalise(await popup.textContent('#preview-title')), truth.title);
    assert.equal(normalise(await popup.textContent('#preview-byline')), truth.byline);
    assert.equal(normalise(await popup.textContent('#preview-site')), truth.siteName);
    assert.equal(await popup.getAttribute('#preview-date', 'datetime'), truth.publishedDate);
    assert.match(await popup.textContent('#preview-date'), /2017/);
    assert.match(await popup.textContent('#preview-length'), /words · \d+ min read/);
    assert.match(await popup.textContent('#preview-archived'), /^Archived .*2017 from washingtonpost\.com$/);
    assert.ok(await popup.getByRole('button', { name: 'Reader view' }).isVisible());
    assert.ok(await popup.getByRole('button', { name: 'Copy', exact: true }).isVisible());

    const shown = await popup.evaluate(() => ({ ...document.documentElement.dataset }));
    t.diagnostic(
      `popup preview shown ${shown.previewShownMs} ms after navigation start (copy read in ${shown.extractionMs} ms)`,
    );
    assert.ok(Number(shown.previewShownMs) < 1000, `preview took ${shown.previewShownMs} ms`);
    // Opened again on the same snapshot, the popup answers from what it read (storage.session), not from a new copy.
    const again = await openPopupFor(SNAPSHOT_URL);
    await again.waitForSelector('#preview:not([hidden])');
    assert.equal(normalise(await again.textContent('#preview-title')), truth.title);
    t.diagnostic(
      `popup opened again: preview shown ${await again.evaluate(() => document.documentElement.dataset.previewShownMs)} ms after navigation start`,
    );
    await again.close();

    // The page itself is left exactly as it was: compare it with a twin served where no content script runs.
    // (The archive's own scripts, which differ by scheme between the two addresses, are left out.)
    const twin = await context.newPage();
    await twin.goto(`${server.origin}/archive/qF3xK`);
    const markup = (page) =>
      page.evaluate(() => {
        const copy = document.documentElement.cloneNode(true);
        for (const script of copy.querySelectorAll('script')) script.remove();
        return copy.outerHTML;
      });
    assert.equal(await markup(snapshot), await markup(twin), 'the archive page was changed');
    await twin.close();

    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: await artifactPath('chromium-popup-light.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: await artifactPath('chromium-popup-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  test('Copy puts the clean article on the clipboard as rich text, Markdown and plain text, with original links', async () => {
    await popup.selectOption('#copy-format', 'rich');
    await popup.check('#copy-source');
    await popup.getByRole('button', { name: 'Copy', exact: true }).click();
    await popup.waitForFunction(() => document.documentElement.dataset.copied === 'rich');
    const rich = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = await (await item.getType('text/html')).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return {
        types: item.types,
        text: await (await item.getType('text/plain')).text(),
        htmlText: doc.body.textContent,
        hrefs: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
        headings: doc.querySelectorAll('h1, h2, h3').length,
        images: [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src')),
        scripts: doc.querySelectorAll('script, style, iframe').length,
      };
    });
    assert.deepEqual([...rich.types].sort(), ['text/html', 'text/plain']);
    assertOriginalLinks(rich.hrefs, 'clipboard text/html');
    assert.ok(rich.hrefs.includes(truth.originalUrl), 'source line links the original');
    assert.ok(rich.headings >= 1, 'rich text keeps the headline');
    assert.ok(rich.images.length >= 1 && rich.images.every((src) => /^https:\/\//.test(src)), 'rich text keeps images');
    assert.equal(rich.scripts, 0);
    assert.match(rich.text, /Source: .*washingtonpost\.com.*archived copy.*https:\/\/archive\.ph\/qF3xK/);

    await popup.selectOption('#copy-format', 'markdown');
    await popup.getByRole('button', { name: 'Copy', exact: true }).click();
    await popup.waitForFunction(() => document.documentElement.dataset.copied === 'markdown');
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    assert.ok(markdown.startsWith(`# ${truth.title}`), 'Markdown starts with the title');
    for (const { text, href } of truth.links)
      assert.ok(markdown.includes(`[${text}](${href})`), `Markdown link ${text}`);
    assert.doesNotMatch(markdown, /archive\.ph\/o\//);

    await popup.selectOption('#copy-format', 'text');
    await popup.getByRole('button', { name: 'Copy', exact: true }).click();
    await popup.waitForFunction(() => document.documentElement.dataset.copied === 'text');
    const text = await popup.evaluate(() => navigator.clipboard.readText());
    assert.equal(text, rich.text, 'plain text equals the plain part of the rich copy');

    // The last choice is remembered.
    await popup.reload();
    await popup.waitForSelector('#preview:not([hidden])');
    await popup.waitForFunction(() => document.querySelector('#copy-format').value === 'text');
    assert.equal(await popup.isChecked('#copy-source'), true);

    assertCleanArticle(rich.htmlText, 'clipboard text/html');
    assertCleanArticle(rich.text, 'clipboard text/plain');
    assertCleanArticle(markdownProse(markdown), 'clipboard Markdown');
  });

  let reader;

  test('Reader view opens with every truth paragraph, none of the clutter, and its sources', async () => {
    reader = await nextReaderPage(() => popup.getByRole('button', { name: 'Reader view' }).click());
    await reader.setViewportSize({ width: 1000, height: 900 });
    assert.equal(normalise(await reader.textContent('.ar-title')), truth.title);
    assert.equal(await reader.getAttribute('#original-link', 'href'), truth.originalUrl);
    assert.equal(await reader.getAttribute('#archived-link', 'href'), truth.archiveUrl.short);
    assert.match(await reader.textContent('#archived-link'), /captured .*2017.*22:03 UTC/);
    assert.match(
      await reader.textContent('.ar-meta'),
      /By Philip Rucker and Karen DeYoung · May 16, 2017 · \d+ min read/,
    );
    const hrefs = await reader.$$eval('#article a[href]', (links) => links.map((a) => a.getAttribute('href')));
    assertOriginalLinks(hrefs, 'reader');
    assert.equal(await reader.$$eval('#article script, #article iframe, #article [style]', (els) => els.length), 0);
    // Images come from the archive's image host (routed to a generated PNG) and carry their captions.
    await reader.$eval('#article img', (img) => img.scrollIntoView());
    await poll(() => reader.$eval('#article img', (img) => img.complete && img.naturalWidth > 0), {
      what: 'first image',
    });
    const captions = normalise(
      await reader.$$eval('#article figcaption', (els) => els.map((e) => e.textContent).join(' ')),
    );
    assert.ok(captions.includes(normalise(truth.firstPhoto.caption)), 'photo caption shown');
    await reader.evaluate(() => window.scrollTo(0, 0));

    await reader.emulateMedia({ colorScheme: 'light' });
    await reader.screenshot({ path: await artifactPath('chromium-reader-light.png') });
    await reader.emulateMedia({ colorScheme: 'dark' });
    await reader.screenshot({ path: await artifactPath('chromium-reader-dark.png') });
    await reader.emulateMedia({ colorScheme: 'light' });
    assertCleanArticle(await reader.innerText('#article'), 'reader');
  });

  test('reader controls answer the keyboard and are remembered', async () => {
    const root = () =>
      reader.evaluate(() => ({
        theme: document.documentElement.dataset.theme ?? 'system',
        size: document.documentElement.style.getPropertyValue('--ar-size'),
        font: document.documentElement.style.getPropertyValue('--ar-font'),
      }));
    assert.deepEqual(await root(), { theme: 'system', size: '19px', font: 'var(--ar-serif)' });
    await reader.keyboard.press('t'); // system → light
    await reader.keyboard.press('t'); // light → sepia
    await reader.keyboard.press('+');
    await reader.keyboard.press('f');
    assert.deepEqual(await root(), { theme: 'sepia', size: '20px', font: 'var(--ar-sans)' });
    await reader.screenshot({ path: await artifactPath('chromium-reader-sepia.png') });

    await reader.keyboard.press('?');
    assert.equal(await reader.$eval('#help', (d) => d.open), true);
    assert.ok((await reader.$$('#help-keys tr')).length >= 10, 'help lists the shortcuts');
    await reader.screenshot({ path: await artifactPath('chromium-reader-help.png') });
    await reader.keyboard.press('Escape');
    assert.equal(await reader.$eval('#help', (d) => d.open), false);

    await reader.reload();
    await reader.waitForSelector('html[data-ready="true"]');
    assert.deepEqual(await root(), { theme: 'sepia', size: '20px', font: 'var(--ar-sans)' }, 'remembered after reload');
    // Back to the defaults for the following tests and screenshots.
    await reader.getByRole('button', { name: 'Appearance' }).click();
    await reader.getByLabel('Follow the system').check();
    await reader.getByLabel('Serif', { exact: true }).check();
    await reader.getByRole('button', { name: 'Smaller text' }).click();
    assert.deepEqual(await root(), { theme: 'system', size: '19px', font: 'var(--ar-serif)' });
    await reader.keyboard.press('Escape');
  });

  test('read aloud speaks paragraph by paragraph, pauses, skips and changes speed', async () => {
    // A recording stand-in for the speech engine: headless Chromium has no voices.
    await reader.evaluate(() => {
      const spoken = [];
      window.spoken = spoken;
      const fake = {
        paused: false,
        current: null,
        getVoices() {
          return [];
        },
        speak(u) {
          this.current = u;
          spoken.push({ text: u.text, rate: u.rate, lang: u.lang });
        },
        cancel() {
          const u = this.current;
          this.current = null;
          u?.onerror?.({ error: 'interrupted' });
        },
        pause() {
          this.paused = true;
        },
        resume() {
          this.paused = false;
        },
        finish() {
          const u = this.current;
          this.current = null;
          u?.onend?.({});
        },
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    });
    const spoken = () => reader.evaluate(() => window.spoken);
    await reader.keyboard.press('p');
    let said = await spoken();
    assert.equal(said.length, 1);
    assert.equal(normalise(said[0].text), normalise(truth.paragraphs[0]));
    assert.equal(said[0].lang, 'en');
    assert.equal(await reader.textContent('#speech-play-label'), 'Pause');
    assert.equal(normalise(await reader.textContent('.ar-speaking')), normalise(truth.paragraphs[0]));

    await reader.evaluate(() => window.speechSynthesis.finish()); // the engine reaches the end of the paragraph
    said = await spoken();
    assert.equal(normalise(said[1].text), normalise(truth.paragraphs[1]));
    await reader.keyboard.press('n');
    await reader.keyboard.press('>');
    said = await spoken();
    assert.equal(normalise(said.at(-1).text), normalise(truth.paragraphs[2]));
    assert.equal(said.at(-1).rate, 1.25);
    await reader.keyboard.press('p');
    assert.equal(await reader.evaluate(() => window.speechSynthesis.paused), true);
    assert.equal(await reader.textContent('#speech-play-label'), 'Resume');
    await reader.keyboard.press('Escape');
    assert.equal(await reader.$$eval('.ar-speaking', (els) => els.length), 0);
    await reader.keyboard.press('<');
  });

  test('the keyboard command (Alt+Shift+R) opens the reader for the active tab', async (t) => {
    // Headless Chromium has no OS keyboard shortcut to press: call the command handler the browser calls.
    await snapshot.bringToFront();
    const page = await nextReaderPage(() => worker.evaluate(() => self.archiveReader.handleCommand('open-reader')));
    assert.equal(normalise(await page.textContent('.ar-title')), truth.title);
    const text = await page.innerText('#article');
    await page.close();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.commands['open-reader'].suggested_key.default, 'Alt+Shift+R');
    // Chromium declines to assign Alt+Shift+R by itself (a browser accelerator); the user can (options page).
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    t.diagnostic(`Chromium assigned the shortcut: "${commands.find((c) => c.name === 'open-reader')?.shortcut}"`);
    assertCleanArticle(text, 'reader from the command');
  });

  test('the reader keeps working after the archive tab is closed, and on reload', async () => {
    await snapshot.close();
    await reader.reload();
    await reader.waitForSelector('html[data-ready="true"]');
    const text = await reader.innerText('#article');
    // A fresh tab on the same address reads the shared store rather than the tab's own copy.
    const fresh = await context.newPage();
    await fresh.goto(reader.url());
    await fresh.waitForSelector('html[data-ready="true"]');
    assert.equal(normalise(await fresh.textContent('.ar-title')), truth.title);
    await fresh.close();
    assertCleanArticle(text, 'reader after the archive tab closed');
  });

  test('a snapshot whose elements clobber globals and document properties reads like the plain one', async () => {
    const page = await context.newPage();
    await page.goto(CLOBBERED_URL);
    assert.equal(await page.evaluate(() => document.getElementById('__archiveReaderContent') !== null), true);
    const clobbered = await openPopupFor(CLOBBERED_URL);
    await clobbered.waitForSelector('#preview:not([hidden])');
    assert.equal(normalise(await clobbered.textContent('#preview-title')), truth.title);
    assert.equal(normalise(await clobbered.textContent('#preview-byline')), truth.byline);
    assert.match(await clobbered.textContent('#preview-archived'), /^Archived .*2017 from washingtonpost\.com$/);
    const article = await clobbered.evaluate(() => globalThis.archiveReader.article());
    assert.equal(article.wordCount, await popup.evaluate(() => globalThis.archiveReader.article().wordCount));
    await clobbered.close();
    await page.close();
  });

  test('a page with no article gets a clear message and "Try anyway"', async () => {
    const page = await context.newPage();
    await page.goto(NO_ARTICLE_URL);
    await page.waitForTimeout(SETTLE_MS);
    const noArticle = await openPopupFor(NO_ARTICLE_URL);
    await noArticle.waitForSelector('#empty:not([hidden])');
    assert.equal(await noArticle.textContent('#empty-title'), 'No article found on this page');
    assert.equal(await noArticle.isVisible('#actions'), false);
    // "Why?" tells the core's reasons, in numbers (the lines of the command line's --explain).
    await noArticle.getByText('Why?', { exact: true }).click();
    assert.match(await noArticle.textContent('#empty-why'), /The page shows [\d,]+ characters of text\./);
    await noArticle.screenshot({ path: await artifactPath('chromium-popup-no-article.png'), fullPage: true });
    await noArticle.getByRole('button', { name: 'Try anyway' }).click();
    await noArticle.waitForFunction(() => /Still no article/.test(document.querySelector('#empty-detail').textContent));
    await noArticle.close();
    // The shortcut on such a page opens a reader that says the same, with its reasons, instead of an empty page.
    await page.bringToFront();
    const reader = await nextReaderPage(() => worker.evaluate(() => self.archiveReader.handleCommand('open-reader')));
    await reader.waitForSelector('html[data-ready="true"]');
    assert.match(await reader.textContent('#reader-status'), /^No article found on this page\./);
    assert.match(await reader.textContent('.why'), /Why\?/);
    await reader.close();
    await page.close();
  });

  test('the option "open the reader automatically" opens it on a snapshot', async () => {
    await popup.evaluate(() =>
      chrome.storage.local
        .get('settings')
        .then(({ settings }) => chrome.storage.local.set({ settings: { ...settings, autoOpen: true } })),
    );
    const tab = await context.newPage();
    const page = await nextReaderPage(() => tab.goto(SNAPSHOT_URL));
    assert.equal(normalise(await page.textContent('.ar-title')), truth.title);
    await popup.evaluate(() =>
      chrome.storage.local
        .get('settings')
        .then(({ settings }) => chrome.storage.local.set({ settings: { ...settings, autoOpen: false } })),
    );
    await page.close();
    await tab.close();
  });

  test('the reader sanitises what it shows and lists sub-headings as contents', async () => {
    const article = {
      title: 'Sections test',
      authors: [{ literal: 'Test Desk' }],
      byline: null,
      published: '2020-01-02',
      siteName: 'Example',
      lang: 'en',
      section: null,
      excerpt: null,
      leadImage: null,
      wordCount: 40,
      readingMinutes: 1,
      contentHtml:
        '<h2>First part</h2><p>One <a href="javascript:alert(1)">bad link</a>.</p>' +
        '<img src="x" onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>' +
        '<h2>Second part</h2><p style="color:red">Two.</p><h3>Detail</h3><p>Three.</p>' +
        // Ids the reader's own elements have: the article's must not take their place.
        '<p id="help">Help yourself.</p><p id="speech-status">Status.</p><p><a href="#help">to help</a></p>' +
        '<blockquote><p>Quoted.</p></blockquote><ul><li>Item.</li></ul>',
      text: 'One. Two. Three.',
      source: {
        service: 'none',
        originalUrl: 'https://example.org/a',
        archiveUrl: null,
        archiveShortUrl: null,
        archivedAt: null,
      },
    };
    const page = await context.newPage();
    await page.goto(extensionUrl('options.html'));
    await page.evaluate(
      (a) => chrome.storage.session.set({ 'reader:test-toc': { article: a, storedAt: Date.now() } }),
      article,
    );
    await page.goto(extensionUrl('reader.html?id=test-toc'));
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(await page.title(), 'Sections test');
    assert.equal(
      await page.$$eval(
        '#article script, #article [onerror], #article [style], #article a[href^="javascript"]',
        (els) => els.length,
      ),
      0,
    );
    assert.equal(await page.isVisible('#toggle-toc'), true);
    await page.keyboard.press('c');
    const entries = await page.$$eval('#toc-list a', (links) =>
      links.map((a) => [a.textContent, a.getAttribute('href')]),
    );
    assert.deepEqual(
      entries.map(([label]) => label),
      ['First part', 'Second part', 'Detail'],
    );
    await page.click('#toc-list a >> nth=1');
    assert.match(page.url(), /#ar-section-2$/);
    // The article's ids live under a prefix: the reader's dialog and status keep theirs, and the article's own link
    // still reaches its target.
    assert.equal(await page.evaluate(() => document.getElementById('help').localName), 'dialog');
    assert.equal(await page.evaluate(() => document.getElementById('speech-status').closest('#article')), null);
    assert.equal(await page.getAttribute('#article a[href^="#ar-c-"]', 'href'), '#ar-c-help');
    assert.equal(await page.textContent('#ar-c-help'), 'Help yourself.');

    // Print shows the article and its source line, nothing of the reader's controls.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('.toolbar'), false);
    assert.equal(await page.isVisible('#toc'), false);
    assert.equal(await page.isVisible('.ar-source'), true);
    assert.match(await page.textContent('.ar-source'), /Source: .*Sections test.*https:\/\/example\.org\/a/);

    // A Hebrew article runs right to left in the English interface; the source line keeps the interface's direction.
    // The quote's bar and the list's indent sit at the start of the line: left here, right in the Hebrew article.
    const startSides = () =>
      page.evaluate(() => {
        const quote = getComputedStyle(document.querySelector('#article blockquote'));
        const list = getComputedStyle(document.querySelector('#article ul'));
        return {
          bar: { left: quote.borderLeftWidth, right: quote.borderRightWidth },
          indent: { left: parseFloat(list.paddingLeft) > 0, right: parseFloat(list.paddingRight) > 0 },
        };
      });
    assert.equal(await page.getAttribute('.ar-article', 'dir'), 'ltr');
    assert.deepEqual(await startSides(), { bar: { left: '3px', right: '0px' }, indent: { left: true, right: false } });
    await page.evaluate(
      (a) => chrome.storage.session.set({ 'reader:test-rtl': { article: a, storedAt: Date.now() } }),
      { ...article, lang: 'he', title: 'מבחן' },
    );
    await page.goto(extensionUrl('reader.html?id=test-rtl'));
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(await page.getAttribute('.ar-article', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('.ar-source', 'dir'), 'ltr');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.deepEqual(await startSides(), { bar: { left: '0px', right: '3px' }, indent: { left: false, right: true } });
    await page.close();
  });

  test('the options page shows every default', async () => {
    const page = await context.newPage();
    await page.goto(extensionUrl('options.html'));
    await page.waitForFunction(() => document.querySelector('#shortcut-hint').textContent !== '');
    assert.equal(await page.inputValue('select[name="theme"]'), 'system');
    assert.equal(await page.inputValue('select[name="copyFormat"]'), 'text');
    assert.equal(await page.isChecked('input[name="autoOpen"]'), false);
    assert.match(await page.textContent('#shortcut-hint'), /Alt\+Shift\+R/);
    await page.screenshot({ path: await artifactPath('chromium-options.png'), fullPage: true });
    await page.close();
  });
});
