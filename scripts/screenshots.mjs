// The pictures in the docs, made by the browser rather than by hand: for each interface language, the popup and
// the reader on the reference snapshot (docs/screenshots/i18n/<lang>-popup.png, <lang>-reader.png), the reader on
// a 360 × 740 screen (docs/screenshots/phone-*.png), and the store's 1280 × 800 screenshots in English
// (docs/store/screenshots/). Headless Debian Chromium with the test build
// of the extension and the snapshot served locally, as in the browser tests (test/e2e/chromium-harness.mjs): no
// request leaves the machine.
//
// Each language gets a browser of its own started in that language (--lang and LANGUAGE/LANG). The script fails
// when the extension does not show that language (a translated label is compared with _locales), and when anything
// in the popup or the reader's toolbar is wider than its box or the page (long German or Japanese labels).
// Japanese and Chinese need a CJK font installed (Debian: fonts-noto-cjk), or their pictures show empty boxes.
//
// Usage: npm run screenshots [-- --lang de,ja]
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SETTLE_MS, launchChromium } from '../test/e2e/chromium-harness.mjs';
import { SNAPSHOT_URL, truth } from '../test/e2e/fixture.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCREENSHOTS_DIR = path.join(root, 'docs/screenshots');
const I18N_DIR = path.join(SCREENSHOTS_DIR, 'i18n');
const STORE_DIR = path.join(root, 'docs/store/screenshots');
/** As wide as the real popup; a full-page picture grows to the content's height. */
const POPUP = { width: 360, height: 240 };
const READER = { width: 1000, height: 700 };
const PHONE = { width: 360, height: 740 };
/** The size both stores take. */
const STORE = { width: 1280, height: 800 };

const { values } = parseArgs({ options: { lang: { type: 'string' } } });
const languages = values.lang ? values.lang.split(',') : (await readdir(path.join(root, '_locales'))).sort();

const messagesOf = (language) =>
  JSON.parse(readFileSync(path.join(root, '_locales', language, 'messages.json'), 'utf8'));

/** The page shows `language`: a label filled from _locales reads as that language's message. */
async function assertLanguage(page, language, selector, key) {
  const expected = messagesOf(language)[key].message;
  const shown = (await page.textContent(selector)).trim();
  assert.equal(shown, expected, `${language}: ${selector} shows "${shown}", not the ${language} "${expected}"`);
}

/**
 * Everything under `scope` that is wider than its own box (scrollWidth > clientWidth) or reaches past the page's
 * right edge, and the page itself scrolling sideways.
 */
async function assertNothingOverflows(page, scope, where) {
  const problems = await page.evaluate((scope) => {
    const page = document.scrollingElement;
    const found = page.scrollWidth > page.clientWidth ? [`the page: ${page.scrollWidth} > ${page.clientWidth}`] : [];
    for (const el of document.querySelectorAll(`${scope}, ${scope} *`)) {
      // Text for screen readers only is clipped to 1 px on purpose.
      if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
      const name = `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${el.className}` : ''}`;
      const overflowX = getComputedStyle(el).overflowX;
      const scrolls = overflowX === 'auto' || overflowX === 'scroll';
      if (!scrolls && el.clientWidth > 0 && el.scrollWidth > el.clientWidth)
        found.push(`${name} "${el.textContent.trim().slice(0, 40)}": ${el.scrollWidth} > ${el.clientWidth}`);
      const right = el.getBoundingClientRect().right;
      if (right > page.clientWidth + 0.5) found.push(`${name} ends at ${Math.round(right)} > ${page.clientWidth}`);
    }
    return found;
  }, scope);
  assert.deepEqual(problems, [], `${where}: overflows horizontally`);
}

const imagesLoaded = (page) =>
  page.waitForFunction(() => Array.from(document.images).every((img) => img.complete), null, { timeout: 10_000 });

/** The popup for the snapshot tab, with its preview shown, as wide as the real one and as tall as its content. */
async function openPopup(browser) {
  const popup = await browser.openPopupFor(SNAPSHOT_URL);
  await popup.setViewportSize(POPUP);
  await popup.waitForSelector('#preview:not([hidden])');
  await popup.evaluate(() => document.fonts.ready);
  return popup;
}

/** The popup over the snapshot it reads, in its place under the browser's toolbar button. */
async function popupOverSnapshot(browser, snapshot, popup) {
  // The test server answers every archived image with one 640 × 360 placeholder, which makes the page's small
  // masthead logo a grey block over the text: give it a logo's height. The page's top is the archive's banner:
  // show the article's text instead.
  await snapshot.addStyleTag({ content: 'img[alt="The Washington Post"] { height: 36px; width: auto; }' });
  await snapshot.evaluate(
    (start) => {
      const xpath = `//text()[contains(., ${JSON.stringify(start)})]`;
      const first = document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE).singleNodeValue;
      window.scrollBy(0, first.parentElement.getBoundingClientRect().top - 160);
    },
    truth.paragraphs[0].slice(0, 40),
  );
  const under = (await snapshot.screenshot()).toString('base64');
  const over = (await popup.screenshot({ fullPage: true })).toString('base64');
  const page = await browser.context.newPage();
  await page.setViewportSize(STORE);
  await page.setContent(
    `<body style="margin:0;overflow:hidden"><img src="data:image/png;base64,${under}" style="display:block">` +
      `<img src="data:image/png;base64,${over}" style="position:absolute;top:0;right:24px;border:1px solid #bbb;` +
      'border-radius:0 0 8px 8px;box-shadow:0 10px 30px rgb(0 0 0 / .35)"></body>',
  );
  await imagesLoaded(page);
  await page.screenshot({ path: path.join(STORE_DIR, 'popup.png') });
  await page.close();
}

/** Keeps the article in the library, from the popup, for the library's picture. */
async function saveToLibrary(popup) {
  await popup.selectOption('#save-format', 'library');
  await popup.click('#save');
  await popup.waitForFunction(() => ['done', 'failed'].includes(document.documentElement.dataset.saveState));
  assert.equal(await popup.evaluate(() => document.documentElement.dataset.saveState), 'done', 'save to library');
  await popup.selectOption('#save-format', 'html');
}

/** The reader on a phone-sized screen, its toolbar folded and then its More list open, for the extension guide. */
async function phoneShots(reader) {
  await reader.setViewportSize(PHONE);
  await reader.screenshot({ path: path.join(SCREENSHOTS_DIR, 'phone-reader.png') });
  await reader.click('#toolbar-more');
  await reader.waitForSelector('#toolbar-menu.is-open');
  await reader.screenshot({ path: path.join(SCREENSHOTS_DIR, 'phone-reader-menu.png') });
  await reader.keyboard.press('Escape');
}

/** The store's pictures of the reader (light, with the citation, dark) and of the library, in English. */
async function storeReaderShots(browser, reader) {
  await reader.setViewportSize(STORE);
  await reader.screenshot({ path: path.join(STORE_DIR, 'reader-light.png') });
  await reader.click('#toggle-cite');
  await reader.waitForFunction(() => document.querySelector('#cite-panel .cite-preview')?.textContent.length > 20);
  await reader.screenshot({ path: path.join(STORE_DIR, 'citation.png') });
  await reader.click('#toggle-cite');
  for (let i = 0; i < 3; i++) await reader.keyboard.press('t'); // system → light → sepia → dark
  await reader.waitForSelector('html[data-theme="dark"]');
  await reader.screenshot({ path: path.join(STORE_DIR, 'reader-dark.png') });
  await reader.keyboard.press('t'); // dark → system

  const library = await browser.context.newPage();
  await library.setViewportSize(STORE);
  await library.goto(browser.extensionUrl('library.html'));
  await library.waitForSelector('html[data-ready="true"]');
  await library.screenshot({ path: path.join(STORE_DIR, 'library.png') });
  await library.close();
}

async function shootLanguage(language) {
  const browser = await launchChromium({ language });
  try {
    const snapshot = await browser.context.newPage();
    await snapshot.setViewportSize(STORE);
    await snapshot.goto(SNAPSHOT_URL);
    await imagesLoaded(snapshot);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

    const popup = await openPopup(browser);
    await assertLanguage(popup, language, '#open-reader', 'popupReaderView');
    await assertNothingOverflows(popup, 'main', `${language} popup`);
    await popup.screenshot({ path: path.join(I18N_DIR, `${language}-popup.png`), fullPage: true });
    await popup.click('#cite');
    await popup.waitForFunction(() => document.querySelector('#cite-panel .cite-preview')?.textContent.length > 20);
    await assertNothingOverflows(popup, 'main', `${language} popup with Cite open`);
    await popup.click('#cite');
    await popup.mouse.move(0, 0); // no hover look left on Cite
    if (language === 'en') {
      await popupOverSnapshot(browser, snapshot, popup);
      await saveToLibrary(popup);
    }

    const reader = await browser.nextReaderPage(() => popup.click('#open-reader'));
    await reader.setViewportSize(READER);
    await imagesLoaded(reader);
    await assertLanguage(reader, language, '#toggle-appearance [data-i18n]', 'readerAppearance');
    await assertNothingOverflows(reader, '.toolbar', `${language} reader toolbar`);
    await reader.screenshot({ path: path.join(I18N_DIR, `${language}-reader.png`) });
    if (language === 'en') {
      await phoneShots(reader);
      await storeReaderShots(browser, reader);
    }
  } finally {
    await browser.close();
  }
}

await mkdir(I18N_DIR, { recursive: true });
await mkdir(STORE_DIR, { recursive: true });
for (const language of languages) {
  const started = Date.now();
  await shootLanguage(language);
  console.log(`${language}: popup and reader (${Date.now() - started} ms)`);
}
console.log(`wrote ${path.relative(root, I18N_DIR)}/ and ${path.relative(root, STORE_DIR)}/`);
