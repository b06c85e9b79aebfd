import type { ArticleSource } from '../../article.js';
import { archiveTimestampToIso } from '../time.js';
import { isWaybackHost } from './hosts.js';
import { mayBeCapture } from './identity.js';
import { isElement, normalizeSpace } from '../dom.js';
import { absolutize, type ArchiveAdapter, type Snapshot } from './types.js';

/**
 * The Internet Archive's Wayback Machine (web.archive.org). A snapshot page is the captured page itself, served at
 * `/web/<timestamp><modifier>/<original URL>` with its links rewritten into that form, the archive's scripts and
 * styles first in its `<head>`, and a toolbar (with donation and notice banners) inserted right after `<body>`
 * between `BEGIN/END WAYBACK TOOLBAR INSERT` comments. Unlike archive.today, the `<head>` is the publisher's own.
 * See docs/wayback.md for the markup, its sources and how sure each fact is.
 */

/** Where images and other resources of a snapshot are kept. */
export const WAYBACK_ORIGIN = 'https://web.archive.org';

/**
 * `/web/<1–14 digits><modifier>/<original>`: a replay. The query forms — a star after the timestamp or in its place
 * (calendars, capture lists, URL searches), a range `2009-2015` — and `/save/…`, `/web/submit`, the bare `/web/`
 * are not snapshots. Modifiers are two letters and `_` (`id_`, `im_`, `if_`, `js_`, `cs_`, `fw_`, `fr_`, `oe_`,
 * `mp_` …), `cm_` with a digit; one to three slashes follow.
 */
const REPLAY_PATH = /^\/web\/(\d{1,14})([a-z]{2}\d?_)?\/{1,3}(.+)$/s;

export interface WaybackAddress {
  /** The digits as written: 14 for one exact capture, fewer for "the capture nearest to" a partial time. */
  timestamp: string;
  /** `''`, `'id_'`, `'im_'` … */
  modifier: string;
  /** The original address with its own query and fragment; `http://` added where the archive left the scheme out. */
  original: string;
}

/**
 * Restores an original address as it follows the timestamp: percent-encoded scheme, collapsed `http:/x`,
 * protocol-relative `//host` and scheme-less `host/path` (old links) are repaired, and the default port the
 * crawler wrote (`http://www.nytimes.com:80/…`) is dropped. Null for anything that is not a web address.
 */
export function decodeTarget(raw: string): string | null {
  let s = raw.trim().replace(/^([a-z]+)%3A(%2F%2F|\/\/)/i, '$1://');
  if (/^https?:\/(?!\/)/i.test(s)) s = s.replace(/^(https?):\//i, '$1://');
  else if (s.startsWith('//')) s = 'http:' + s;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) {
    if (!/^[^/?#]+\.[^/?#]+/.test(s)) return null; // a scheme-less target must at least name a host with a dot
    s = 'http://' + s;
  }
  if (!/^https?:\/\//i.test(s)) return null;
  s = s.replace(/^(http:\/\/[^/?#]+):80(?=[/?#]|$)|^(https:\/\/[^/?#]+):443(?=[/?#]|$)/i, '$1$2');
  try {
    const u = new URL(s);
    return u.hostname ? s : null;
  } catch {
    return null;
  }
}

/**
 * Reads a Wayback replay address: absolute (`https://web.archive.org/web/…`, `//web.archive.org/web/…`) or, with
 * `rootRelative`, the `/web/…` form the archive writes inside its pages. Null for anything else, including the
 * archive's calendar, search and save pages.
 */
export function parseWaybackAddress(raw: string, rootRelative = false): WaybackAddress | null {
  const m = /^(?:(?:https?:)?\/\/([^/?#]+))?(\/web\/.*)$/is.exec(raw.trim());
  if (!m?.[2]) return null;
  if (m[1] === undefined ? !rootRelative : !isWaybackHost(m[1].toLowerCase().replace(/:\d+$/, ''))) return null;
  const p = REPLAY_PATH.exec(m[2]);
  if (!p?.[1] || !p[3]) return null;
  const original = decodeTarget(p[3]);
  return original ? { timestamp: p[1], modifier: p[2] ?? '', original } : null;
}

/** True when `raw` is a Wayback replay address (any modifier, full or partial timestamp). */
export function isWaybackSnapshotUrl(raw: string): boolean {
  return parseWaybackAddress(raw) !== null;
}

/** The page address of a capture: `https://web.archive.org/web/<timestamp>/<original>` (no modifier). */
export function waybackUrl(timestamp: string, original: string): string {
  return `${WAYBACK_ORIGIN}/web/${timestamp}/${original}`;
}

/** Script and stylesheet addresses of the archive's own includes (banner, replay, analytics), in every spelling seen. */
const INCLUDE_SRC =
  /(^|\/\/)(web-static\.)?archive\.org\/(_static|static|includes)\/|^\/_?static\/(js|css)\/|\/(bundle-playback|wombat|ruffle|athena)\.js|\/(banner-styles|iconochive)\.css/i;
/** Inline scripts only the replay writes: its bootstrap, toolbar calls, analytics and Flash emulator settings. */
const INCLUDE_TEXT = /__wm\.(init|wombat|bt|rw)\s*\(|archive_analytics|window\.RufflePlayer|_wmVideos_|WB_wombat_/;

/** True for a `<script>`, `<link>` or `<style>` the Wayback Machine added to the page. */
function isInjected(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'script') {
    const src = el.getAttribute('src');
    return src ? INCLUDE_SRC.test(src.trim()) : INCLUDE_TEXT.test(el.textContent ?? '');
  }
  if (tag === 'link') return INCLUDE_SRC.test((el.getAttribute('href') ?? '').trim());
  if (tag === 'style') return /#wm-ipp|#donato|wm-toolbar/.test(el.textContent ?? '');
  return false;
}

const COMMENT_NODE = 8;

/** One identity the page's own markers give for its capture. */
export interface CaptureMarker {
  timestamp: string | null;
  original: string | null;
}

/** What the page itself says about being a replay, read without scanning the whole page. */
interface Playback {
  /** How many independent signs of a Wayback replay the page carries. */
  signs: number;
  /** The toolbar insert (elements between the BEGIN/END comments), the banners and notices: the archive's chrome. */
  chrome: Set<Element>;
}

/**
 * Reads the capture's identity from the replay's own markers, for pages whose address does not say it (a saved
 * file). In a browser the address always does, so the scripts injected into pages leave this reader out.
 */
export type MarkerReader = (doc: Document, root: Element, chrome: Set<Element>) => CaptureMarker[];

function isComment(node: Node | null | undefined): node is Comment {
  return !!node && node.nodeType === COMMENT_NODE;
}

export function commentsAmong(nodes: Iterable<Node>): Comment[] {
  const out: Comment[] = [];
  for (const n of nodes) if (isComment(n)) out.push(n);
  return out;
}

export function firstNodes(parent: Node | null | undefined, n: number): Node[] {
  const out: Node[] = [];
  for (let c = parent?.firstChild ?? null; c && out.length < n; c = c.nextSibling) out.push(c);
  return out;
}

export function lastNodes(parent: Node | null | undefined, n: number): Node[] {
  const out: Node[] = [];
  for (let c = parent?.lastChild ?? null; c && out.length < n; c = c.previousSibling) out.push(c);
  return out;
}

function readPlayback(doc: Document, root: Element): Playback {
  const chrome = new Set<Element>();
  let signs = 0;

  // The includes first in <head>.
  const head = doc.head;
  if (Array.from(head?.children ?? []).some(isInjected)) signs++;
  if (commentsAmong(head?.childNodes ?? []).some((c) => /Wayback Rewrite JS Include/i.test(c.data))) signs++;

  // The toolbar insert right after <body>: everything between its comments is the archive's.
  const lead = firstNodes(root, 60);
  const begin = commentsAmong(lead).find((c) => /BEGIN WAYBACK TOOLBAR INSERT/i.test(c.data));
  if (begin) {
    signs++;
    for (let n = begin.nextSibling; n; n = n.nextSibling) {
      if (isComment(n) && /END WAYBACK TOOLBAR INSERT/i.test(n.data)) break;
      if (isElement(n)) chrome.add(n);
    }
  }
  for (const id of ['wm-ipp-base', 'wm-ipp', 'wm-ipp-print', '_wayback_banner']) {
    const el = doc.getElementById(id);
    if (el && root.contains(el)) {
      if (!chrome.has(el)) signs++;
      chrome.add(el);
    }
  }
  // The fundraising banner: its own id is common, so only with the archive's donation frame inside.
  const donato = doc.getElementById('donato');
  if (donato && root.contains(donato) && donato.querySelector('#donato-if, iframe[src*="archive.org/includes/donate"]'))
    chrome.add(donato);
  // The toolbar's search suggestions box, appended to the body once its script ran.
  for (const n of lastNodes(root, 8))
    if (isElement(n) && /\bwb-autocomplete-suggestions\b/.test(n.getAttribute('class') ?? '')) chrome.add(n);
  // The "Got an HTTP 302 response at crawl time … Impatient?" notice is the archive's page, not the capture.
  const notice = doc.getElementById('error');
  if (
    notice &&
    root.contains(notice) &&
    notice.querySelector('p.impatient') &&
    /response at crawl time/i.test(notice.textContent ?? '')
  )
    chrome.add(notice);
  // The replay's closing comment ("FILE ARCHIVED ON …") is one more sign.
  if (
    commentsAmong([...lastNodes(doc.documentElement, 6), ...lastNodes(root, 8), ...lastNodes(doc, 6)]).some((c) =>
      /FILE ARCHIVED ON/.test(c.data),
    )
  )
    signs++;
  return { signs, chrome };
}

function hostOf(raw: string | null): string | null {
  if (!raw) return null;
  try {
    return new URL(raw).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

const withoutFragment = (url: string): string => url.replace(/#.*$/s, '');

/** Image-valued meta tags, whose content the archive rewrites to `…/web/<ts>im_/…`. */
const IMAGE_META = /^(og:image(:url|:secure_url)?|twitter:image(:src)?|thumbnail(url)?|image)$/i;
/** Address-valued meta tags, rewritten to `…/web/<ts>/…`. */
const URL_META = /^(og:url|twitter:url|url)$/i;

/**
 * The original `<head>` without the archive's includes, its addresses read back (og:url, canonical → original;
 * og:image → the archived copy). Its meta tags and JSON-LD are the publisher's own, captured with the page; so are
 * the JSON-LD blocks and microdata `<meta>` tags some publishers put in the body, which follow the head's, as on an
 * ordinary page.
 */
function trustedHeadOf(
  doc: Document,
  root: Element,
  isChrome: (el: Element) => boolean,
  rewriteHref: (h: string) => string,
  rewriteSrc: (s: string) => string,
): Document | null {
  const head = doc.head;
  if (!head) return null;
  const copy = doc.implementation.createHTMLDocument('');
  const lang = doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang');
  if (lang) copy.documentElement.setAttribute('lang', lang);
  // Tag-name collections, not a selector scan: a big page has hundreds of thousands of elements.
  const inBody = [
    ...Array.from(root.getElementsByTagName('meta')),
    ...Array.from(root.getElementsByTagName('script')),
  ].filter((el) => {
    if (
      el.localName === 'meta'
        ? !el.hasAttribute('content')
        : (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json'
    )
      return false;
    for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (isChrome(p)) return false;
    return true;
  });
  for (const el of [...Array.from(head.children), ...inBody]) {
    const tag = el.localName;
    if (tag === 'base' || tag === 'style' || isInjected(el)) continue;
    if (tag === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const clone = copy.importNode(el, true);
    if (tag === 'meta') {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim();
      const content = el.getAttribute('content');
      if (content && IMAGE_META.test(key)) clone.setAttribute('content', rewriteSrc(content));
      else if (content && URL_META.test(key)) clone.setAttribute('content', rewriteHref(content));
    } else if (tag === 'link') {
      const href = el.getAttribute('href');
      if (href)
        clone.setAttribute(
          'href',
          /\bicon\b/i.test(el.getAttribute('rel') ?? '') ? rewriteSrc(href) : rewriteHref(href),
        );
    } else if (tag === 'script') {
      clone.textContent = rewriteJsonLd(el.textContent ?? '', rewriteHref, rewriteSrc);
    }
    copy.head.appendChild(clone);
  }
  return copy;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** JSON-LD as captured: addresses inside it read back like the page's (images stay archived, links go home). */
function rewriteJsonLd(text: string, rewriteHref: (h: string) => string, rewriteSrc: (s: string) => string): string {
  let data: Json;
  try {
    data = JSON.parse(text) as Json;
  } catch {
    return text;
  }
  const walk = (node: Json, key: string): Json => {
    if (typeof node === 'string') {
      if (!/^(https?:)?\/\/|^\/web\//i.test(node)) return node;
      if (/^(image|thumbnailUrl|contentUrl|logo)$/.test(key)) return rewriteSrc(node);
      if (/^(url|@id|mainEntityOfPage|sameAs)$/.test(key)) return rewriteHref(node);
      return node;
    }
    if (Array.isArray(node)) return node.map((n) => walk(n, key));
    if (node && typeof node === 'object') {
      const out: { [k: string]: Json } = {};
      for (const [k, v] of Object.entries(node)) out[k] = walk(v, k);
      return out;
    }
    return node;
  };
  return JSON.stringify(walk(data, ''));
}

/** The capture's identity: the page address first, then the replay's own markers for what the address lacks. */
function identify(url: string, captures: CaptureMarker[]): { timestamp: string | null; original: string | null } {
  const own = parseWaybackAddress(url);
  let original = own?.original ?? null;
  let timestamp = own && archiveTimestampToIso(own.timestamp) ? own.timestamp : null;
  for (const c of captures) {
    if (!original && c.original) original = c.original;
    if (!timestamp && c.timestamp && archiveTimestampToIso(c.timestamp)) timestamp = c.timestamp;
  }
  // A partial timestamp in the address ("nearest to 2017") is still an address of this capture.
  return { timestamp: timestamp ?? own?.timestamp ?? null, original: original ? withoutFragment(original) : null };
}

/** The Wayback adapter, with or without reading the capture's identity from the page's markers. */
export function waybackAdapter(readMarkers: MarkerReader | null): ArchiveAdapter {
  return { service: 'wayback', open: (doc, url) => openReplay(doc, url, readMarkers) };
}

function openReplay(doc: Document, url: string, readMarkers: MarkerReader | null): Snapshot | null {
  const root = doc.body;
  if (!root || !mayBeCapture(url, isWaybackHost)) return null;
  const playback = readPlayback(doc, root);
  const byAddress = isWaybackSnapshotUrl(url);
  // The page address alone is decisive (an `id_` capture carries no marker); without it, two signs are needed.
  if (!byAddress && (playback.signs < 2 || !readMarkers)) return null;

  const { timestamp, original } = identify(url, readMarkers ? readMarkers(doc, root, playback.chrome) : []);
  const archivedAt = timestamp ? archiveTimestampToIso(timestamp) : null;
  const source: ArticleSource = {
    service: 'wayback',
    originalUrl: original,
    archiveUrl: timestamp && original ? waybackUrl(timestamp, original) : null,
    archiveShortUrl: null,
    archivedAt,
  };

  // Relative addresses the archive left alone resolve against the original page (or the base it declared).
  const declaredBase = doc.head?.querySelector('base[href]')?.getAttribute('href') ?? null;
  const base =
    (declaredBase &&
      (parseWaybackAddress(declaredBase, true)?.original ?? (/^https?:/i.test(declaredBase) ? declaredBase : null))) ||
    original;
  const stamp = timestamp ?? '';
  const fileDoc = /^file:/i.test(doc.URL) ? doc.URL : null;

  const rewriteHref = (href: string): string => {
    const h = href.trim();
    if (!h || h.startsWith('#')) return h;
    if (/^(javascript|vbscript|data):/i.test(h)) return '';
    const address = parseWaybackAddress(h, true);
    if (address) return address.original;
    // Non-web targets the archive wrapped too: /web/<ts>/mailto:…
    const wrapped =
      /^(?:(?:https?:)?\/\/(?:web|wayback)\.archive\.org)?\/web\/\d{1,14}(?:[a-z]{2}\d?_)?\/((?:mailto|tel|sms|news|ftp):.+)$/is.exec(
        h,
      );
    if (wrapped?.[1]) return wrapped[1];
    // The archive's other pages (calendar, search, save) stay on the archive.
    if (h.startsWith('/web/') || /^(https?:)?\/\/(web|wayback)\.archive\.org\//i.test(h))
      return absolutize(h, `${WAYBACK_ORIGIN}/`);
    return absolutize(h, base);
  };

  const rewriteSrc = (src: string): string => {
    const s = src.trim();
    if (!s || /^(data|blob):/i.test(s)) return s;
    const address = parseWaybackAddress(s, true);
    if (address) return `${WAYBACK_ORIGIN}/web/${address.timestamp}im_/${address.original}`;
    if (/^(https?:)?\/\/([a-z0-9-]+\.)?archive\.org\//i.test(s) || /^\/_?static\//.test(s))
      return absolutize(s, `${WAYBACK_ORIGIN}/`);
    // A browser's "Save Page As" keeps images in a folder beside the file ("Title_files/photo.jpg").
    if (fileDoc && /^(\.\/)?[^/?#:]+_files\//.test(s)) return absolutize(s, fileDoc);
    const abs = absolutize(s, base);
    return /^https?:\/\//i.test(abs) ? `${WAYBACK_ORIGIN}/web/${stamp}im_/${abs}` : abs;
  };

  const description = doc.head?.querySelector('meta[name="description"]')?.getAttribute('content');
  const chrome = playback.chrome;
  const isChrome = (el: Element): boolean => chrome.has(el);
  return {
    source,
    root,
    originalHost: hostOf(original),
    trustedHead: trustedHeadOf(doc, root, isChrome, rewriteHref, rewriteSrc),
    titleHint: normalizeSpace(doc.title) || null,
    descriptionHint: description ? normalizeSpace(description) || null : null,
    rewriteHref,
    rewriteSrc,
    isWrapper: () => false,
    isChrome,
  };
}
