import type { ArticleSource } from '../../article.js';
import { mayBeCapture } from './identity.js';
import { normalizeSpace } from '../dom.js';
import { isoToArchiveTimestamp } from '../time.js';
import { parseSnapshotAddress, snapshotUrls, timestampToIso } from './archive-today-urls.js';
import {
  decodeOriginal,
  isArchiveTodayHost,
  isArchiveTodayResourceHost,
  resolveOutboundLink,
  unwrapOutboundLink,
} from './hosts.js';
import { absolutize, type ArchiveAdapter, type Snapshot } from './types.js';

/**
 * archive.today (archive.ph, .is, .li, .vn, .fo, .md): the page is the archive's shell — its own head, a header
 * table with the snapshot's facts — around the captured page, which sits in `div.html1 > div.html > div.body`.
 * The "download .zip" `index.html` has only that wrapper. See docs: archive-today anatomy §3.
 */

const WRAPPER = 'div.html1 > div.html > div.body';

function hostOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    return new URL(raw).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** An attribute of the first match, looked up in the archive's head or header (small subtrees, cheap to scan). */
function attr(scope: ParentNode | null | undefined, selector: string, name: string): string | null {
  const v = scope?.querySelector(selector)?.getAttribute(name);
  return v ? v.trim() : null;
}

function byId(doc: Document, id: string, name: string): string | null {
  const v = doc.getElementById(id)?.getAttribute(name);
  return v ? v.trim() : null;
}

/** Elements of the archive's own shell, never inside the captured page. */
function header(doc: Document): Element | null {
  return doc.getElementById('HEADER');
}

function findRoot(doc: Document): Element | null {
  const content = doc.getElementById('CONTENT');
  return (content?.querySelector(WRAPPER) ?? doc.querySelector(WRAPPER)) || null;
}

/** How many independent signs say "archive.today snapshot" (fact table §3: any two). */
function recognitionScore(doc: Document, url: string, root: Element | null): number {
  let score = 0;
  if (parseSnapshotAddress(url)) score++;
  if (root) score++;
  const siteName = attr(doc.head, 'meta[property="og:site_name"]', 'content');
  const bookmark = attr(doc.head, 'link[rel="bookmark"]', 'href');
  const canonical = attr(doc.head, 'link[rel="canonical"]', 'href');
  if ((siteName && isArchiveTodayHost(siteName)) || (bookmark && parseSnapshotAddress(bookmark)?.kind === 'long'))
    score++;
  if (canonical && parseSnapshotAddress(canonical)) score++;
  const head = header(doc);
  if (head && /webpage capture|Saved from/i.test(head.textContent ?? '')) score++;
  return score;
}

/** The original URL from the first source that parses: long links, then the "Saved from" field. */
function readOriginal(doc: Document, url: string): { original: string | null; stamp: string | null } {
  const longCandidates = [url, attr(doc.head, 'link[rel="bookmark"]', 'href'), byId(doc, 'SHARE_LONGLINK', 'value')];
  for (const c of longCandidates) {
    const a = c ? parseSnapshotAddress(c) : null;
    if (a?.kind === 'long') return { original: a.original, stamp: a.timestamp };
  }
  const saved =
    header(doc)?.querySelector('input[name="q"]') ?? doc.querySelector('form[action*="/search"] input[name="q"]');
  const original = decodeOriginal(saved?.getAttribute('value') ?? '');
  return { original, stamp: null };
}

/**
 * A whole UTC timestamp as the archive writes it (`2017-07-19T22:03:03Z`), checked field by field: a lax parse
 * would read "0" as the year 2000 and roll 30 February over into March.
 */
function strictInstant(raw: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec((raw ?? '').trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const day = new Date(Date.UTC(y!, mo! - 1, d!));
  if (day.getUTCMonth() !== mo! - 1 || day.getUTCDate() !== d! || h! > 23 || mi! > 59 || s! > 59) return null;
  return instantToIso(Date.parse(raw!.trim()));
}

function instantToIso(ms: number): string | null {
  // Years 1996 (the first web archives) to 2200: anything else is a broken or hostile field.
  if (!Number.isFinite(ms) || ms < 820454400000 || ms > 7258118400000) return null;
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

function readCaptureTime(doc: Document, stamp: string | null, root: Element | null): string | null {
  const inHeader = header(doc)?.querySelector('time[itemprop="pubdate"][datetime]');
  const times = inHeader ? [inHeader] : Array.from(doc.querySelectorAll('time[itemprop="pubdate"][datetime]'));
  for (const t of times) {
    if (root?.contains(t)) continue; // a <time> of the captured page is the article's, not the capture's
    const iso = strictInstant(t.getAttribute('datetime'));
    if (iso) return iso;
  }
  if (stamp) {
    const fromStamp = timestampToIso(stamp);
    if (fromStamp) return fromStamp;
  }
  const ms = attr(header(doc), 'input[name="t"]', 'value');
  if (ms && /^\d{10,15}$/.test(ms)) {
    const iso = instantToIso(Number(ms));
    if (iso) return iso;
  }
  // The head's published_time is the archive's capture time (never the article's date): usable here only.
  return strictInstant(attr(doc.head, 'meta[property="article:published_time"]', 'content'));
}

function readShortId(doc: Document, url: string): { id: string | null; host: string | null } {
  const candidates = [
    url,
    byId(doc, 'SHARE_SHORTLINK', 'value'),
    attr(doc.head, 'link[rel="canonical"]', 'href'),
    attr(doc.head, 'meta[property="og:url"]', 'content'),
  ];
  for (const c of candidates) {
    const a = c ? parseSnapshotAddress(c) : null;
    if (a?.kind === 'short') return { id: a.id, host: a.host };
  }
  const hidden = attr(header(doc), 'input[name="id"]', 'value');
  return { id: hidden && /^[A-Za-z0-9]{4,6}$/.test(hidden) ? hidden : null, host: null };
}

/** Which mirror the snapshot addresses should name: the one the page was read from, else the page's own links. */
function mirrorHost(doc: Document, url: string, shortHost: string | null): string {
  const own = hostOf(url);
  if (own && isArchiveTodayHost(own)) return own.replace(/^www\./, '');
  if (shortHost) return shortHost;
  const canonical = hostOf(attr(doc.head, 'link[rel="canonical"]', 'href'));
  if (canonical && isArchiveTodayHost(canonical)) return canonical.replace(/^www\./, '');
  return 'archive.ph';
}

/**
 * The archive's description is a digest of the page's text, and it takes the text of `<style>` elements in the body
 * too ("hr { clear: both; } @media … Overview Arc Flash Focus …"). The digest without those rules, or null.
 */
export function pageDigest(description: string | null): string | null {
  let text = normalizeSpace(description);
  const lastRule = text.lastIndexOf('}');
  if (lastRule >= 0 && /\{[^{}]*:[^{}]*\}/.test(text)) text = text.slice(lastRule + 1).trim();
  return text || null;
}

/** A `<meta>` of the original head that the archive moved into `div.html`, beside the page's body. */
function keptMeta(html: Element | null, name: string): string | null {
  for (let el = html?.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName === 'meta' && el.getAttribute('name')?.toLowerCase() === name) return el.getAttribute('content');
  }
  return null;
}

/** For pages without an original URL (the .zip index): the host most outbound links go to. */
function dominantOutboundHost(root: Element): string | null {
  const counts = new Map<string, number>();
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    const href = a.getAttribute('href') ?? '';
    if (!href.includes('/o/')) continue;
    const host = hostOf(unwrapOutboundLink(href));
    if (host) counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  let best: string | null = null;
  let max = 0;
  for (const [h, n] of counts) if (n > max) [best, max] = [h, n];
  return best;
}

/** Frames are inlined as nested html1/html/body wrappers: their content is the page's, the wrappers are not. */
function isWrapper(el: Element): boolean {
  return el.localName === 'div' && /^(html1|html|body)$/.test(el.getAttribute('class') ?? '');
}

function rewriteHref(href: string, base: string): string {
  const h = href.trim();
  if (!h || h.startsWith('#')) return h;
  const outbound = resolveOutboundLink(h);
  if (outbound !== null) return outbound;
  const abs = absolutize(h, base);
  // An archive link that is not a wrapper (e.g. /o/ with a javascript: target) must not survive as a live link.
  if (/^\s*(javascript|vbscript|data):/i.test(abs)) return '';
  return abs;
}

export const archiveToday: ArchiveAdapter = {
  service: 'archive.today',

  open(doc: Document, url: string): Snapshot | null {
    if (!mayBeCapture(url, isArchiveTodayHost)) return null;
    const root = findRoot(doc);
    if (!root || recognitionScore(doc, url, root) < 2) return null;

    const { original, stamp } = readOriginal(doc, url);
    const archivedAt = readCaptureTime(doc, stamp, root);
    const short = readShortId(doc, url);
    const host = mirrorHost(doc, url, short.host);
    const timestamp = archivedAt ? isoToArchiveTimestamp(archivedAt) : null;
    const urls = snapshotUrls(host, timestamp, original, short.id);

    const source: ArticleSource = {
      service: 'archive.today',
      originalUrl: original,
      archiveUrl: urls.long,
      archiveShortUrl: urls.short,
      archivedAt,
    };
    const pageBase = hostOf(url) ? url : (urls.short ?? `https://${host}/`);
    const title = doc.querySelector('head > title')?.textContent ?? null;
    const description = keptMeta(root.parentElement, 'description');

    return {
      source,
      root,
      originalHost: hostOf(original) ?? dominantOutboundHost(root),
      trustedHead: null,
      titleHint: title ? normalizeSpace(title) : null,
      descriptionHint: pageDigest(description),
      rewriteHref: (href) => rewriteHref(href, pageBase),
      // Resources resolve against the document itself: for a saved ".zip" index.html they are files beside it.
      // The archive serves every image of a capture from its own hosts: one anywhere else is not the capture's.
      rewriteSrc: (src) => {
        const abs = absolutize(src, /^(https?|file):/i.test(doc.URL) ? doc.URL : pageBase);
        return /^(data:image\/|file:)/i.test(abs) || isArchiveTodayResourceHost(hostOf(abs) ?? '') ? abs : '';
      },
      isWrapper,
    };
  },
};
