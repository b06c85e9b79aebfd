// Cite and Save in the built extension (headless Chromium): citations copied from the popup equal the CLI's,
// citation files and saved articles land in the downloads folder, and the single-file HTML opens in a fresh
// browser with the network blocked. Run: node build.mjs && node --test test/e2e/cite-save.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { unzipSync } from 'fflate';
import { SNAPSHOT_URL, artifactPath, assertCleanArticle, normalise, poll, truth } from './fixture.mjs';
import { CHROMIUM, CHROMIUM_ARGS, SETTLE_MS, launchChromium } from './chromium-harness.mjs';

const run = promisify(execFile);
const SNAPSHOT_FILE = 'test/fixtures/wapo-2017-oval-office/snapshot.html';

/** Today in this machine's time zone (the browser's too): the access date the extension puts in citations. */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const CLI_STYLES = ['apa', 'mla', 'chicago-note', 'wikipedia', 'bibtex', 'ris', 'csl-json'];
const cliRuns = new Map();
let cliSlots = 2; // the machine's two cores
const waiting = [];

/** What the command line prints for the reference snapshot in `style` (each style run once, two at a time). */
function cliCitation(style) {
  if (!cliRuns.has(style)) {
    cliRuns.set(
      style,
      (async () => {
        if (cliSlots === 0) await new Promise((resolve) => waiting.push(resolve));
        cliSlots--;
        try {
          const args = ['dist/cli.mjs', SNAPSHOT_FILE, '--url', SNAPSHOT_URL, '--cite', style, '--accessed', today()];
          return (await run(process.execPath, args)).stdout;
        } finally {
          cliSlots++;
          waiting.shift()?.();
        }
      })(),
    );
  }
  return cliRuns.get(style);
}

/** The CLI ends its output with one newline unless the citation already does. */
const asPrinted = (text) => (text.endsWith('\n') ? text : `${text}\n`);
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

let harness;
let popup;
/** The article as the extension read it from the snapshot tab. */
let article;

/** Clears a dataset flag, runs `action`, and waits until the page sets the flag again. */
async function flagged(page, flag, action) {
  await page.bringToFront();
  await page.evaluate((f) => delete document.documentElement.dataset[f], flag);
  await action();
  await page.waitForFunction((f) => document.documentElement.dataset[f] !== undefined, flag, { timeout: 15_000 });
  return page.evaluate((f) => document.documentElement.dataset[f], flag);
}

async function save(page, format) {
  // The page in front: Chromium throttles animation frames in background tabs, which Playwright's waits use.
  await page.bringToFront();
  await page.selectOption('#save-format', format);
  await page.evaluate(() => delete document.documentElement.dataset.saveState);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForFunction(() => ['done', 'failed'].includes(document.documentElement.dataset.saveState), null, {
    timeout: 20_000,
  });
  const state = await page.evaluate(() => ({ ...document.documentElement.dataset }));
  assert.equal(state.saveState, 'done', `saving ${format} failed: ${await page.textContent('#save-status')}`);
  return {
    fileName: state.savedFile,
    workMs: Number(state.saveWorkMs),
    status: normalise(await page.textContent('#save-status')),
  };
}

describe('Chromium: Cite and Save', () => {
  before(async () => {
    // The command line's citations are computed while the browser starts.
    for (const style of CLI_STYLES) cliCitation(style).catch(() => undefined);
    harness = await launchChromium({ downloads: true });
    const snapshot = harness.firstPage;
    await snapshot.goto(SNAPSHOT_URL);
    await snapshot.waitForTimeout(SETTLE_MS);
    popup = await harness.openPopupFor(SNAPSHOT_URL);
    await popup.waitForSelector('#preview:not([hidden])');
    article = await popup.evaluate(() => globalThis.archiveReader.article());
    assert.ok(article?.title, 'the extension reads the snapshot');
  });

  after(async () => {
    await harness?.close();
  });

  test('the popup shows Cite and Save without slowing down its preview', async (t) => {
    const shown = await popup.evaluate(() => ({ ...document.documentElement.dataset }));
    t.diagnostic(
      `popup preview shown ${shown.previewShownMs} ms after navigation start (Cite and Save load on first use)`,
    );
    // How fast is measured by `npm run bench:popup`; here, that the preview came and nothing of Cite or Save
    // was loaded for it.
    assert.ok(Number(shown.previewShownMs) > 0, 'the preview marker is set');
    assert.ok(await popup.getByRole('button', { name: 'Cite', exact: true }).isVisible());
    assert.ok(await popup.getByRole('button', { name: 'Save', exact: true }).isVisible());
    // Nothing of citing or saving was loaded to show the preview.
    const scripts = await popup.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.deepEqual(
      scripts.filter((name) => /\/(?:cite-panel|save)\.js$/.test(name)),
      [],
    );
    await popup.setViewportSize({ width: 360, height: 560 });
  });

  test("Cite: the copied citation equals the CLI's, for APA, MLA, Chicago note, Wikipedia and BibTeX", async () => {
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Cite', exact: true }).click();
    await popup.waitForSelector('#cite-style');
    assert.equal(await popup.getAttribute('#cite', 'aria-expanded'), 'true');
    for (const style of ['apa', 'mla', 'chicago-note', 'wikipedia', 'bibtex']) {
      await popup.selectOption('#cite-style', style);
      const copied = await flagged(popup, 'citeCopied', () =>
        popup.getByRole('button', { name: 'Copy citation' }).click(),
      );
      assert.equal(copied, style);
      const clip = await popup.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const html = item.types.includes('text/html') ? await (await item.getType('text/html')).text() : null;
        return { text: await (await item.getType('text/plain')).text(), html };
      });
      assert.equal(asPrinted(clip.text), await cliCitation(style), `${style}: clipboard text equals the CLI's`);
      if (['apa', 'mla', 'chicago-note'].includes(style)) {
        assert.match(
          clip.html ?? '',
          /<i>Inside the Oval Office|<i>The Washington Post<\/i>|<i>Washington Post<\/i>/,
          `${style}: rich text has italics`,
        );
      } else {
        assert.equal(clip.html, null, `${style}: plain text only`);
      }
      // The preview shows the same citation.
      assert.equal(normalise(await popup.innerText('#cite-preview')), normalise(clip.text));
    }
    const wikipedia = await cliCitation('wikipedia');
    assert.doesNotMatch(wikipedia, /archive\.(?:today|ph|is|li|vn|fo|md)/);
    await popup.selectOption('#cite-style', 'mla');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: await artifactPath('chromium-popup-cite-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: await artifactPath('chromium-popup-cite-light.png'), fullPage: true });

    // The chosen style is remembered.
    await popup.reload();
    await popup.waitForSelector('#preview:not([hidden])');
    await popup.getByRole('button', { name: 'Cite', exact: true }).click();
    await popup.waitForSelector('#cite-style');
    assert.equal(await popup.inputValue('#cite-style'), 'mla');
  });

  test("Cite: Download puts .bib, .ris and .json in the downloads folder with the CLI's content", async () => {
    for (const [style, extension] of [
      ['bibtex', 'bib'],
      ['ris', 'ris'],
      ['csl-json', 'json'],
    ]) {
      await popup.selectOption('#cite-style', style);
      const fileName = await flagged(popup, 'citeDownloaded', () =>
        popup.getByRole('button', { name: `Download .${extension}` }).click(),
      );
      assert.match(fileName, new RegExp(`^the-washington-post-inside-the-oval-office.*\\.${extension}$`));
      const content = await readFile(path.join(harness.downloadsDir, fileName), 'utf8');
      assert.equal(asPrinted(content), await cliCitation(style), `${style}: file equals the CLI's output`);
    }
    assert.equal(await popup.isVisible('#cite-download'), true);
    await popup.selectOption('#cite-style', 'apa');
    assert.equal(await popup.isVisible('#cite-download'), false, 'no Download for text styles');
    await popup.getByRole('button', { name: 'Cite', exact: true }).click();
    assert.equal(await popup.isVisible('#cite-panel'), false);
  });

  let htmlFile;
  let htmlSaved;

  test("Save as single-file HTML: images fetched from the archive's image hosts, the file in the downloads folder", async (t) => {
    const before = new Date();
    before.setMilliseconds(0);
    htmlSaved = await save(popup, 'html');
    t.diagnostic(
      `saving the reference article as single-file HTML: ${htmlSaved.workMs.toFixed(1)} ms of extension work (formatting, hashing, packaging), image transfer not counted`,
    );
    assert.ok(htmlSaved.workMs < 1000, `extension work ${htmlSaved.workMs} ms`);
    assert.match(htmlSaved.fileName, /^the-washington-post-inside-the-oval-office.*\.html$/);
    assert.equal(htmlSaved.status, `Saved ${htmlSaved.fileName}.`);
    htmlFile = path.join(harness.downloadsDir, htmlSaved.fileName);
    const html = await readFile(htmlFile, 'utf8');
    assert.doesNotMatch(html, /<script/i);
    assert.ok(!/src="https?:/.test(html), 'no image points to the network');
    htmlSaved.before = before;
    htmlSaved.after = new Date();
    // The last format is remembered.
    await popup.reload();
    await popup.waitForSelector('#preview:not([hidden])');
    assert.equal(await popup.inputValue('#save-format'), 'html');
  });

  test('the saved HTML opens in a fresh browser with every request blocked: paragraphs, images, provenance', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ offline: true });
      const attempts = []; // seen by routing and by the page's request events alike
      await context.route(/^(?!file:)/, (route) => {
        attempts.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      const fileUrl = pathToFileURL(htmlFile).href;
      page.on('request', (request) => {
        if (request.url() !== fileUrl) attempts.push(request.url());
      });
      await page.goto(fileUrl);
      await page.waitForLoadState('load');
      assertCleanArticle(await page.innerText('body'), 'saved HTML');
      const images = await page.$$eval('img', (imgs) =>
        imgs.map((img) => ({ ok: img.complete && img.naturalWidth > 0, data: img.src.startsWith('data:image/') })),
      );
      assert.ok(images.length >= 1, 'the article has images');
      assert.deepEqual(
        images.filter((i) => !i.ok || !i.data),
        [],
        'every image rendered from the file itself',
      );
      assert.equal(await page.$$eval('.ar-missing-image', (els) => els.length), 0);

      const rows = Object.fromEntries(
        await page.$$eval('.ar-provenance dt', (dts) =>
          dts.map((dt) => [
            dt.textContent.trim(),
            {
              text: dt.nextElementSibling.textContent.trim(),
              datetime: dt.nextElementSibling.querySelector('time')?.getAttribute('datetime') ?? null,
            },
          ]),
        ),
      );
      assert.equal(rows.Original.text, truth.originalUrl);
      assert.equal(rows['Archived copy'].text, truth.archiveUrl.long);
      assert.equal(rows['Short link'].text, truth.archiveUrl.short);
      assert.equal(rows.Captured.datetime, truth.archivedAt);
      assert.equal(rows.Captured.text, '2017-07-19 22:03:03 UTC');
      const savedAt = new Date(rows.Saved.datetime);
      assert.ok(savedAt >= htmlSaved.before && savedAt <= htmlSaved.after, `saved time ${rows.Saved.datetime}`);
      const manifest = await harness.worker.evaluate(() => chrome.runtime.getManifest());
      assert.equal(rows['Saved with'].text, `Archive Reader ${manifest.version}`);
      assert.equal(rows['SHA-256 of the article text'].text, sha256(article.text));

      await page.screenshot({ path: await artifactPath('chromium-saved-html-offline.png') });
      assert.deepEqual(attempts, [], 'no request attempted');
      // The counter does see requests: one made on purpose is recorded.
      await page.goto('https://archive.ph/probe').catch(() => null);
      assert.deepEqual([...new Set(attempts)], ['https://archive.ph/probe']);
    } finally {
      await browser.close();
    }
  });

  test('Save as Markdown, Markdown with images (.zip) and EPUB', async (t) => {
    const md = await save(popup, 'markdown');
    assert.match(md.fileName, /\.md$/);
    const markdown = await readFile(path.join(harness.downloadsDir, md.fileName), 'utf8');
    assert.match(markdown, /^---\ntitle: /);
    assert.ok(markdown.includes(`original_url: "${truth.originalUrl}"`) || markdown.includes(truth.originalUrl));

    const zip = await save(popup, 'markdown-zip');
    assert.match(zip.fileName, /\.zip$/);
    const entries = unzipSync(new Uint8Array(await readFile(path.join(harness.downloadsDir, zip.fileName))));
    const names = Object.keys(entries);
    assert.ok(
      names.some((n) => n.endsWith('.md')),
      'the bundle has the Markdown',
    );
    assert.ok(
      names.some((n) => /^images\/01\.png$/.test(n)),
      `the bundle has the image: ${names}`,
    );

    const epub = await save(popup, 'epub');
    assert.match(epub.fileName, /\.epub$/);
    t.diagnostic(
      `extension work: Markdown ${md.workMs.toFixed(1)} ms, Markdown + images ${zip.workMs.toFixed(1)} ms, EPUB ${epub.workMs.toFixed(1)} ms`,
    );
    for (const saved of [md, zip, epub]) assert.ok(saved.workMs < 1000, `${saved.fileName}: ${saved.workMs} ms`);
    const book = unzipSync(new Uint8Array(await readFile(path.join(harness.downloadsDir, epub.fileName))));
    assert.equal(new TextDecoder().decode(book.mimetype), 'application/epub+zip');
    assert.ok(
      Object.keys(book).some((n) => /\.png$/.test(n)),
      'the book carries the image',
    );
  });

  test('progress is shown while the images are fetched', async () => {
    // The image host answers after a moment, so the progress can be seen.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const slow = async (route) => {
      await held;
      return route.fallback();
    };
    await harness.context.route(/^https:\/\/[a-z0-9]+\.archive\.ph\//, slow);
    try {
      await popup.bringToFront();
      await popup.selectOption('#save-format', 'html');
      await popup.evaluate(() => delete document.documentElement.dataset.saveState);
      await popup.getByRole('button', { name: 'Save', exact: true }).click();
      await popup.waitForFunction(() => document.querySelector('#save-status').textContent === 'Fetching images 0/1…');
      assert.equal(await popup.isVisible('#save-progress'), true);
      assert.equal(await popup.isDisabled('#save'), true, 'one save at a time');
      release();
      await popup.waitForFunction(() => document.documentElement.dataset.saveState === 'done');
      assert.equal(await popup.isVisible('#save-progress'), false);
      assert.match(await popup.textContent('#save-status'), /^Saved .*\.html\.$/);
    } finally {
      release();
      await harness.context.unroute(/^https:\/\/[a-z0-9]+\.archive\.ph\//, slow);
    }
  });

  test('an image that cannot be fetched becomes a visible placeholder, and the result says so', async () => {
    // The image host answers 404 for this run only.
    const missing = (route) => route.fulfill({ status: 404, body: 'gone' });
    await harness.context.route(/^https:\/\/[a-z0-9]+\.archive\.ph\//, missing);
    try {
      const saved = await save(popup, 'html');
      assert.match(
        saved.status,
        /^Saved .*\.html\. 1 of 1 images could not be fetched; the file shows where they were\.$/,
      );
      const html = await readFile(path.join(harness.downloadsDir, saved.fileName), 'utf8');
      assert.match(html, /class="ar-missing-image"/);
    } finally {
      await harness.context.unroute(/^https:\/\/[a-z0-9]+\.archive\.ph\//, missing);
    }
  });

  test('the reader offers the same Cite and Save', async () => {
    const reader = await harness.nextReaderPage(() => popup.getByRole('button', { name: 'Reader view' }).click());
    await reader.getByRole('button', { name: 'Cite', exact: true }).click();
    await reader.waitForSelector('#cite-style');
    await reader.selectOption('#cite-style', 'chicago-note');
    await flagged(reader, 'citeCopied', () => reader.getByRole('button', { name: 'Copy citation' }).click());
    const text = await reader.evaluate(() => navigator.clipboard.readText());
    assert.equal(asPrinted(text), await cliCitation('chicago-note'));

    await reader.getByRole('button', { name: 'Save', exact: true }).click();
    assert.equal(await reader.isVisible('#cite-panel'), false, 'one panel at a time');
    await reader.selectOption('#save-format', 'html');
    await reader.evaluate(() => delete document.documentElement.dataset.saveState);
    await reader.getByRole('button', { name: 'Save the article' }).click();
    await poll(() => reader.evaluate(() => document.documentElement.dataset.saveState === 'done'), {
      what: "the reader's save",
      timeout: 20_000,
    });
    const fileName = await reader.evaluate(() => document.documentElement.dataset.savedFile);
    const html = await readFile(path.join(harness.downloadsDir, fileName), 'utf8');
    assert.match(html, /data:image\/png;base64,/);
    await reader.screenshot({ path: await artifactPath('chromium-reader-save.png') });
    await reader.keyboard.press('Escape');
    assert.equal(await reader.isVisible('#save-panel'), false);
    await reader.close();
  });
});
