// The library in the built extension (headless Chromium): save to it from the popup and the reader, find and read
// an article with the network blocked, delete it, export → wipe → import to an identical library, and a full disk
// that loses nothing. Run: node build.mjs && node --test test/e2e/library.test.mjs
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SNAPSHOT_URL, artifactPath, assertCleanArticle, normalise, poll, truth } from './fixture.mjs';
import { SETTLE_MS, launchChromium } from './chromium-harness.mjs';

let harness;
let popup;
let library;

/** A second article, handed to a reader tab the way the extension does, with an image on an archive image host. */
const SECOND = {
  title: 'A second article, about turnips',
  authors: [{ given: 'Ada', family: 'Example' }],
  byline: null,
  published: '2021-03-04',
  siteName: 'Example Times',
  lang: 'en',
  section: null,
  excerpt: null,
  leadImage: null,
  contentHtml:
    '<p>Turnips grew larger than ever this spring.</p><figure><img src="https://x1y2z3.archive.ph/AbCdE/0123456789abcdef.png" alt="A chart"><figcaption>Turnip sizes.</figcaption></figure><p>Growers were pleased.</p>',
  text: 'Turnips grew larger than ever this spring.\n\nTurnip sizes.\n\nGrowers were pleased.',
  wordCount: 13,
  readingMinutes: 1,
  source: {
    service: 'archive.today',
    originalUrl: 'https://example.org/turnips',
    archiveUrl: 'https://archive.ph/20210305000000/https://example.org/turnips',
    archiveShortUrl: 'https://archive.ph/AbCdE',
    archivedAt: '2021-03-05T00:00:00Z',
  },
};

/** Everything in the library's database, images as base64, read with IndexedDB itself (not the extension's code). */
function dumpLibrary(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('archive-reader-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store) =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const base64 = async (blob) => {
      let binary = '';
      for (const byte of new Uint8Array(await blob.arrayBuffer())) binary += String.fromCharCode(byte);
      return btoa(binary);
    };
    const records = (await all('articles')).sort((a, b) => (a.id < b.id ? -1 : 1));
    const images = [];
    for (const image of await all('images'))
      images.push({
        articleId: image.articleId,
        src: image.src,
        type: image.blob.type,
        data: await base64(image.blob),
      });
    const version = db.version;
    db.close();
    return { version, records, images: images.sort((a, b) => (a.articleId + a.src < b.articleId + b.src ? -1 : 1)) };
  });
}

async function openLibraryPage(page) {
  // The page in front: Chromium throttles animation frames in background tabs, which Playwright's waits use.
  await page.bringToFront();
  await page.goto(harness.extensionUrl('library.html'));
  await page.waitForSelector('html[data-ready="true"]');
}

const rowTitles = (page) => page.$$eval('#rows tr .title', (links) => links.map((a) => a.textContent));

async function saveFrom(page, buttonName) {
  await page.bringToFront();
  await page.selectOption('#save-format', 'library');
  await page.evaluate(() => delete document.documentElement.dataset.saveState);
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  await page.waitForFunction(() => ['done', 'failed'].includes(document.documentElement.dataset.saveState), null, {
    timeout: 20_000,
  });
  return {
    state: await page.evaluate(() => document.documentElement.dataset.saveState),
    status: normalise(await page.textContent('#save-status')),
  };
}

describe('Chromium: the library', () => {
  before(async () => {
    harness = await launchChromium({ downloads: true });
    await harness.firstPage.goto(SNAPSHOT_URL);
    await harness.firstPage.waitForTimeout(SETTLE_MS);
    popup = await harness.openPopupFor(SNAPSHOT_URL);
    await popup.setViewportSize({ width: 360, height: 420 });
    await popup.waitForSelector('#preview:not([hidden])');
    library = await harness.context.newPage();
  });

  after(async () => {
    await harness?.close();
  });

  test('Save → Library keeps the article with its images, and links to the library', async (t) => {
    const saved = await saveFrom(popup, 'Save');
    t.diagnostic(
      `saving the reference article to the library: ${Number(await popup.evaluate(() => document.documentElement.dataset.saveWorkMs)).toFixed(1)} ms of extension work (sanitising, hashing, packaging), image transfer and the database write not counted`,
    );
    assert.equal(saved.state, 'done');
    assert.equal(saved.status, 'Saved to your library.');
    assert.ok(await popup.getByRole('button', { name: 'Open the library' }).isVisible());
    assert.ok(
      await popup.getByRole('button', { name: 'Library', exact: true }).isVisible(),
      'the popup links to the library',
    );
    await popup.screenshot({ path: await artifactPath('chromium-popup-saved-library.png'), fullPage: true });

    await openLibraryPage(library);
    assert.deepEqual(await rowTitles(library), [truth.title]);
    // The first cell is the row's checkbox for exports (library-export.test.mjs); the facts follow the title.
    const cells = await library.$$eval('#rows tr td:not(.select)', (tds) => tds.map((td) => td.textContent.trim()));
    assert.equal(cells[1], truth.siteName);
    assert.equal(cells[2], 'May 16, 2017');
    assert.match(cells[3], /\d{4}/);
    assert.match(cells[4], /^\d+(\.\d)? (kB|MB)$/);
    const { records, images } = await dumpLibrary(library);
    assert.equal(records.length, 1);
    assert.equal(records[0].schema, 2);
    assert.equal(records[0].provenance.source.archiveShortUrl, truth.archiveUrl.short);
    assert.equal(images.length, 2, 'the body image and the lead image');
  });

  test('with the network blocked: reload, search by a word, open in the reader from the stored copy, delete', async () => {
    const network = await harness.blockNetwork();
    try {
      await openLibraryPage(library);
      await library.getByLabel('Search the library').fill('Lavrov');
      assert.deepEqual(await rowTitles(library), [truth.title]);
      await library.getByLabel('Search the library').fill('Lavrov zzqqxx');
      assert.deepEqual(await rowTitles(library), []);
      assert.equal(normalise(await library.textContent('#empty')), 'No saved article matches “Lavrov zzqqxx”.');
      await library.getByLabel('Search the library').fill('kislyak');
      assert.deepEqual(await rowTitles(library), [truth.title], 'search is case-insensitive and reads the whole text');
      await library.emulateMedia({ colorScheme: 'dark' });
      await library.screenshot({ path: await artifactPath('chromium-library-dark.png') });
      await library.emulateMedia({ colorScheme: 'light' });
      await library.screenshot({ path: await artifactPath('chromium-library-light.png') });

      await library.getByRole('link', { name: truth.title }).click();
      await library.waitForURL(/\/reader\.html\?library=/);
      await library.waitForSelector('html[data-ready="true"]');
      assert.equal(normalise(await library.textContent('.ar-title')), truth.title);
      assertCleanArticle(await library.innerText('#article'), 'reader from the library');
      assert.match(await library.textContent('.ar-library-note'), /^From your library, saved .*UTC\.$/);
      const shown = await poll(
        async () => {
          const imgs = await library.$$eval('#article img', (all) =>
            all.map((img) => ({ src: img.src, ok: img.complete && img.naturalWidth > 0 })),
          );
          return imgs.length > 0 && imgs.every((img) => img.ok) ? imgs : null;
        },
        { what: 'stored images' },
      );
      assert.equal(shown.length, 2, 'lead image and body image');
      assert.ok(
        shown.every((img) => img.src.startsWith('blob:')),
        'images come from the stored blobs',
      );
      await library.screenshot({ path: await artifactPath('chromium-reader-from-library.png') });
      assert.deepEqual(network.attempts, [], 'no request attempted');

      await openLibraryPage(library);
      await library.getByRole('button', { name: `Delete “${truth.title}”` }).click();
      await library.waitForFunction(() => document.documentElement.dataset.shown === '0');
      assert.match(await library.textContent('#empty'), /^Your library is empty\./);
      assert.equal(normalise(await library.textContent('#status-text')), `Deleted “${truth.title}”.`);
      assert.equal((await dumpLibrary(library)).records.length, 0);
      // Undo puts it back exactly as it was (then it is deleted for good below).
      await library.getByRole('button', { name: 'Undo' }).click();
      await library.waitForFunction(() => document.documentElement.dataset.shown === '1');
      await library.getByRole('button', { name: `Delete “${truth.title}”` }).click();
      await library.waitForFunction(() => document.documentElement.dataset.shown === '0');
      assert.deepEqual(network.attempts, [], 'no request attempted');
      // The counter does see requests: one made on purpose is recorded.
      await library.evaluate(() => fetch('https://archive.ph/probe').catch(() => null));
      assert.deepEqual(network.attempts, ['https://archive.ph/probe']);
    } finally {
      await network.restore();
    }
  });

  test('export, wipe, import: the library is identical; importing again adds nothing', async () => {
    // Two articles: the reference again (from the popup) and another saved from a reader tab.
    assert.equal((await saveFrom(popup, 'Save')).state, 'done');
    const page = await harness.context.newPage();
    await page.goto(harness.extensionUrl('options.html'));
    await page.evaluate(
      (a) => chrome.storage.session.set({ 'reader:second': { article: a, storedAt: Date.now() } }),
      SECOND,
    );
    await page.goto(harness.extensionUrl('reader.html?id=second'));
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    assert.equal((await saveFrom(page, 'Save the article')).status, 'Saved to your library.');
    await page.close();

    await openLibraryPage(library);
    // Sorting by title, then the other way round.
    await library.getByRole('button', { name: 'Title' }).click();
    assert.deepEqual(await rowTitles(library), [SECOND.title, truth.title]);
    assert.equal(await library.getAttribute('th:has(button[data-sort="title"])', 'aria-sort'), 'ascending');
    await library.getByRole('button', { name: 'Title' }).click();
    assert.deepEqual(await rowTitles(library), [truth.title, SECOND.title]);
    await library.getByRole('button', { name: 'Published' }).click();
    assert.deepEqual(await rowTitles(library), [SECOND.title, truth.title], 'newest publication first');
    await library.getByLabel('Search the library').fill('turnips');
    assert.deepEqual(await rowTitles(library), [SECOND.title]);
    await library.getByLabel('Search the library').fill('');

    const before = await dumpLibrary(library);
    assert.equal(before.version, 2);
    assert.equal(before.records.length, 2);
    assert.equal(before.images.length, 3);

    await library.evaluate(() => delete document.documentElement.dataset.exported);
    await library.getByRole('button', { name: 'Export the library' }).click();
    await library.waitForFunction(() => document.documentElement.dataset.exported !== undefined);
    const exportName = await library.evaluate(() => document.documentElement.dataset.exported);
    assert.match(exportName, /^archive-reader-library-\d{4}-\d{2}-\d{2}\.json$/);
    const exportPath = path.join(harness.downloadsDir, exportName);
    const file = JSON.parse(await readFile(exportPath, 'utf8'));
    assert.equal(file.format, 'archive-reader-library');
    assert.equal(file.version, 1);
    assert.equal(file.articles.length, 2);

    // Wipe: the whole database goes (the page lets go of it when asked).
    await library.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.deleteDatabase('archive-reader-library');
          request.onsuccess = resolve;
          request.onerror = () => reject(request.error);
        }),
    );
    await openLibraryPage(library);
    assert.match(await library.textContent('#empty'), /^Your library is empty\./);

    await library.bringToFront();
    await library.setInputFiles('#import-file', exportPath);
    await library.waitForFunction(() => document.documentElement.dataset.imported !== undefined);
    assert.deepEqual(JSON.parse(await library.evaluate(() => document.documentElement.dataset.imported)), {
      added: 2,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      conflicts: 0,
      refused: [],
    });
    assert.equal(
      normalise(await library.textContent('#transfer-status')),
      'Imported: 2 added, 0 updated, 0 already there, 0 not valid.',
    );
    assert.deepEqual(await dumpLibrary(library), before, 'the imported library is identical');

    await library.evaluate(() => delete document.documentElement.dataset.imported);
    await library.setInputFiles('#import-file', exportPath);
    await library.waitForFunction(() => document.documentElement.dataset.imported !== undefined);
    assert.deepEqual(JSON.parse(await library.evaluate(() => document.documentElement.dataset.imported)), {
      added: 0,
      updated: 0,
      unchanged: 2,
      skipped: 0,
      conflicts: 0,
      refused: [],
    });
    assert.deepEqual(await dumpLibrary(library), before, 'no duplicates');
    assert.deepEqual((await rowTitles(library)).sort(), [SECOND.title, truth.title].sort());
  });

  test('a full disk while saving: a clear message, and the library intact', async () => {
    const before = await dumpLibrary(library);
    // The test hook of the extension pages: the next library write fails part-way with QuotaExceededError.
    await popup.evaluate(() => globalThis.archiveReaderTest.failNextLibraryWrite('QuotaExceededError'));
    const saved = await saveFrom(popup, 'Save');
    assert.equal(saved.state, 'failed');
    assert.match(saved.status, /^Not enough storage space to save this article: /);
    assert.equal(await popup.$eval('#save-status', (el) => el.classList.contains('is-error')), true);
    await popup.screenshot({ path: await artifactPath('chromium-popup-quota.png'), fullPage: true });
    assert.deepEqual(await dumpLibrary(library), before, 'nothing lost, nothing half-saved');

    await library.bringToFront();
    await library.reload();
    await library.waitForSelector('html[data-ready="true"]');
    assert.deepEqual((await rowTitles(library)).sort(), [SECOND.title, truth.title].sort());
  });

  test('another text for a snapshot already kept replaces it only when Save is pressed again', async () => {
    // The second article again, its text changed: what an altered capture of the same snapshot would give.
    const altered = {
      ...SECOND,
      contentHtml: '<p>Turnips grew smaller than ever this spring.</p>',
      text: 'Turnips grew smaller than ever this spring.',
    };
    const page = await harness.context.newPage();
    await page.goto(harness.extensionUrl('options.html'));
    await page.evaluate(
      (a) => chrome.storage.session.set({ 'reader:altered': { article: a, storedAt: Date.now() } }),
      altered,
    );
    await page.goto(harness.extensionUrl('reader.html?id=altered'));
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const before = await dumpLibrary(library);
    const first = await saveFrom(page, 'Save the article');
    assert.equal(first.state, 'failed');
    assert.match(
      first.status,
      /already holds this snapshot with a different text\. Nothing was changed; press Save again to replace it\./,
    );
    assert.deepEqual(await dumpLibrary(library), before, 'the kept copy is untouched');
    const second = await saveFrom(page, 'Save the article');
    assert.equal(second.status, 'Saved to your library.');
    const after = JSON.stringify(await dumpLibrary(library));
    assert.ok(after.includes(altered.text) && !after.includes('larger than ever'), 'replaced once the user asked');
    await page.close();
  });

  test('the options page links to the library', async () => {
    const page = await harness.context.newPage();
    await page.goto(harness.extensionUrl('options.html'));
    const opened = harness.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open the library' }).click();
    const tab = await opened;
    await tab.waitForURL(/\/library\.html$/);
    await tab.waitForSelector('html[data-ready="true"]');
    assert.equal(await tab.title(), 'Archive Reader library');
    await tab.close();
    await page.close();
  });
});
