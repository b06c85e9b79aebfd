import { createHash } from 'node:crypto';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseDocument } from './dom.js';

/**
 * Hand-written archive.today snapshots for unit tests: a small captured page wrapped in the archive's own shell,
 * the way archive.ph/.is serve it (docs: archive-today.md §2–§4, modelled on the real pages in
 * ../shared/corpus/archive-real and the reference fixture). Three shells:
 *
 * - `current` (2019 onwards, archive.ph): hidden pre-header block, title cut to 70 characters + "…", ←prior/next→,
 *   "report bug or abuse", "Buy me a coffee", `/o/ID/https%3A//…` links, images on a shard host, ids kept.
 * - `2018` (archive.is): full title, requester IP/UA comments, Voat/Google+ share buttons, "report error or abuse",
 *   `/o/ID/host/…` links without `http://` (https kept), images on the mirror, ids stripped.
 * - `2013` (archive.is): as 2018 plus the viewport meta, an http canonical, and a bookmark whose original lost `http://`.
 *
 * The captured page goes through what the archive does to it (`capture`): scripts, styles and srcset gone, `<p>`
 * turned into `<div>`, classes (and ids, when stripped) removed, an inline style on every element, links wrapped
 * in `/o/ID/…`, images moved to the archive. Pass `capture: false` to place hand-made captured markup as is.
 */

export const MIRRORS = [
  'archive.today',
  'archive.ph',
  'archive.is',
  'archive.li',
  'archive.vn',
  'archive.fo',
  'archive.md',
] as const;
export type Mirror = (typeof MIRRORS)[number];
export type Variant = 'current' | '2018' | '2013';

/** The archive's stand-in for CSS backgrounds and never-loaded lazy images: a 1×1 transparent GIF. */
export const PLACEHOLDER_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

/** Shard host of the current markup's resources (`<random>.archive.ph`). */
export const SHARD = 'd3gk4m7rq2xw1b';

export interface SnapshotOptions {
  /** The captured page's address, as the archive's "Saved from" shows it. */
  original: string;
  /** Short id (`/AbC12`). */
  id?: string;
  /** Mirror named by the shell's own links (default: archive.ph for `current`, archive.is for the old shells). */
  mirror?: Mirror;
  /** Capture time, ISO UTC with seconds (`2017-07-19T22:03:03Z`). */
  capturedAt?: string;
  /** The original page's `<title>` (default: the text of the captured page's first `<h1>`). */
  title?: string;
  variant?: Variant;
  /** Whether the captured page keeps its ids (default: kept in `current`, stripped in the old shells). */
  ids?: 'kept' | 'stripped';
  /** Apply the archive's transformation to the captured markup (default true). */
  capture?: boolean;
  /** A "Redirected from" row (the address the capture started from). */
  redirectedFrom?: string;
  /** The original's `<meta name="description">`, which the archive moves into `div.html`. */
  description?: string;
  // Overrides, for damaged or hostile shells. `null` leaves the piece out.
  /** Value of the "Saved from" field (`#HEADER input[name=q]`). */
  savedFrom?: string | null;
  /** `datetime` of the header's `<time itemprop=pubdate>`. */
  headerTime?: string | null;
  /** `href` of `link[rel=bookmark]`. */
  bookmark?: string | null;
  /** Value of `#SHARE_LONGLINK`. */
  longLink?: string | null;
  /** Value of `#SHARE_SHORTLINK`. */
  shortLink?: string | null;
  /** `href` of `link[rel=canonical]`. */
  canonical?: string | null;
  /** The hidden `t` field (capture time in ms); null leaves it out. */
  hiddenTime?: string | null;
  /** `content` of the head's `article:published_time` (the archive's capture time). */
  headPublished?: string | null;
}

interface Resolved {
  original: string;
  id: string;
  mirror: Mirror;
  capturedAt: string;
  variant: Variant;
  ids: 'kept' | 'stripped';
}

const quiet = new VirtualConsole();

/** A document as a browser tab would hold it when loaded from `url` (no scripts run, nothing fetched). */
export function parsePage(html: string, url: string): Document {
  return parseDocument(html, url);
}

function resolve(opts: SnapshotOptions): Resolved {
  const variant = opts.variant ?? 'current';
  return {
    original: opts.original,
    id: opts.id ?? 'AbC12',
    mirror: opts.mirror ?? (variant === 'current' ? 'archive.ph' : 'archive.is'),
    capturedAt: opts.capturedAt ?? '2017-07-19T22:03:03Z',
    variant,
    ids: opts.ids ?? (variant === 'current' ? 'kept' : 'stripped'),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `20170719220303` */
export function stamp14(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** `2017.07.19-220303` (the share box's long link) */
export function stampDotted(iso: string): string {
  const s = stamp14(iso);
  return `${s.slice(0, 4)}.${s.slice(4, 6)}.${s.slice(6, 8)}-${s.slice(8)}`;
}

/** `19 Jul 2017 22:03:03 UTC` (the header's visible capture time: no leading zero on the day) */
export function stampHuman(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

/** The archive's `<title>`: the original's, cut to 70 characters with "…" when longer (current markup). */
export function cutTitle(title: string): string {
  return title.length > 70 ? title.slice(0, 70) + '…' : title;
}

/** 2013 captures drop the `http://` of the original in long addresses and outbound links; `https://` stays. */
function schemeLess(url: string): string {
  return url.replace(/^http:\/\//i, '');
}

/** Snapshot page addresses: `short` (/ID), `long` (/14 digits/original), `dotted` (/YYYY.MM.DD-hhmmss/original). */
export function snapshotUrl(opts: SnapshotOptions, form: 'short' | 'long' | 'dotted' = 'short', host?: string): string {
  const r = resolve(opts);
  const base = `https://${host ?? r.mirror}`;
  if (form === 'short') return `${base}/${r.id}`;
  return `${base}/${form === 'long' ? stamp14(r.capturedAt) : stampDotted(r.capturedAt)}/${r.original}`;
}

/** How the archive writes a link of the captured page, in this shell's markup. */
export function outboundLink(href: string, opts: SnapshotOptions): string {
  const r = resolve(opts);
  const target = r.variant === 'current' ? href.replace(/^(https?):/i, '$1%3A') : schemeLess(href);
  return `https://${r.mirror}/o/${r.id}/${target}`;
}

/** Where the archive keeps its copy of an image of the captured page. */
export function archivedImage(src: string, opts: SnapshotOptions): string {
  const r = resolve(opts);
  const sha1 = createHash('sha1').update(src).digest('hex');
  const ext = /\.(jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i.exec(src)?.[1]?.toLowerCase() ?? 'jpg';
  const host = r.variant === 'current' ? `${SHARD}.${r.mirror}` : r.mirror;
  return `https://${host}/${r.id}/${sha1}.${ext}`;
}

const ARCHIVE_HOST = /(^|\.)archive\.(today|ph|is|li|vn|fo|md)$/i;
const DROPPED_ELEMENTS = 'script, style, noscript, link';
const DROPPED_ATTRIBUTES = ['class', 'srcset', 'sizes', 'loading'];

/** What the archive does to the captured page's markup (docs: archive-today.md §4). */
export function capture(html: string, opts: SnapshotOptions): string {
  const r = resolve(opts);
  const doc = new JSDOM(`<!DOCTYPE html><body>${html}</body>`, { virtualConsole: quiet }).window.document;
  for (const el of Array.from(doc.body.querySelectorAll(DROPPED_ELEMENTS))) el.remove();
  for (const p of Array.from(doc.body.querySelectorAll('p'))) {
    const div = doc.createElement('div');
    for (const a of Array.from(p.attributes)) div.setAttribute(a.name, a.value);
    while (p.firstChild) div.appendChild(p.firstChild);
    p.replaceWith(div);
  }
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const name of DROPPED_ATTRIBUTES) el.removeAttribute(name);
    if (r.ids === 'stripped') el.removeAttribute('id');
    const style = el.getAttribute('style');
    el.setAttribute('style', style ? `text-align:left;${style}` : 'text-align:left');
    const href = el.localName === 'a' ? el.getAttribute('href') : null;
    if (href && !href.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(href.replace(/^https?:/i, ''))) {
      const abs = new URL(href, r.original);
      if (!ARCHIVE_HOST.test(abs.hostname)) el.setAttribute('href', outboundLink(abs.href, opts));
    }
    const src = el.localName === 'img' ? el.getAttribute('src') : null;
    if (src && !src.startsWith('data:')) {
      const abs = new URL(src, r.original);
      if (!ARCHIVE_HOST.test(abs.hostname)) el.setAttribute('src', archivedImage(abs.href, opts));
    }
    if (el.localName === 'form') el.setAttribute('action', `https://archive.today/${r.id}#`);
  }
  return doc.body.innerHTML;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function defaultTitle(body: string): string {
  const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(body);
  return m?.[1]
    ? m[1]
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim()
    : 'Untitled page';
}

/** `div.html1 > div.html > [meta description] div.body`: the wrapper around the captured page. */
function wrapper(body: string, opts: SnapshotOptions, background = 'rgba(0, 0, 0, 0)'): string {
  const desc =
    opts.description === undefined ? '' : `\n<meta name="description" content="${esc(opts.description)}"/>\n`;
  return (
    `<div class="html1" style="width: 1024px;text-align: left;overflow-x: auto;overflow-y: auto; background-color: ${background};position: relative;min-height: 768px;; z-index: 0">` +
    `<div class="html" style="text-align:left;overflow-x:visible;overflow-y:visible;">\n${desc}` +
    `<div class="body" style="vertical-align:bottom;min-height:115px;color:rgb(0, 0, 0);text-align:left;overflow-x:visible;overflow-y:visible;margin: 8px; ">\n${body}\n</div></div></div>`
  );
}

function hashtags(): string {
  const cells: string[] = [];
  for (let p = 0; p <= 100; p += 5) {
    const label = p % 10 === 0 ? `${p}%` : ' ';
    const style = p === 100 ? 'vertical-align:bottom;height:12px' : 'vertical-align:top';
    cells.push(`<tr><td id="${p}%" style="${style}"><a style="color:#999999" href="#${p}%">${label}</a></td></tr>`);
  }
  return `<!--[if !IE]><!--><div style="position:absolute;right:1028px;top:-14px;bottom:-2px"><table id="hashtags" style="text-align:right;font-family:sans-serif;font-size:10px" border="0" height="100%">${cells.join('')}</table></div><!--<![endif]-->`;
}

function archiveScript(shortLink: string): string {
  return `<script type="text/javascript">function showDivShare() {
  updateShareLinks();
  document.getElementById("SHARER"  ).style.display="none";
  document.getElementById("DIVSHARE").style.display="block";
  return false;
}
function updateShareLinks() {
  var shortlink = "${shortLink}";
  var adr = document.location.hash.match(/(selection-\\d+\\.\\d+-\\d+\\.\\d+)/);
  document.getElementById("SHARE_SHORTLINK").value = adr ? shortlink + document.location.hash : shortlink;
}
var prevhash = "";
function scrollToHash() {
  if (document.location.hash.replace(/^#/, "")==prevhash.replace(/^#/, "")) return;
  prevhash = document.location.hash;
}
window.onhashchange = scrollToHash;
</script>`;
}

const BUTTON = 'width:180px;height:40px;padding-left:40px;text-align:left;font-weight:bold;background:#ccc';

function shareButtons(variant: Variant, title: string): string {
  const names =
    variant === 'current'
      ? ['Reddit', 'VKontakte', 'Twitter', 'Pinboard', 'Livejournal']
      : ['Reddit', 'Voat', 'Twitter', 'VKontakte', 'Pinboard', 'Livejournal', 'Facebook', 'Google+'];
  return names
    .map(
      (n) =>
        `<div style="display:table-cell;padding-right:15px;padding-bottom:10px"><button style="${BUTTON}" title="Share to ${n}" onclick="window.open('http://example.invalid/submit?title=${esc(title)}&amp;url=' + encodeURIComponent(document.getElementById('SHARE_SHORTLINK').value), '_blank')">${n}</button></div>`,
    )
    .join('');
}

const ROW = 'display:table-row';
const CELL = 'display:table-cell;padding:5px';

/** The complete page archive.today serves for this snapshot. */
export function snapshotHtml(body: string, opts: SnapshotOptions): string {
  const r = resolve(opts);
  const title = opts.title ?? defaultTitle(body);
  const shownTitle = r.variant === 'current' ? cutTitle(title) : title;
  const old = r.variant !== 'current';
  const scheme = old ? 'http' : 'https';
  const m = r.mirror;
  const short = `https://${m}/${r.id}`;
  const human = stampHuman(r.capturedAt);
  const bookmarkOriginal = r.variant === '2013' ? schemeLess(r.original) : r.original;
  const bookmark =
    opts.bookmark === undefined ? `http://archive.today/${stamp14(r.capturedAt)}/${bookmarkOriginal}` : opts.bookmark;
  const canonical =
    opts.canonical === undefined ? (r.variant === '2013' ? `http://${m}/${r.id}` : short) : opts.canonical;
  const longLink =
    opts.longLink === undefined ? `http://archive.today/${stampDotted(r.capturedAt)}/${r.original}` : opts.longLink;
  const shortLink = opts.shortLink === undefined ? (old ? `http://archive.today/${r.id}` : short) : opts.shortLink;
  const savedFrom = opts.savedFrom === undefined ? r.original : opts.savedFrom;
  const headerTime = opts.headerTime === undefined ? r.capturedAt : opts.headerTime;
  const hiddenTime = opts.hiddenTime === undefined ? String(Date.parse(r.capturedAt)) : opts.hiddenTime;
  const headPublished = opts.headPublished === undefined ? r.capturedAt : opts.headPublished;
  const history = r.variant === 'current' ? r.original.replace(/^(https?):/i, '$1%3A') : r.original;
  let host = '';
  try {
    host = new URL(r.original).hostname;
  } catch {
    host = r.original;
  }
  const screenshot = `${old ? `https://${m}` : `https://${SHARD}.${m}`}/${r.id}/0fcfd78d0f8b8379e1b8aa5e4fb7743aa22268d4/scr.png`;
  const link = 'line-height:16px;vertical-align:middle;margin-right:20px;text-decoration:underline;color:#1D2D40';
  const small =
    'display:inline-block;white-space:nowrap;padding:0;margin:0 4px;text-decoration:underline;color:#1D2D40';
  const label =
    'text-align:right;padding:3px 3px 0 3px;white-space:nowrap;vertical-align:top;font-size:14px;font-weight:bold';

  const head = [
    `<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>`,
    `<meta name="robots" content="index,noarchive"/>`,
    r.variant === '2013' ? `<meta name="viewport" content="device-width=300, initial-scale=1"/>` : '',
    `<meta property="twitter:card" content="summary"/><meta property="twitter:site" content="@archiveis"/>`,
    `<meta property="og:type" content="article"/><meta property="og:site_name" content="${m}"/>`,
    `<meta property="og:url" content="${scheme}://${m}/${r.id}" itemprop="url"/>`,
    `<meta property="og:title" content="${esc(shownTitle)}"/><meta property="twitter:title" content="${esc(shownTitle)}"/>`,
    `<meta property="twitter:description" content="archived ${human}" itemprop="description"/>`,
    headPublished === null
      ? ''
      : `<meta property="article:published_time" content="${esc(headPublished)}" itemprop="dateCreated"/>`,
    `<meta property="article:modified_time" content="${r.capturedAt}" itemprop="dateModified"/>`,
    `<link rel="image_src" href="${screenshot}"/><meta property="og:image" content="${screenshot}" itemprop="image"/>`,
    `<link rel="icon" href="//www.google.com/s2/favicons?domain=${esc(host)}"/>`,
    canonical === null ? '' : `<link rel="canonical" href="${esc(canonical)}"/>`,
    bookmark === null ? '' : `<link rel="bookmark" href="${esc(bookmark)}"/>`,
    `<title>${esc(shownTitle)}</title>`,
  ].join('');

  const savedFromRow =
    savedFrom === null
      ? ''
      : `<td style="${label}">Saved from</td><td style="text-align:right;padding:3px 3px 0 3px;white-space:nowrap;vertical-align:top"><form style="text-align:left;margin:0" action="https://${m}/search/" method="get"><table cellspacing="0" cellpadding="0" border="0"><tr><td style="width:500px">` +
        `<input style="border:1px solid black;height:20px;margin:0 0 0 0;padding:0;width:500px" type="text" name="q" value="${esc(savedFrom)}"/>` +
        (hiddenTime === null ? '' : `<input type="hidden" name="t" value="${esc(hiddenTime)}"/>`) +
        `<input type="hidden" name="id" value="${r.id}"/><div style="text-align:right;font-size:10px"><a style="${small}" href="https://${m}/${esc(history)}" title="">history</a>` +
        (r.variant === 'current'
          ? `<a style="${small}" href="https://${m}/Xk2pQ" title="17 May 2017 00:12:41 UTC">←prior</a><a style="${small}" href="https://${m}/m9VtR" title="4 Oct 2017 14:56:20 UTC">next→</a>`
          : '') +
        `</div></td><td style="vertical-align:top"><input style="width:60px;height:20px;padding:0;margin:0 0 0 3px" type="submit" tabindex="-1" value="search"/></td></tr></table></form></td>`;
  const timeCell =
    headerTime === null
      ? '<td></td>'
      : `<td style="text-align:right;padding:4px 5px 2px 5px;font-size:14px;white-space:nowrap;vertical-align:top" rowspan="1"><time itemprop="pubdate" datetime="${esc(headerTime)}">${esc(human)}</time></td>`;
  const redirectedRow = opts.redirectedFrom
    ? `<tr><td style="${label}">Redirected from</td><td style="padding:3px 3px 0 3px;white-space:nowrap;vertical-align:top"><div style="width:500px"><input style="border:1px solid #999999;background-color:#eeeeee;width:100%;height:20px;padding:0;margin:0;width:500px" readonly value="${esc(opts.redirectedFrom)}"/><div style="text-align:right;font-size:10px"><a style="${small}" href="https://${m}/${esc(opts.redirectedFrom)}" title="">history</a></div></div></td></tr>`
    : '';
  const divShare =
    `<div id="DIVSHARE" style="position:fixed;padding:70px 50px 50px 50px;top:0;left:0;right:0;bottom:0;background-color:rgba(0,0,0,0.3);z-index:1000000001;display:none"><center id="DIVSHARE2"><div style="display:table;padding:20px;background-color:#FFFAE1;border:#B40010 5px solid;text-align:left;position:relative">` +
    `<div style="${ROW}"><div style="${CELL};vertical-align:top"></div><div style="${CELL};width:600px"><div style="${ROW}">${shareButtons(r.variant, shownTitle)}</div></div></div>` +
    (shortLink === null
      ? ''
      : `<div style="${ROW}"><div style="${CELL};vertical-align:top">short link</div><div style="${CELL}"><input id="SHARE_SHORTLINK" style="width:600px" value="${esc(shortLink)}"/></div></div>`) +
    (longLink === null
      ? ''
      : `<div style="${ROW}"><div style="${CELL};vertical-align:top">long link</div><div style="${CELL}"><input id="SHARE_LONGLINK" style="width:600px" value="${esc(longLink)}"/></div></div>`) +
    `<div style="${ROW}"><div style="${CELL};vertical-align:top">markdown</div><div style="${CELL}"><input id="SHARE_MARKDOWN" style="width:600px" value="[archive.today link](${esc(shortLink ?? short)})"/></div></div>` +
    `<div style="${ROW}"><div style="${CELL};vertical-align:top">wiki code</div><div style="${CELL}"><textarea id="SHARE_WIKICODE" style="width:600px;height:100px" wrap="off">{{cite web\n | title       = ${esc(shownTitle)}\n | url         = ${esc(r.original)}\n | date        = ${r.capturedAt.slice(0, 10)}\n | archiveurl  = ${esc(shortLink ?? short)}\n | archivedate = ${r.capturedAt.slice(0, 10)} }}</textarea></div></div>` +
    `</div></center></div>`;
  const tabs = `<a style="margin-left:20px;position:relative;top:2px;text-decoration:none;display:inline-block;font-size:12px;font-weight:bold;background-color:#EEEEEE;color:black" href="${short}">Webpage</a><a style="margin-left:10px;position:relative;top:2px;text-decoration:none;display:inline-block;font-size:12px;background-color:#B40010;color:white" href="${short}/image">Screenshot</a>`;
  const actions =
    `<a style="${link}" href="${short}/share" onclick="return showDivShare()">share</a><a style="${link}" href="https://${m}/download/${r.id}.zip">download .zip</a>` +
    (r.variant === 'current'
      ? `<a style="${link}" href="${short}/abuse">report bug or abuse</a><a style="${link}" href="https://liberapay.com/archiveis/donate">Buy me a coffee</a>`
      : `<a style="${link}" href="http://archive.today/${r.id}/abuse">report error or abuse</a>`);
  const header =
    `<div id="HEADER" style="font-family:sans-serif;background-color:#FFFAE1;border-bottom:2px #B40010 solid;min-width:1028px"><div style="padding-top:10px"></div><table style="width:1028px;font-size:10px" border="0" cellspacing="0" cellpadding="0">` +
    `<tr><td style="width:150px;text-align:center;vertical-align:top" rowspan="2"><a style="text-decoration:none;white-space:nowrap;color:black;margin:0px;cursor:pointer" href="${scheme}://archive.today/"><div style="font-size:24px">archive.today</div><div style="font-size:12px">webpage capture</div></a></td>${savedFromRow}${timeCell}</tr>` +
    redirectedRow +
    `<tr><td style="text-align:right;font-size:12px;padding:0 3px 3px 3px;vertical-align:top;font-weight:bold;white-space:nowrap" colspan="1">All snapshots</td><td style="text-align:left;font-size:12px;padding:0 3px 3px 3px;vertical-align:top" colspan="2" rowspan="2"><b>from host </b><a style="color:#1D2D40" href="https://${m}/${esc(host)}">${esc(host)}</a></td></tr>` +
    `<tr><td style="vertical-align:bottom;text-align:left;white-space:nowrap" colspan="2" rowspan="2">${tabs}</td></tr>` +
    `<tr><td style="text-align:right;padding:0 5px 3px 0;white-space:nowrap">${actions}</td><td style="text-align:right;padding:0 5px 3px 0;white-space:nowrap">${divShare}</td></tr>` +
    `</table></div>`;
  const preHeader =
    r.variant === 'current'
      ? `<div style="display:none"><h2>${esc(shownTitle)}</h2><img src="${screenshot}"/><div>archived ${human}</div></div>`
      : '';
  const sharer = `<div id="SHARER" style="position:absolute;width:360px;height:80px;display:none;z-index:1000000000;background-color:#FFFAE1;border:#B40010 5px solid"><center><button title="Share to Twitter" style="width:40px;height:40px"></button><button title="More" onclick="showDivShare()" style="width:40px;height:40px"></button></center></div>`;
  const captured = opts.capture === false ? body : capture(body, opts);

  return (
    `<!DOCTYPE html><html style="background-color:#EEEEEE" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope itemtype="http://schema.org/Article">` +
    (old
      ? `<!--198.51.100.23--><!--Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/65.0.3325.181 Safari/537.36-->`
      : '') +
    `<head>${head}</head><body style="margin:0;background-color:#EEEEEE"><center>${preHeader}${header}` +
    `<div style="padding:10px 0;min-width:1028px;background-color:#EEEEEE"></div>` +
    `<div id="SOLID" style="background-color:#EEEEEE;padding-bottom:15px">${sharer}` +
    `<div id="CONTENT" style="background-color:white;min-height:768px;max-height:1000000px;position:relative;border:2px #999999 solid;margin:0px -2px;width:1024px" onclick="">` +
    wrapper(captured, opts) +
    hashtags() +
    archiveScript(shortLink ?? short) +
    `</div></div>` +
    `<img width="1" height="1" src="https://198.51.100.23.us.pixel.${m}/pixel.gif"/><div style="padding:200px 0;min-width:1028px;background-color:#EEEEEE"></div></center></body></html>`
  );
}

/**
 * The `index.html` of the snapshot's "download .zip": title, charset and canonical in the head, the wrapper right
 * in the body, resources as bare file names beside it, outbound links on `http://archive.today/o/…`.
 */
export function zipIndexHtml(body: string, opts: SnapshotOptions): string {
  const r = resolve(opts);
  const title = opts.title ?? defaultTitle(body);
  let captured = opts.capture === false ? body : capture(body, opts);
  captured = captured
    .replace(
      /https:\/\/(?:[\w-]+\.)?archive\.(?:today|ph|is|li|vn|fo|md)\/[A-Za-z0-9]{4,6}\/([0-9a-f]{40}\.\w+)/g,
      '$1',
    )
    .replace(/https:\/\/archive\.(?:today|ph|is|li|vn|fo|md)\/o\//g, 'http://archive.today/o/');
  const canonical = opts.canonical === undefined ? `http://${r.mirror}/${r.id}` : opts.canonical;
  return (
    `<!DOCTYPE html>\n<html><head><title>${esc(title)}</title><meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>` +
    (canonical === null ? '' : `<link rel="canonical" href="${esc(canonical)}"/>`) +
    `</head><body style="margin:0;background-color:white;width:1024px">${wrapper(captured, opts, 'white')}</body></html>`
  );
}

/** The snapshot as a document read from `url` (default: its short address on its mirror). */
export function snapshotDocument(
  body: string,
  opts: SnapshotOptions,
  url = snapshotUrl(opts),
): { doc: Document; url: string } {
  return { doc: parsePage(snapshotHtml(body, opts), url), url };
}

/** Running text long enough for Readability to take a block as the article (about 60 words a paragraph). */
export function filler(topic: string, n = 3): string {
  const sentences = [
    `The council met on Tuesday evening to discuss the ${topic}, and members spoke for nearly three hours before any vote was taken.`,
    `Residents who attended said the proposal had been changed several times since spring, which made the debate harder to follow.`,
    `Officials promised that a written summary of the ${topic} would be published before the next meeting, together with the budget figures.`,
    `Several speakers asked for more time, arguing that the neighbourhood had not been consulted properly about the changes.`,
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      `<p>${sentences[i % sentences.length]} ${sentences[(i + 1) % sentences.length]} ${sentences[(i + 2) % sentences.length]}</p>`,
    );
  return out.join('\n');
}

/**
 * Nests `depth` elements inside `parent` and returns the innermost. Built bottom-up in detached chunks: jsdom's
 * parser (and appending one element at a time) costs time quadratic in the depth, and attaching one huge subtree
 * at once overflows jsdom's recursive attach. `marker` puts a short `<b>` before each level's child, so no level
 * is a bare wrapper.
 */
export function nestInside(parent: Element, depth: number, tag = 'div', marker = false): Element {
  const doc = parent.ownerDocument;
  let bottom = parent;
  for (let made = 0; made < depth; ) {
    const n = Math.min(1000, depth - made);
    const leaf = doc.createElement(tag);
    let top = leaf;
    for (let i = 1; i < n; i++) {
      const level = doc.createElement(tag);
      if (marker) {
        const b = doc.createElement('b');
        b.textContent = '›';
        level.appendChild(b);
      }
      level.appendChild(top);
      top = level;
    }
    bottom.appendChild(top);
    bottom = leaf;
    made += n;
  }
  return bottom;
}
