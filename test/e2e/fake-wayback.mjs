// The Wayback Machine as Verify meets it, for the browser suites of both browsers: the raw capture (`id_`) of the
// reference article nearest the snapshot's time, reached through a redirect to the capture's own time as the real
// archive answers; the CDX list of captures; and the failures (no capture, a lost connection). Each suite's request
// routing asks `waybackAnswer` first and serves everything else as before.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WAYBACK_URL } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ORIGINAL_HTML = path.resolve(here, '../fixtures/wapo-2017-oval-office/original.html');
const NEWS_ORIGINAL_HTML = path.resolve(here, '../fixtures/wayback/news-article/original.html');

export const ORIGINAL_URL =
  'https://www.washingtonpost.com/politics/inside-the-oval-office-with-trump-and-the-russians-broad-smiles-and-loose-lips/2017/05/16/2c7f8a3e-3a5a-11e7-9e48-c4f199710b69_story.html';
/** The snapshot's capture time (archive.ph/qF3xK), as Verify asks for it. */
export const ASKED_TIMESTAMP = '20170719220303';
/** The capture the archive holds nearest it, where it redirects. */
export const CAPTURE_TIMESTAMP = '20170720011502';
export const CAPTURE_URL = `https://web.archive.org/web/${CAPTURE_TIMESTAMP}/${ORIGINAL_URL}`;

/** The Wayback snapshot the suites serve (server.mjs) and its page's other capture, listed by the CDX answer. */
export const NEWS_ORIGINAL = WAYBACK_URL.replace(/^https:\/\/web\.archive\.org\/web\/\d+\//, '');
export const NEWS_TIMESTAMP = '20210316091522';
export const NEWS_OTHER_TIMESTAMP = '20210402174409';

/** The one word the "altered" capture changes (the CLI's README example). */
export const ALTERED_FROM = 'the morning of May 10';
export const ALTERED_TO = 'the morning of May 11';

/**
 * @typedef {'identical' | 'altered' | 'no-capture' | 'offline'} WaybackMode
 * @typedef {{ abort: true } | { status: number, headers: Record<string, string>, body: string }} WaybackAnswer
 */

const html = (body) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body });

/**
 * What the fake archive answers to `url` in `mode`, or null for an address it leaves to the suite's own routing
 * (the Wayback snapshot page itself, images).
 * @param {string} url
 * @param {WaybackMode} mode
 * @returns {Promise<WaybackAnswer | null>}
 */
export async function waybackAnswer(url, mode) {
  const { pathname, searchParams } = new URL(url);
  const raw = /^\/web\/(\d{14})id_\/(.+)$/.exec(pathname + new URL(url).search);
  const cdx = pathname === '/cdx/search/cdx';
  if (!raw && !cdx) return null;
  if (mode === 'offline') return { abort: true };
  if (cdx) {
    if (searchParams.get('url') !== NEWS_ORIGINAL)
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: '[]' };
    const rows = [
      ['timestamp', 'statuscode', 'mimetype'],
      [NEWS_TIMESTAMP, '200', 'text/html'],
      [NEWS_OTHER_TIMESTAMP, '200', 'text/html'],
      ['20190101000000', '200', 'text/html'],
    ];
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: JSON.stringify(rows) };
  }
  const [, stamp, original] = raw;
  if (mode === 'no-capture')
    return {
      status: 404,
      headers: { 'content-type': 'text/html' },
      body: '<title>Wayback Machine</title><p>Hrm. The Wayback Machine has not archived that URL.</p>',
    };
  if (original === ORIGINAL_URL) {
    if (stamp !== CAPTURE_TIMESTAMP) {
      return {
        status: 302,
        headers: {
          location: `https://web.archive.org/web/${CAPTURE_TIMESTAMP}id_/${ORIGINAL_URL}`,
          'content-type': 'text/plain',
        },
        body: '',
      };
    }
    const page = await readFile(ORIGINAL_HTML, 'utf8');
    return html(mode === 'altered' ? page.replace(ALTERED_FROM, ALTERED_TO) : page);
  }
  if (original === NEWS_ORIGINAL && stamp === NEWS_OTHER_TIMESTAMP)
    return html(await readFile(NEWS_ORIGINAL_HTML, 'utf8'));
  return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not captured' };
}
