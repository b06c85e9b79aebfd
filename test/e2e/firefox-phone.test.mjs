// The built extension on a phone-sized screen: headless Firefox ESR (puppeteer-core over WebDriver BiDi) told that
// its pointer is a finger (`ui.primaryPointerCapabilities`, so `(pointer: coarse)` holds, as on Firefox for
// Android), with pages 360 × 740 CSS px. Popup and reader on the reference snapshot: nothing scrolls sideways,
// every control a finger presses is at least 44 × 44 px, and the reader's toolbar folds into a More button whose
// list opens and closes from the keyboard.
// Run: node build.mjs && node --test test/e2e/firefox-phone.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { firefoxSession } from './firefox-harness.mjs';
import { SNAPSHOT_URL, artifactPath, normalise, poll, truth } from './fixture.mjs';

const SETTLE_MS = 600;
const PHONE = { width: 360, height: 740 };
/** The smallest touch target the platform guidelines (WCAG 2.5.5, Apple, Android) agree on, in CSS px. */
const TOUCH = 44;

const firefox = firefoxSession();
const { gotoExtensionPage, intercept, nextReaderPage } = firefox;
let browser;
let helper;
let popup;
let reader;

/** How far the page scrolls sideways: the root scroller's width past its box. */
const sidewaysScroll = (page) =>
  page.evaluate(() => {
    const root = document.scrollingElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });

/** Every shown button, link, select and checkbox label under `scope` whose box is smaller than a finger. */
const smallTargets = (page, scope, size) =>
  page.evaluate(
    (scope, size) =>
      Array.from(document.querySelectorAll(scope))
        .flatMap((root) =>
          Array.from(root.querySelectorAll('button, a[href], select, label:has(input[type=checkbox])')),
        )
        .filter((el) => el.checkVisibility())
        .map((el) => {
          const box = el.getBoundingClientRect();
          return { what: el.id || el.textContent.trim().slice(0, 30), width: box.width, height: box.height };
        })
        .filter((box) => box.width < size || box.height < size)
        .map((box) => `${box.what}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    scope,
    size,
  );

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const menuState = (page) =>
  page.evaluate(() => ({
    expanded: document.getElementById('toolbar-more').getAttribute('aria-expanded'),
    shown: document.getElementById('toolbar-menu').checkVisibility(),
  }));

describe('Firefox on a phone-sized screen', () => {
  before(async () => {
    // A touch screen: the primary pointer is coarse and cannot hover.
    ({ browser, helper } = await firefox.launch({ prefs: { 'ui.primaryPointerCapabilities': 1 } }));
  });

  after(async () => {
    await firefox.close();
  });

  test('the popup fits the width, and each of its controls takes a finger', async () => {
    const snapshot = await browser.newPage();
    await intercept(snapshot);
    await snapshot.setViewport(PHONE);
    await snapshot.goto(SNAPSHOT_URL);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const tabId = await helper.evaluate(async (u) => (await browser.tabs.query({ url: u }))[0]?.id, SNAPSHOT_URL);
    assert.ok(tabId, 'no tab for the snapshot');
    popup = await browser.newPage();
    await popup.setViewport(PHONE);
    await gotoExtensionPage(popup, `popup.html?tabId=${tabId}`);
    await poll(() => popup.$eval('#preview', (el) => !el.hidden), { what: 'the preview' });
    assert.equal(await popup.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'not a touch screen');
    assert.equal(normalise(await popup.$eval('#preview-title', (el) => el.textContent)), truth.title);

    await popup.click('#cite');
    await poll(() => popup.$eval('#cite-panel .cite-preview', (el) => el.textContent.length > 20), {
      what: 'the citation',
    });
    const { scrollWidth, clientWidth } = await sidewaysScroll(popup);
    assert.ok(scrollWidth <= clientWidth, `the popup scrolls sideways: ${scrollWidth} > ${clientWidth}`);
    assert.deepEqual(await smallTargets(popup, 'main', TOUCH), []);
    await popup.screenshot({ path: await artifactPath('firefox-phone-popup.png'), fullPage: true });
    await popup.click('#cite');
  });

  test('the reader fits the width, and its toolbar folds into a More list that takes a finger', async () => {
    reader = await nextReaderPage(() => popup.click('#open-reader'));
    await reader.setViewport(PHONE);
    await poll(() => reader.evaluate(() => innerWidth === 360), { what: 'the phone-sized reader' });
    const { scrollWidth, clientWidth } = await sidewaysScroll(reader);
    assert.ok(scrollWidth <= clientWidth, `the reader scrolls sideways: ${scrollWidth} > ${clientWidth}`);

    // Folded: one row of buttons, the rest behind More.
    assert.deepEqual(await menuState(reader), { expanded: 'false', shown: false });
    const toolbarHeight = await reader.$eval('.toolbar', (el) => el.getBoundingClientRect().height);
    assert.ok(toolbarHeight < 2 * TOUCH, `the folded toolbar takes ${toolbarHeight} px`);
    assert.deepEqual(await smallTargets(reader, '.toolbar', TOUCH), []);
    await reader.screenshot({ path: await artifactPath('firefox-phone-reader.png') });

    // Open from the keyboard: the list shows every action, each big enough, and takes focus.
    await reader.focus('#toolbar-more');
    await reader.keyboard.press('Enter');
    assert.deepEqual(await menuState(reader), { expanded: 'true', shown: true });
    assert.equal(await focusedId(reader), 'speech-previous');
    const actions = await reader.$$eval('#toolbar-menu button', (buttons) =>
      buttons.filter((b) => b.checkVisibility()).map((b) => b.id),
    );
    for (const id of ['speech-play', 'toggle-cite', 'toggle-highlights', 'toggle-save', 'print', 'open-library'])
      assert.ok(actions.includes(id), `${id} missing from the list: ${actions}`);
    assert.deepEqual(await smallTargets(reader, '.toolbar', TOUCH), []);
    const menuBox = await reader.$eval('#toolbar-menu', (el) => el.getBoundingClientRect().toJSON());
    assert.ok(menuBox.left >= 0 && menuBox.right <= 360, `the list leaves the screen: ${JSON.stringify(menuBox)}`);
    await reader.screenshot({ path: await artifactPath('firefox-phone-reader-menu.png') });

    // Escape closes it and gives focus back to More; so does Enter on More again.
    await reader.keyboard.press('Tab');
    await reader.keyboard.press('Escape');
    assert.deepEqual(await menuState(reader), { expanded: 'false', shown: false });
    assert.equal(await focusedId(reader), 'toolbar-more');
    await reader.keyboard.press('Enter');
    assert.equal((await menuState(reader)).expanded, 'true');
    await reader.keyboard.press('Enter'); // on Previous paragraph: a reading control, the list stays
    assert.equal((await menuState(reader)).expanded, 'true');
    await reader.focus('#toolbar-more');
    await reader.keyboard.press('Enter');
    assert.deepEqual(await menuState(reader), { expanded: 'false', shown: false });

    // An action in the list opens its panel, and the list gets out of the way.
    await reader.keyboard.press('Enter');
    await reader.click('#toggle-cite');
    await poll(() => reader.$eval('#cite-panel', (el) => !el.hidden), { what: 'the Cite panel' });
    assert.equal((await menuState(reader)).shown, false);
    const panel = await reader.$eval('#cite-panel', (el) => el.getBoundingClientRect().toJSON());
    assert.ok(panel.left >= 0 && panel.right <= 360, `the Cite panel leaves the screen: ${JSON.stringify(panel)}`);
    const wide = await sidewaysScroll(reader);
    assert.ok(wide.scrollWidth <= wide.clientWidth, `with Cite open: ${wide.scrollWidth} > ${wide.clientWidth}`);
    assert.deepEqual(await smallTargets(reader, '#cite-panel', TOUCH), []);
    await reader.keyboard.press('Escape');
    assert.equal(await focusedId(reader), 'toolbar-more');
  });
});
