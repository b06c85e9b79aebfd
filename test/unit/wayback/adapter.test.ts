import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/core/archives/index.js';
import { openWith } from '../../../src/core/pipeline.js';
import type { Snapshot } from '../../../src/core/archives/types.js';
import { wayback } from '../../../src/core/archives/wayback/adapter.js';
import { readHead } from '../../../src/core/metadata/head.js';
import { snapshotAddress, waybackify } from '../../support/waybackify.js';

const quiet = new VirtualConsole();
const windows: { close(): void }[] = [];
afterEach(() => {
  for (const w of windows.splice(0)) w.close();
});

/** A document as a browser holds it at `url` (a `file:` URL for a saved copy). */
function load(html: string, url: string): Document {
  const dom = new JSDOM(html, { url: url || undefined, virtualConsole: quiet });
  windows.push(dom.window);
  return dom.window.document;
}

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/wayback');
const read = (file: string): string => readFileSync(path.join(FIXTURES, file), 'utf8');

const ORIGINAL = 'https://www.harbourgazette.example/news/2021/03/14/tide-gauge-restored';
const TS = '20210316091522';
const SNAPSHOT = snapshotAddress(ORIGINAL, TS);
const served = read('news-article/snapshot.html');

function open(html: string, url: string): Snapshot {
  const snapshot = wayback.open(load(html, url), url);
  expect(snapshot, 'recognised as a Wayback snapshot').not.toBeNull();
  return snapshot!;
}

describe('recognising a Wayback snapshot', () => {
  it.each(['', 'id_', 'im_', 'if_', 'js_', 'cs_', 'fw_', 'oe_'])('by its address, with modifier "%s"', (mod) => {
    const url = snapshotAddress(ORIGINAL, TS, mod);
    const s = open(served, url);
    expect(s.source).toEqual({
      service: 'wayback',
      originalUrl: ORIGINAL,
      archiveUrl: SNAPSHOT,
      archiveShortUrl: null,
      archivedAt: '2021-03-16T09:15:22Z',
    });
  });

  it('by its address alone: an id_ capture is the bare original page, without any marker', () => {
    const url = snapshotAddress(ORIGINAL, TS, 'id_');
    const s = open(read('news-article/original.html'), url);
    expect(s.source.archivedAt).toBe('2021-03-16T09:15:22Z');
    expect(s.source.originalUrl).toBe(ORIGINAL);
    expect(s.root.querySelector('h1')?.textContent).toContain('tide gauge');
  });

  it('by its markers when the address is unknown (a saved copy opened as a file)', () => {
    const s = open(served, 'file:///home/reader/Downloads/tide-gauge.html');
    expect(s.source.originalUrl).toBe(ORIGINAL);
    expect(s.source.archivedAt).toBe('2021-03-16T09:15:22Z');
    expect(s.source.archiveUrl).toBe(SNAPSHOT);
  });

  it('by its markers when no address is given at all', () => {
    expect(open(served, '').source.originalUrl).toBe(ORIGINAL);
  });

  it('a saved copy read with its page address given explicitly', () => {
    const doc = load(served, 'file:///tmp/saved.html');
    const s = wayback.open(doc, SNAPSHOT)!;
    expect(s.source.archiveUrl).toBe(SNAPSHOT);
    expect(s.rewriteHref('/web/20210316091522/https://www.harbourgazette.example/news/')).toBe(
      'https://www.harbourgazette.example/news/',
    );
  });

  it('the legacy markup (2013–2017) by its markers', () => {
    const s = open(read('blog-post/snapshot.html'), 'file:///tmp/blog.html');
    expect(s.source.originalUrl).toBe('http://notes.fieldwork.example/2014/07/soldering-iron-tips/');
    expect(s.source.archivedAt).toBe('2014-08-02T11:30:45Z');
  });

  it('the capture time from the page when the address has only part of it', () => {
    const s = open(served, `https://web.archive.org/web/2021/${ORIGINAL}`);
    expect(s.source.archivedAt).toBe('2021-03-16T09:15:22Z');
    expect(s.source.archiveUrl).toBe(SNAPSHOT);
  });

  it('keeps a partial timestamp as the address when nothing on the page gives the full one', () => {
    const s = open(read('news-article/original.html'), `https://web.archive.org/web/2021id_/${ORIGINAL}`);
    expect(s.source.archivedAt).toBeNull();
    expect(s.source.archiveUrl).toBe(`https://web.archive.org/web/2021/${ORIGINAL}`);
  });

  it('the capture time from the "FILE ARCHIVED ON" notice when it is the only one left', () => {
    const html = `<html><head><script src="/_static/js/bundle-playback.js"></script></head><body><p>Text of the page.</p></body></html>
<!--
     FILE ARCHIVED ON 22:03:03 Jul 19, 2017 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 10:00:00 Jan 02, 2026.
-->`;
    const s = open(html, 'file:///tmp/x.html');
    expect(s.source.archivedAt).toBe('2017-07-19T22:03:03Z');
    expect(s.source.originalUrl).toBeNull();
  });

  it('the original and time from a browser\'s "saved from url" note', () => {
    const html = `<!-- saved from url=(0099)${SNAPSHOT} -->
<html><head><script src="https://web-static.archive.org/_static/js/wombat.js"></script></head><body><div id="wm-ipp-base" style="display: block"></div><p>Text.</p></body></html>`;
    const s = open(html, 'file:///tmp/x.html');
    expect(s.source.originalUrl).toBe(ORIGINAL);
    expect(s.source.archivedAt).toBe('2021-03-16T09:15:22Z');
  });

  it('the original with the trailing fragment of the tab address left off', () => {
    expect(open(served, `${SNAPSHOT}#comments`).source.originalUrl).toBe(ORIGINAL);
  });

  it.each([
    ['an ordinary page', read('news-article/original.html'), ORIGINAL],
    [
      'the calendar of all captures',
      '<html><body><h1>Calendar</h1><p>3 captures</p></body></html>',
      `https://web.archive.org/web/*/${ORIGINAL}`,
    ],
    ['Save Page Now', '<html><body><p>Saving page…</p></body></html>', `https://web.archive.org/save/${ORIGINAL}`],
    [
      'a page that merely names one marker',
      '<html><body><div id="wm-ipp-print">The Wayback Machine - is mentioned here</div><p>Text.</p></body></html>',
      'https://blog.example/post',
    ],
    [
      'an archive.today snapshot',
      '<html><head><link rel="canonical" href="https://archive.ph/qF3xK"></head><body><div id="HEADER">Saved from</div></body></html>',
      'https://archive.ph/qF3xK',
    ],
  ])('not %s', (_, html, url) => {
    expect(wayback.open(load(html, url), url)).toBeNull();
  });

  it('comes before the ordinary-page adapter, after archive.today', () => {
    expect(openWith(ADAPTERS, load(served, SNAPSHOT), SNAPSHOT)?.source.service).toBe('wayback');
    expect(openWith(ADAPTERS, load(read('news-article/original.html'), ORIGINAL), ORIGINAL)?.source.service).toBe(
      'none',
    );
  });
});

describe('links and images of a snapshot', () => {
  const s = open(
    read('lazy-images/snapshot.html'),
    snapshotAddress('https://quarterly.coastline.example/features/keepers-gardens', '20190905201110'),
  );

  it.each([
    [
      'absolute',
      'https://web.archive.org/web/20190905201110/https://www.lighthouses-trust.example/gardens',
      'https://www.lighthouses-trust.example/gardens',
    ],
    [
      'root-relative',
      '/web/20190905201110/https://quarterly.coastline.example/about/',
      'https://quarterly.coastline.example/about/',
    ],
    [
      'protocol-relative',
      '//web.archive.org/web/20190905201110/https://quarterly.coastline.example/shop/',
      'https://quarterly.coastline.example/shop/',
    ],
    [
      'with a modifier',
      '/web/20190905201110id_/https://quarterly.coastline.example/x.pdf',
      'https://quarterly.coastline.example/x.pdf',
    ],
    [
      'with another capture time',
      'https://web.archive.org/web/2016/http://www.example.com:80/old',
      'http://www.example.com/old',
    ],
    [
      'with query and fragment',
      '/web/20190905201110/https://quarterly.coastline.example/s?q=a&b=c#top',
      'https://quarterly.coastline.example/s?q=a&b=c#top',
    ],
    ['a wrapped mailto:', '/web/20190905201110/mailto:letters@coastline.example', 'mailto:letters@coastline.example'],
    [
      "left relative by the archive (resolved against the page's <base>)",
      'notes/seed-orders',
      'https://quarterly.coastline.example/features/notes/seed-orders',
    ],
    ['root-relative left by the archive', '/issues/', 'https://quarterly.coastline.example/issues/'],
    [
      "to the archive's calendar (stays on the archive)",
      '/web/*/https://quarterly.coastline.example/',
      'https://web.archive.org/web/*/https://quarterly.coastline.example/',
    ],
    ['an in-page anchor', '#notes', '#notes'],
  ])('a link %s goes to the original', (_, href, want) => {
    expect(s.rewriteHref(href)).toBe(want);
  });

  it('drops script links', () => {
    expect(s.rewriteHref('javascript:alert(1)')).toBe('');
    expect(s.rewriteHref(' JavaScript:void(0)')).toBe('');
  });

  it.each([
    [
      'rewritten root-relative',
      '/web/20190905201110im_/https://quarterly.coastline.example/media/a.jpg',
      'https://web.archive.org/web/20190905201110im_/https://quarterly.coastline.example/media/a.jpg',
    ],
    [
      'rewritten absolute',
      'https://web.archive.org/web/20190905201110im_/https://cdn.example/a.jpg',
      'https://web.archive.org/web/20190905201110im_/https://cdn.example/a.jpg',
    ],
    [
      'rewritten without the image modifier',
      'https://web.archive.org/web/20190905201110/https://cdn.example/a.jpg',
      'https://web.archive.org/web/20190905201110im_/https://cdn.example/a.jpg',
    ],
    [
      'lazy, relative (data-src the archive does not rewrite)',
      '../media/gardens/walled-garden.jpg',
      'https://web.archive.org/web/20190905201110im_/https://quarterly.coastline.example/media/gardens/walled-garden.jpg',
    ],
    [
      'lazy, root-relative',
      '/media/gardens/keeper-logbook.jpg',
      'https://web.archive.org/web/20190905201110im_/https://quarterly.coastline.example/media/gardens/keeper-logbook.jpg',
    ],
    [
      'pointing at the original host',
      'https://cdn.example/b.png',
      'https://web.archive.org/web/20190905201110im_/https://cdn.example/b.png',
    ],
    [
      "on the archive's static host",
      'https://web-static.archive.org/_static/images/x.png',
      'https://web-static.archive.org/_static/images/x.png',
    ],
  ])('an image %s stays on the archive', (_, src, want) => {
    expect(s.rewriteSrc(src)).toBe(want);
  });

  it('leaves data: images alone', () => {
    expect(s.rewriteSrc('data:image/gif;base64,R0lGOD')).toBe('data:image/gif;base64,R0lGOD');
  });

  it('keeps the images of a browser-saved copy beside the file', () => {
    const saved = open(served, 'file:///home/reader/tide.html');
    expect(saved.rewriteSrc('./tide_files/tide-gauge-800.jpg')).toBe(
      'file:///home/reader/tide_files/tide-gauge-800.jpg',
    );
    expect(saved.rewriteSrc('/web/20210316091522im_/https://cdn.example/a.jpg')).toBe(
      'https://web.archive.org/web/20210316091522im_/https://cdn.example/a.jpg',
    );
  });
});

describe("the archive's chrome inside the page", () => {
  it('marks the toolbar, its print line, the donation banner and the notice, not the article', () => {
    for (const live of [false, true]) {
      const html = waybackify(read('news-article/original.html'), { originalUrl: ORIGINAL, timestamp: TS, live });
      const doc = load(html, SNAPSHOT);
      const s = wayback.open(doc, SNAPSHOT)!;
      const isChrome = (id: string) => s.isChrome?.(doc.getElementById(id)!) ?? false;
      expect(isChrome('wm-ipp-base'), `live=${live}`).toBe(true);
      expect(isChrome('wm-ipp-print')).toBe(true);
      expect(isChrome('donato') || doc.getElementById('wm-ipp-base')!.contains(doc.getElementById('donato'))).toBe(
        true,
      );
      expect(s.isChrome?.(doc.querySelector('article')!)).toBe(false);
      expect(s.isChrome?.(doc.querySelector('h1')!)).toBe(false);
      const box = doc.querySelector('.wb-autocomplete-suggestions');
      if (box) expect(s.isChrome?.(box)).toBe(true);
    }
  });

  it('marks every element between the toolbar comments, in the legacy markup too', () => {
    const doc = load(read('blog-post/snapshot.html'), 'file:///tmp/blog.html');
    const s = wayback.open(doc, '')!;
    expect(s.isChrome?.(doc.getElementById('wm-ipp')!)).toBe(true);
    expect(s.isChrome?.(doc.getElementById('content')!)).toBe(false);
  });

  it("leaves a page's own #donato alone", () => {
    const html = served
      .replace('<main>', '<main><div id="donato">Donato Bramante, architect</div>')
      .replace(/<div id="donato" style[\s\S]*?<\/div>\s*<\/div>/, '');
    const doc = load(html, SNAPSHOT);
    const s = wayback.open(doc, SNAPSHOT)!;
    expect(s.isChrome?.(doc.getElementById('donato')!)).toBe(false);
  });

  it('treats the "Got an HTTP 302 response at crawl time" notice as the archive\'s, not as an article', () => {
    const html = `<html><head><title>Wayback Machine</title></head><body><div id="positionHome"><section><div id="error">
      <p class="code">Got an HTTP 302 response at crawl time</p><p class="code">Redirecting to...</p>
      <p class="code shift target">https://www.harbourgazette.example/news/</p>
      <p class="impatient"><a href="/web/20210316091522/https://www.harbourgazette.example/news/">Impatient?</a></p></div></section></div></body></html>`;
    const doc = load(html, SNAPSHOT);
    const s = wayback.open(doc, SNAPSHOT)!;
    expect(s.isChrome?.(doc.getElementById('error')!)).toBe(true);
  });
});

describe("the head of a snapshot is the publisher's", () => {
  const s = open(served, SNAPSHOT);
  const head = s.trustedHead!;

  it("is trusted, without the archive's includes", () => {
    expect(head).not.toBeNull();
    const html = head.documentElement.outerHTML;
    expect(html).not.toMatch(/__wm\.|archive_analytics|RufflePlayer|bundle-playback|wombat|banner-styles|athena/);
    expect(head.documentElement.getAttribute('lang')).toBe('en-GB');
  });

  it('reads og:url and the canonical back to the original, og:image as the archived copy', () => {
    expect(head.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(ORIGINAL);
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(ORIGINAL);
    expect(head.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `https://web.archive.org/web/${TS}im_/https://cdn.harbourgazette.example/images/2021/03/tide-gauge-1200.jpg`,
    );
  });

  it("gives the publisher's metadata: JSON-LD and meta tags", () => {
    const meta = readHead(head);
    expect(meta.title).toBe('Century-old tide gauge returns to the harbour wall');
    expect(meta.authors).toEqual([{ given: 'Maren', family: 'Ostby' }]);
    expect(meta.published?.slice(0, 10)).toBe('2021-03-14');
    expect(meta.siteName).toBe('The Harbour Gazette');
    expect(meta.section).toBe('Local');
    expect(meta.image).toContain('https://web.archive.org/web/20210316091522im_/');
  });

  it('reads addresses inside JSON-LD the same way, and takes JSON-LD the publisher put in the body', () => {
    const html = served
      .replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '')
      .replace(
        '</article>',
        '</article><script type="application/ld+json">{"@type":"NewsArticle","headline":"From the body","author":{"@type":"Person","name":"Ada Body"},"image":"https://cdn.example/lead.jpg","url":"/web/20210316091522/https://www.harbourgazette.example/a"}</script>',
      );
    const h = open(html, SNAPSHOT).trustedHead!;
    const ld = JSON.parse(h.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
      image: string;
      url: string;
    };
    expect(ld.image).toBe('https://web.archive.org/web/20210316091522im_/https://cdn.example/lead.jpg');
    expect(ld.url).toBe('https://www.harbourgazette.example/a');
    expect(readHead(h).authors).toEqual([{ given: 'Ada', family: 'Body' }]);
  });

  it('gives the title and description hints as the page carries them', () => {
    expect(s.titleHint).toBe('Century-old tide gauge returns to the harbour wall | The Harbour Gazette');
    expect(s.descriptionHint).toMatch(/^Restorers have put the 1911 tide gauge/);
    expect(s.originalHost).toBe('www.harbourgazette.example');
    expect(s.root).toBe(s.root.ownerDocument.body);
    expect(s.isWrapper(s.root.firstElementChild!)).toBe(false);
  });
});
