import { isElement, normalizeSpace } from '../../dom.js';
import { archiveTimestampToIso, monthOfAbbreviation } from '../../time.js';
import { decodeTarget, parseWaybackAddress, WAYBACK_ORIGIN } from './address.js';
import { commentsAmong, firstNodes, lastNodes } from './edge-nodes.js';

/**
 * The capture's identity from the replay's own markers — the bootstrap and toolbar calls, the print line, the
 * toolbar form, the donation frame, the closing "FILE ARCHIVED ON" comment, a browser's "saved from" note, the
 * rewritten canonical — for a page whose address does not name the capture: a replay saved as a file.
 */

/** "FILE ARCHIVED ON 12:02:07 Jul 02, 2022 AND RETRIEVED FROM THE INTERNET ARCHIVE ON …" → `20220702120207`. */
function stampFromArchivedComment(text: string): string | null {
  const m = /FILE ARCHIVED ON (\d{1,2}):(\d{2}):(\d{2}) (\p{L}{3})\w* (\d{1,2}), (\d{4})/u.exec(text);
  if (!m) return null;
  const month = monthOfAbbreviation(m[4] ?? '');
  if (!month) return null;
  const two = (v: string | number | undefined) => String(v ?? '').padStart(2, '0');
  const stamp = `${m[6]}${two(month)}${two(m[5])}${two(m[1])}${m[2]}${m[3]}`;
  return archiveTimestampToIso(stamp) ? stamp : null;
}

export function readCaptureMarkers(doc: Document, root: Element, chrome: Set<Element>): CaptureMarker[] {
  const captures: CaptureMarker[] = [];
  const add = (timestamp: string | null, original: string | null) => {
    if (timestamp || original) captures.push({ timestamp, original });
  };
  const fromAddress = (raw: string | null | undefined) => {
    const a = raw ? parseWaybackAddress(raw, true) : null;
    if (a) add(a.timestamp, a.original);
  };
  // The replay bootstrap in <head> names the original and the timestamp: __wm.wombat("<original>","<ts>",…).
  for (const el of Array.from(doc.head?.getElementsByTagName('script') ?? [])) {
    if (el.hasAttribute('src')) continue;
    const wombat = /__wm\.wombat\(\s*"([^"]+)"\s*,\s*"(\d{14})"/.exec(el.textContent ?? '');
    if (wombat) add(wombat[2] ?? null, decodeTarget(wombat[1] ?? ''));
  }
  // The toolbar call names the capture too: __wm.bt(width, 27, 25, 2, "web", "<original>", "<timestamp>", …).
  for (const el of chrome) {
    if (!isElement(el) || el.localName !== 'script') continue;
    const bt = /__wm\.bt\([^)]*?"web"\s*,\s*"([^"]+)"\s*,\s*"(\d{14})"/.exec(el.textContent ?? '');
    if (bt) add(bt[2] ?? null, decodeTarget(bt[1] ?? ''));
  }
  const print = normalizeSpace(doc.getElementById('wm-ipp-print')?.textContent);
  fromAddress(/https?:\/\/\S+/.exec(print)?.[0]);
  const form = doc.getElementById('wmtb');
  if (form) {
    const date = form.querySelector('input[name="date"]')?.getAttribute('value') ?? null;
    add(
      date && /^\d{14}$/.test(date) ? date : null,
      decodeTarget(form.querySelector('input[name="url"]')?.getAttribute('value') ?? ''),
    );
  }
  const donate = doc.getElementById('donato-if')?.getAttribute('src');
  if (donate) {
    try {
      fromAddress(new URL(donate, WAYBACK_ORIGIN).searchParams.get('referer'));
    } catch {
      // not an address
    }
  }
  // A browser's "Save Page As" notes where the page came from; the replay appends its archive notice at the end.
  const tail = [
    ...firstNodes(doc, 4),
    ...lastNodes(doc, 6),
    ...lastNodes(doc.documentElement, 6),
    ...lastNodes(root, 8),
  ];
  for (const c of commentsAmong(tail)) {
    const saved = /saved from url=\(\d+\)(\S+)/i.exec(c.data);
    if (saved) fromAddress(saved[1]);
    const stamp = stampFromArchivedComment(c.data);
    if (stamp) add(stamp, null);
  }
  // Every rewritten link carries the page's own timestamp: the canonical and og:url name the capture.
  fromAddress(doc.head?.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  fromAddress(doc.head?.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  return captures;
}

/** One identity the page's own markers give for its capture. */
export interface CaptureMarker {
  timestamp: string | null;
  original: string | null;
}

/**
 * Reads the capture's identity from the replay's own markers, for pages whose address does not say it (a saved
 * file). In a browser the address always does, so the scripts injected into pages leave this reader out.
 */
export type MarkerReader = (doc: Document, root: Element, chrome: Set<Element>) => CaptureMarker[];
