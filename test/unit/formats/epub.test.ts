import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, openSync, readSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article.js';
import { articleToEpub } from '../../../src/formats/epub.js';
import { articlesToEpub } from '../../../src/formats/epub-book.js';
import type { ImageBytes } from '../../../src/formats/image-type.js';
import type { DomWindow } from '../../../src/formats/sanitize.js';
import reference from '../../support/reference-article.json';

const win = new JSDOM('').window as unknown as DomWindow;
const article = reference as Article;
const SAVED_AT = '2026-01-02T03:04:05.678Z';
const IMAGE = 'https://d3gk4m7rq2xw1b.archive.ph/qF3xK/8be00940dc623deaf6db3404dacb71fdc4c6ea76.jpg';
const JPEG = Uint8Array.from(
  Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  ),
);
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const WEBP = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');

function withImages(entries: [string, ImageBytes | null][]): Map<string, ImageBytes | null> {
  return new Map(entries);
}

const referenceEpub = (): Uint8Array =>
  articleToEpub(article, win, {
    images: withImages([[IMAGE, { bytes: JPEG, mediaType: 'image/jpeg' }]]),
    savedAt: SAVED_AT,
    extensionVersion: '0.1.0',
  });

/** Markup browsers forgive and EPUB validators do not, plus hostile bits. */
const AWKWARD: Article = {
  ...article,
  title: 'Awkward & <odd> “content”',
  authors: [{ literal: 'The Editorial Board' }, { given: 'Ana', family: 'Lima' }],
  lang: 'pt-BR',
  contentHtml: [
    '<h2 id="dup">Part one</h2><h2 id="dup">Part two</h2><h2>Part three</h2>',
    '<p>Control\u0001char, form\u000Cfeed, lone \uD800 surrogate, nbsp\u00A0here, <a href="#missing">dangling</a>, <a href="#dup">good</a>.</p>',
    '<span>inline <div>block in inline</div> <p>para in span</p></span>',
    '<h3><div>div in heading</div><ul><li>list in heading</li></ul></h3>',
    '<div><li>orphan item</li><dt>orphan term</dt><figcaption>orphan caption</figcaption></div>',
    '<ul>stray text<li>item</li><p>stray para</p></ul>',
    '<dl><p>para in dl</p><dt>t</dt><dd>d</dd></dl>',
    '<details><summary>More</summary><p>Hidden</p></details>',
    '<figure><figcaption>cap 1</figcaption><img src="https://d3gk4m7rq2xw1b.archive.ph/qF3xK/p.png" alt="p"><p>middle</p><figcaption>cap 2</figcaption></figure>',
    '<figure><p>x</p><figcaption>middle caption</figcaption><p>y</p></figure>',
    '<picture><img src="https://d3gk4m7rq2xw1b.archive.ph/qF3xK/w.webp"></picture>',
    '<p><img src="https://d3gk4m7rq2xw1b.archive.ph/qF3xK/missing.jpg"> <time>yesterday</time> <time datetime="not a date">then</time> <time datetime="2017-05-16T10:00:00-04:00">then</time></p>',
    '<table><caption>Cap</caption><tr><th scope="bogus" colspan="0">H</th><td rowspan="x" width="50%">D</td></tr></table>',
    '<p lang="not a tag" dir="sideways">bad attributes</p><p lang="fr" dir="rtl">good attributes</p>',
    '<ol start="2"><li><p>one</p><ul><li>nested</li></ul></li></ol>',
    '<blockquote cite="https://example.com/q">quoted <q>inline</q></blockquote>',
    '<p><a href="mailto:a@example.com">mail</a> <a href="https://archive.ph/o/qF3xK/https%3A//example.com/x">outbound</a></p>',
    '<p><sub>sub</sub><sup>sup</sup><mark>mark</mark><small>small</small><s>s</s><u>u</u><abbr title="t">abbr</abbr><cite>cite</cite><code>code</code></p>',
    '<pre><code>a &lt; b &amp;&amp; c</code></pre><hr>',
    '<section><article><aside>nested sections</aside></article></section>',
    '<script>alert(1)</script><iframe src="https://evil.example/"></iframe>',
  ].join(''),
};

const awkwardImages = withImages([
  ['https://d3gk4m7rq2xw1b.archive.ph/qF3xK/p.png', { bytes: PNG, mediaType: 'image/png' }],
  ['https://d3gk4m7rq2xw1b.archive.ph/qF3xK/w.webp', { bytes: WEBP, mediaType: 'image/webp' }],
  ['https://d3gk4m7rq2xw1b.archive.ph/qF3xK/missing.jpg', null],
]);

/** The epubcheck command on this machine (Debian's is a jar run by java), or null when it is not installed. */
function findEpubcheck(): string[] | null {
  const dirs = (process.env.PATH ?? '').split(delimiter);
  const candidates = [process.env.EPUBCHECK, ...dirs.map((dir) => join(dir, 'epubcheck'))].filter(Boolean) as string[];
  for (const path of candidates) {
    try {
      accessSync(path, constants.R_OK);
    } catch {
      continue;
    }
    const head = Buffer.alloc(2);
    const fd = openSync(path, 'r');
    readSync(fd, head, 0, 2, 0);
    closeSync(fd);
    if (head.toString('latin1') !== 'PK') return [path];
    return spawnSync('java', ['-version']).status === 0 ? ['java', '-jar', path] : null;
  }
  return null;
}

const epubcheck = findEpubcheck();
const workDir = mkdtempSync(join(tmpdir(), 'archive-reader-epub-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function runEpubcheck(name: string, book: Uint8Array): { errors: number; fatals: number; output: string } {
  const [command, ...args] = epubcheck ?? [];
  const file = join(workDir, name);
  writeFileSync(file, book);
  const result = spawnSync(command ?? 'epubcheck', [...args, file], { encoding: 'utf8' });
  const output = `${result.stdout}\n${result.stderr}`;
  const summary = /Messages: (\d+) fatals? \/ (\d+) errors?/.exec(output);
  return { fatals: Number(summary?.[1] ?? -1), errors: Number(summary?.[2] ?? -1), output };
}

describe('articleToEpub', () => {
  it('starts with an uncompressed mimetype entry', () => {
    const book = referenceEpub();
    const view = new DataView(book.buffer, book.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // stored, not deflated
    expect(view.getUint16(26, true)).toBe('mimetype'.length);
    expect(view.getUint16(28, true)).toBe(0); // no extra field
    expect(strFromU8(book.subarray(30, 38))).toBe('mimetype');
    expect(strFromU8(book.subarray(38, 58))).toBe('application/epub+zip');
  });

  it('holds the package, navigation, title page, article and image', () => {
    const files = unzipSync(referenceEpub());
    expect(Object.keys(files)).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
      'OEBPS/nav.xhtml',
      'OEBPS/title.xhtml',
      'OEBPS/article.xhtml',
      'OEBPS/style.css',
      'OEBPS/images/01.jpg',
    ]);
    expect(files['OEBPS/images/01.jpg']).toEqual(JPEG);
    const opf = strFromU8(files['OEBPS/content.opf'] ?? new Uint8Array());
    expect(opf).toContain('<dc:identifier id="book-id">urn:uuid:43449f61-f408-5228-b72c-0b72902be8db</dc:identifier>');
    expect(opf).toContain(`<dc:title>${article.title}</dc:title>`);
    expect(opf).toContain('<dc:creator id="creator-1">Philip Rucker</dc:creator>');
    expect(opf).toContain('<dc:creator id="creator-2">Karen DeYoung</dc:creator>');
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(opf).toContain('<dc:date>2017-05-16</dc:date>');
    expect(opf).toContain('<dc:publisher>The Washington Post</dc:publisher>');
    expect(opf).toContain(`<dc:source>${article.source.originalUrl}</dc:source>`);
    expect(opf).toContain('<meta property="dcterms:modified">2026-01-02T03:04:05Z</meta>');
    expect(opf).toContain('<item id="image-1" href="images/01.jpg" media-type="image/jpeg"/>');

    const xhtml = strFromU8(files['OEBPS/article.xhtml'] ?? new Uint8Array());
    const doc = new win.DOMParser().parseFromString(xhtml, 'application/xhtml+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const text = doc.body.textContent ?? '';
    for (const paragraph of article.text.split('\n\n')) expect(text).toContain(paragraph);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('images/01.jpg');
    expect(doc.querySelector('meta[name="citation_public_url"]')?.getAttribute('content')).toBe(
      article.source.originalUrl,
    );
    expect(doc.querySelectorAll('meta[name="citation_author"]')).toHaveLength(2);

    const title = strFromU8(files['OEBPS/title.xhtml'] ?? new Uint8Array());
    expect(title).toContain('https://archive.ph/qF3xK');
    expect(title).toContain('2017-07-19 22:03:03 UTC');
    expect(title).toContain('Archive Reader 0.1.0');
  });

  it('is reproducible and honours a given identifier', () => {
    expect(referenceEpub()).toEqual(referenceEpub());
    const files = unzipSync(
      articleToEpub(article, win, {
        images: new Map(),
        savedAt: SAVED_AT,
        extensionVersion: '0.1.0',
        identifier: 'urn:isbn:9780000000000',
      }),
    );
    expect(strFromU8(files['OEBPS/content.opf'] ?? new Uint8Array())).toContain(
      '>urn:isbn:9780000000000</dc:identifier>',
    );
  });

  it('replaces images that are missing or not EPUB 3.2 core types with a textual placeholder', () => {
    const files = unzipSync(
      articleToEpub(AWKWARD, win, { images: awkwardImages, savedAt: SAVED_AT, extensionVersion: '0.1.0' }),
    );
    expect(Object.keys(files).filter((name) => name.includes('/images/'))).toEqual(['OEBPS/images/01.png']);
    const xhtml = strFromU8(files['OEBPS/article.xhtml'] ?? new Uint8Array());
    expect(xhtml).toContain(
      '<span class="missing-image">Image not included (https://d3gk4m7rq2xw1b.archive.ph/qF3xK/w.webp)</span>',
    );
    expect(xhtml).toContain(
      '<span class="missing-image">Image not included (https://d3gk4m7rq2xw1b.archive.ph/qF3xK/missing.jpg)</span>',
    );
    expect(xhtml).not.toMatch(/<script|<iframe|\u0001|\uD800/);
    const nav = strFromU8(files['OEBPS/nav.xhtml'] ?? new Uint8Array());
    expect(nav).toContain('<a href="article.xhtml#dup">Part one</a>');
    expect(nav).toContain('<a href="article.xhtml#section-1">Part two</a>');
  });

  describe('epubcheck', () => {
    const MISSING =
      'epubcheck is not installed (Debian package `epubcheck`, or set EPUBCHECK=<path>): validation skipped';
    if (!epubcheck) console.warn(MISSING);

    it('finds no errors in the reference book', { timeout: 120_000 }, (ctx) => {
      if (!epubcheck) return ctx.skip(MISSING);
      const result = runEpubcheck('reference.epub', referenceEpub());
      expect(result.fatals, result.output).toBe(0);
      expect(result.errors, result.output).toBe(0);
    });

    it('finds no errors in a book made from awkward and hostile markup', { timeout: 120_000 }, (ctx) => {
      if (!epubcheck) return ctx.skip(MISSING);
      const book = articleToEpub(AWKWARD, win, { images: awkwardImages, savedAt: SAVED_AT, extensionVersion: '0.1.0' });
      const result = runEpubcheck('awkward.epub', book);
      expect(result.fatals, result.output).toBe(0);
      expect(result.errors, result.output).toBe(0);
    });
  });
});

describe('articlesToEpub (many articles, one book)', () => {
  const second: Article = { ...AWKWARD, source: { ...AWKWARD.source, originalUrl: 'https://example.com/second' } };
  const images = withImages([[IMAGE, { bytes: JPEG, mediaType: 'image/jpeg' }], ...awkwardImages]);
  const book = (): Uint8Array =>
    articlesToEpub([{ article, textSha256: 'a'.repeat(64) }, { article: second }], win, {
      images,
      savedAt: SAVED_AT,
      extensionVersion: '0.1.0',
    });

  it('has a chapter per article, each with its provenance and images in its own folder, and a contents page', () => {
    const files = unzipSync(book());
    expect(
      Object.keys(files)
        .filter((f) => f.startsWith('OEBPS/'))
        .sort(),
    ).toEqual([
      'OEBPS/chapter-1.xhtml',
      'OEBPS/chapter-2.xhtml',
      'OEBPS/content.opf',
      'OEBPS/images/1/01.jpg',
      'OEBPS/images/2/01.png',
      'OEBPS/nav.xhtml',
      'OEBPS/style.css',
      'OEBPS/title.xhtml',
    ]);
    const one = strFromU8(files['OEBPS/chapter-1.xhtml']!);
    expect(one).toContain(`<h1>${article.title}</h1>`);
    expect(one).toContain('2017-07-19 22:03:03 UTC');
    expect(one).toContain('a'.repeat(64));
    expect(strFromU8(files['OEBPS/chapter-2.xhtml']!)).toContain('<dd><a href="https://example.com/second">');
    const nav = strFromU8(files['OEBPS/nav.xhtml']!);
    expect(nav).toContain(`<li><a href="chapter-1.xhtml">${article.title}</a>`);
    expect(nav).toContain('<a href="chapter-2.xhtml#dup">Part one</a>');
    const opf = strFromU8(files['OEBPS/content.opf']!);
    expect(opf).toContain('<dc:title>2 articles</dc:title>');
    expect(opf).toContain('<dc:language>mul</dc:language>'); // English and Portuguese
    expect(opf).toContain('<itemref idref="chapter-1"/>\n<itemref idref="chapter-2"/>');
    expect(book()).toEqual(book()); // reproducible
  });

  it('passes epubcheck', { timeout: 120_000 }, (ctx) => {
    if (!epubcheck) return ctx.skip('epubcheck is not installed');
    const result = runEpubcheck('book.epub', book());
    expect(result.fatals, result.output).toBe(0);
    expect(result.errors, result.output).toBe(0);
  });
});
