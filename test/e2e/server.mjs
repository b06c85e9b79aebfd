// The test server: plays the archive (snapshot pages and their image shards) for both browser suites, whose
// request routing forwards https://archive.ph/… here, so no test needs the network.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tinyPng } from './png.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.resolve(here, '../fixtures/wapo-2017-oval-office');

/** Archive pages by snapshot id: the reference article and an image-only capture with no article. */
const PAGES = {
  '/qF3xK': path.join(FIXTURE, 'snapshot.html'),
  '/nOArt': path.join(here, 'pages/no-article.html'),
};

/** Wayback Machine captures by original address, and ordinary pages served at their own address. */
const WAYBACK_PAGES = {
  'https://www.harbourgazette.example/news/2021/03/14/tide-gauge-restored': path.resolve(
    here,
    '../fixtures/wayback/news-article/snapshot.html',
  ),
};
const ORDINARY_PAGES = {
  // archive.today's markup at an ordinary address: a look-alike, which must read as the ordinary page it is.
  '/spoof/snapshot.html': path.join(FIXTURE, 'snapshot.html'),
  '/politics/inside-the-oval-office-with-trump-and-the-russians-broad-smiles-and-loose-lips/2017/05/16/2c7f8a3e-3a5a-11e7-9e48-c4f199710b69_story.html':
    path.join(FIXTURE, 'original.html'),
};
export const WAYBACK_URL =
  'https://web.archive.org/web/20210316091522/https://www.harbourgazette.example/news/2021/03/14/tide-gauge-restored';
export const SPOOF_URL = 'https://www.washingtonpost.com/spoof/snapshot.html';
export const ORDINARY_URL =
  'https://www.washingtonpost.com/politics/inside-the-oval-office-with-trump-and-the-russians-broad-smiles-and-loose-lips/2017/05/16/2c7f8a3e-3a5a-11e7-9e48-c4f199710b69_story.html';

const MIRROR = /^(?:www\.)?archive\.(?:today|ph|is|li|vn|fo|md)$/;
const SHARD = /^[a-z0-9]+\.archive\.(?:today|ph|is|li|vn|fo|md)$/;

/** Where on the test server an archive address is served, or null for anything the tests do not serve. */
export function localPath(address) {
  const url = new URL(address);
  if (MIRROR.test(url.hostname)) return `/archive${url.pathname}`;
  if (SHARD.test(url.hostname)) return `/image${url.pathname}`;
  if (url.hostname === 'web.archive.org') {
    // Replays of images (im_) and other resources answer with the test image; pages by their original address.
    const m = /^\/web\/\d{1,14}([a-z]{2}_)?\/(.+)$/.exec(url.pathname + url.search);
    if (!m) return null;
    if (m[1] && m[1] !== 'id_') return `/image/wayback`;
    return `/wayback/${encodeURIComponent(m[2])}`;
  }
  if (url.hostname === 'www.washingtonpost.com') return `/ordinary${url.pathname}`;
  return null;
}

/**
 * Named elements a captured page may carry (archive.today and Wayback keep ids): each names a global or a document
 * property the extension might read — its old guard flag, the extension APIs, its test hook, the DOM getters the page
 * copy uses. The reference snapshot with these (https://archive.ph/cL0bR) must read exactly like the plain one.
 */
const CLOBBERING =
  '<div id="__archiveReaderContent"></div><form id="browser"><input name="runtime"></form><form id="chrome"><input name="runtime"></form>' +
  '<div id="archiveReader"></div><img name="documentElement"><form name="compatMode"></form><img name="body"><embed name="XMLSerializer">';

const PASTE_PAGE = `<!DOCTYPE html><meta charset="utf-8"><title>paste</title>
<div id="rich" contenteditable="true" style="min-height:2em"></div><textarea id="plain"></textarea>`;

/**
 * @param {{ pages?: Record<string, { body: Uint8Array | (() => Promise<Uint8Array>), headers?: Record<string, string> }> }} [options]
 *   pages: more archive pages by path (`/Hs001` is served for https://archive.ph/Hs001 on every mirror), for
 *   suites with their own snapshots (the hostile corpus, the big page).
 */
export async function startServer({ pages = {} } = {}) {
  const image = tinyPng();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (url.pathname === '/archive/cL0bR') {
        const html = (await readFile(PAGES['/qF3xK'], 'utf8')).replace(/<body[^>]*>/, (tag) => tag + CLOBBERING);
        return send(res, 200, 'text/html; charset=utf-8', html);
      }
      if (url.pathname.startsWith('/archive/')) {
        const extra = pages[url.pathname.slice('/archive'.length)];
        if (extra) {
          const body = typeof extra.body === 'function' ? await extra.body() : extra.body;
          return send(res, 200, 'text/html; charset=utf-8', body, extra.headers);
        }
        const file = PAGES[url.pathname.slice('/archive'.length)];
        if (!file) return send(res, 404, 'text/plain', 'not in the test archive');
        return send(res, 200, 'text/html; charset=utf-8', await readFile(file));
      }
      if (url.pathname.startsWith('/image/')) return send(res, 200, 'image/png', image);
      if (url.pathname.startsWith('/wayback/')) {
        const file = WAYBACK_PAGES[decodeURIComponent(url.pathname.slice('/wayback/'.length))];
        return file
          ? send(res, 200, 'text/html; charset=utf-8', await readFile(file))
          : send(res, 404, 'text/plain', 'not captured');
      }
      if (url.pathname.startsWith('/ordinary/')) {
        const file = ORDINARY_PAGES[url.pathname.slice('/ordinary'.length)];
        return file
          ? send(res, 200, 'text/html; charset=utf-8', await readFile(file))
          : send(res, 404, 'text/plain', 'not found');
      }
      if (url.pathname === '/paste.html') return send(res, 200, 'text/html; charset=utf-8', PASTE_PAGE);
      send(res, 404, 'text/plain', 'not found');
    } catch (error) {
      send(res, 500, 'text/plain', String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}
