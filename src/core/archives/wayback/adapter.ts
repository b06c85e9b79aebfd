/**
 * The Internet Archive's Wayback Machine (web.archive.org). A snapshot page is the captured page itself, served at
 * `/web/<timestamp><modifier>/<original URL>` with its links rewritten into that form, the archive's scripts and
 * styles first in its `<head>`, and a toolbar (with donation and notice banners) inserted right after `<body>`
 * between `BEGIN/END WAYBACK TOOLBAR INSERT` comments. Unlike archive.today, the `<head>` is the publisher's own.
 * See docs/wayback.md for the markup, its sources and how sure each fact is.
 */
import type { ArticleSource } from '../../../article.js';
import { normalizeSpace } from '../../dom.js';
import { archiveTimestampToIso } from '../../time.js';
import { isWaybackHost } from '../hosts.js';
import { mayBeCapture } from '../identity.js';
import { absolutize, type ArchiveAdapter, type Snapshot } from '../types.js';
import { parseWaybackAddress, WAYBACK_ORIGIN, waybackUrl, isWaybackSnapshotUrl } from './address.js';
import { readCaptureMarkers, type CaptureMarker, type MarkerReader } from './capture-markers.js';
import { detectReplay } from './replay-detection.js';
import { trustedHeadOf } from './trusted-head.js';

function hostOf(raw: string | null): string | null {
  if (!raw) return null;
  try {
    return new URL(raw).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

const withoutFragment = (url: string): string => url.replace(/#.*$/s, '');

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
function waybackAdapter(readMarkers: MarkerReader | null): ArchiveAdapter {
  return { service: 'wayback', open: (doc, url) => openReplay(doc, url, readMarkers) };
}

function openReplay(doc: Document, url: string, readMarkers: MarkerReader | null): Snapshot | null {
  const root = doc.body;
  if (!root || !mayBeCapture(url, isWaybackHost)) return null;
  const playback = detectReplay(doc, root);
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

/** The Wayback adapter for every page, saved files included: what the pipeline, the CLI, the tests and the bench use. */
export const wayback = waybackAdapter(readCaptureMarkers);
