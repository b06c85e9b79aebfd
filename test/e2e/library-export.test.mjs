// The library's multi-select export in the built extension (headless Chromium): three stored articles, two chosen
// (a click and a Shift-click range), exported as one EPUB and as one .bib; "Select all matching the search"; the
// Markdown zip. Run: node build.mjs && node --test test/e2e/library-export.test.mjs
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';
import { launchChromium } from './chromium-harness.mjs';

let harness;
let page;

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function article(n, title, published) {
  const img = `https://x1y2z3.archive.ph/AbCd${n}/0123456789abcdef.png`;
  return {
    title,
    authors: [{ given: 'Ada', family: 'Example' }],
    byline: null,
    published,
    siteName: 'Example Times',
    lang: 'en',
    section: null,
    excerpt: null,
    leadImage: null,
    contentHtml: `<p>${title}: the first paragraph.</p><figure><img src="${img}" alt="A chart"><figcaption>Chart ${n}.</figcaption></figure><p>The end.</p>`,
    text: `${title}: the first paragraph.\n\nChart ${n}.\n\nThe end.`,
    wordCount: 9,
    readingMinutes: 1,
    source: {
      service: 'archive.today',
      originalUrl: `https://example.org/story-${n}`,
      archiveUrl: `https://archive.ph/2021030${n}000000/https://example.org/story-${n}`,
      archiveShortUrl: `https://archive.ph/AbCd${n}`,
      archivedAt: `2021-03-0${n}T00:00:00Z`,
    },
    img,
  };
}

// Same author and year and the same first title word: their derived citation keys collide and must be made unique.
const ARTICLES = [
  article(1, 'Turnips in spring', '2021-03-01'),
  article(2, 'Turnips in autumn', '2021-03-02'),
  article(3, 'Carrots for everyone', '2021-03-03'),
];

/** Puts the three articles (and one image each) straight into the library's IndexedDB, as the extension stores them. */
async function seed() {
  await page.evaluate(
    async ({ articles, png }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('archive-reader-library');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const tx = db.transaction(['articles', 'images'], 'readwrite');
      articles.forEach(({ img, ...a }, i) => {
        const id = `seed-${i + 1}`;
        tx.objectStore('articles').put({
          schema: 2,
          id,
          article: a,
          size: 1000 + i,
          imageCount: 1,
          provenance: {
            source: a.source,
            savedAt: `2026-12-0${i + 1}T10:00:00Z`,
            extensionVersion: '0.1.0',
            textSha256: '0'.repeat(64),
          },
        });
        tx.objectStore('images').put({ articleId: id, src: img, blob: new Blob([bytes], { type: 'image/png' }) });
      });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { articles: ARTICLES, png: PNG },
  );
}

async function exportAs(format) {
  await page.evaluate(() => delete document.documentElement.dataset.bulkExported);
  await page.selectOption('#bulk-format', format);
  await page.getByRole('button', { name: 'Export the selection' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.bulkExported, null, { timeout: 20_000 });
  const name = await page.evaluate(() => document.documentElement.dataset.bulkExported);
  assert.notEqual(name, 'failed', await page.textContent('#bulk-status'));
  return {
    name,
    status: (await page.textContent('#bulk-status')).trim(),
    bytes: await readFile(path.join(harness.downloadsDir, name)),
  };
}

const box = (title) => page.getByRole('checkbox', { name: `Select “${title}”` });

describe('Chromium: exporting a selection of the library', () => {
  before(async () => {
    harness = await launchChromium({ downloads: true });
    page = harness.firstPage;
    await page.bringToFront();
    await page.goto(harness.extensionUrl('library.html'));
    await page.waitForSelector('html[data-ready="true"]');
    await seed();
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
  });

  after(async () => {
    await harness?.close();
  });

  test('select 2 of 3 (click, then Shift-click) → one EPUB with 2 chapters and one .bib with 2 unique keys', async () => {
    // Sorted by saved date, newest first: Carrots, Turnips in autumn, Turnips in spring.
    assert.equal(await page.locator('#bulk-export').isDisabled(), true, 'nothing to export before a choice');
    await box('Carrots for everyone').click();
    await box('Turnips in spring').click({ modifiers: ['Shift'] }); // a range: all three
    assert.equal(await page.evaluate(() => document.documentElement.dataset.selected), '3');
    await box('Carrots for everyone').click(); // unchecked again
    await box('Turnips in autumn').click(); // unchecked: the anchor is now autumn…
    await box('Turnips in spring').click({ modifiers: ['Shift'] }); // …and a range to spring unchecks spring too
    assert.equal(await page.evaluate(() => document.documentElement.dataset.selected), '0');
    await box('Turnips in autumn').click();
    await box('Turnips in spring').click({ modifiers: ['Shift'] });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.selected), '2');
    assert.equal(await box('Carrots for everyone').isChecked(), false);

    const epub = await exportAs('epub');
    assert.match(epub.status, /^Exported 2 articles to /);
    assert.match(epub.name, /\.epub$/);
    const files = unzipSync(new Uint8Array(epub.bytes));
    assert.equal(strFromU8(files.mimetype), 'application/epub+zip');
    const chapters = Object.keys(files).filter((f) => /chapter|article/i.test(f) && f.endsWith('.xhtml'));
    assert.equal(chapters.length, 2, Object.keys(files).join(', '));
    const text = chapters.map((f) => strFromU8(files[f])).join('\n');
    assert.match(text, /Turnips in spring/);
    assert.match(text, /Turnips in autumn/);
    assert.doesNotMatch(text, /Carrots/);
    assert.ok(
      Object.keys(files).some((f) => f.endsWith('.png')),
      'the stored images are in the book',
    );

    const bib = await exportAs('bibtex');
    assert.match(bib.name, /\.bib$/);
    const keys = [...bib.bytes.toString('utf8').matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    assert.equal(keys.length, 2, bib.bytes.toString('utf8'));
    assert.equal(new Set(keys).size, 2, `unique keys: ${keys}`);
  });

  test('the selection survives a search; "Select all matching" adds what the search shows; RIS, CSL-JSON', async () => {
    await page.fill('#search', 'carrots');
    assert.match(await page.textContent('#selection-count'), /Selected: 2 \(2 not shown by the search/);
    await page.getByRole('button', { name: 'Select all matching the search' }).click();
    await page.fill('#search', '');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.selected), '3');
    const ris = await exportAs('ris');
    assert.equal((ris.bytes.toString('utf8').match(/^TY {2}- /gm) ?? []).length, 3);
    const csl = JSON.parse((await exportAs('csl-json')).bytes.toString('utf8'));
    assert.equal(csl.length, 3);
    assert.equal(new Set(csl.map((item) => item.id)).size, 3);
  });

  test('keyboard: Space toggles a box, Shift+Space selects the range from the last one', async () => {
    await page.getByRole('button', { name: 'Clear the selection' }).click();
    await box('Carrots for everyone').focus();
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.selected), '1');
    await box('Turnips in spring').focus();
    await page.keyboard.press('Shift+Space');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.selected), '3');
    // Tab from the search reaches the tools: nothing on the way is a trap.
    await page.focus('#search');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'select-matching');
  });

  test('Markdown zip: one .md per article, its images in a folder beside it, unique names', async () => {
    const zip = await exportAs('markdown-zip');
    const files = unzipSync(new Uint8Array(zip.bytes));
    const markdown = Object.keys(files).filter((f) => f.endsWith('.md'));
    assert.equal(markdown.length, 3);
    assert.equal(new Set(markdown).size, 3);
    for (const md of markdown) {
      const folder = md.replace(/\.md$/, '');
      const images = Object.keys(files).filter((f) => f.startsWith(`${folder}/`));
      assert.equal(images.length, 1, `${md}: ${Object.keys(files)}`);
      assert.ok(strFromU8(files[md]).includes(`](${images[0]})`), `${md} links to ${images[0]}`);
    }
  });
});
