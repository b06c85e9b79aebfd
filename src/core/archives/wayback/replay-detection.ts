/**
 * Whether a page is a Wayback replay, from what the replay adds to it: its includes first in `<head>`, its toolbar
 * insert and banners (archive-chrome.ts), its closing "FILE ARCHIVED ON" comment.
 */
import { findArchiveChrome } from './archive-chrome.js';
import { commentsAmong, lastNodes } from './edge-nodes.js';

/** Script and stylesheet addresses of the archive's own includes (banner, replay, analytics), in every spelling seen. */
const INCLUDE_SRC =
  /(^|\/\/)(web-static\.)?archive\.org\/(_static|static|includes)\/|^\/_?static\/(js|css)\/|\/(bundle-playback|wombat|ruffle|athena)\.js|\/(banner-styles|iconochive)\.css/i;
/** Inline scripts only the replay writes: its bootstrap, toolbar calls, analytics and Flash emulator settings. */
const INCLUDE_TEXT = /__wm\.(init|wombat|bt|rw)\s*\(|archive_analytics|window\.RufflePlayer|_wmVideos_|WB_wombat_/;

/** True for a `<script>`, `<link>` or `<style>` the Wayback Machine added to the page. */
export function isInjected(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'script') {
    const src = el.getAttribute('src');
    return src ? INCLUDE_SRC.test(src.trim()) : INCLUDE_TEXT.test(el.textContent ?? '');
  }
  if (tag === 'link') return INCLUDE_SRC.test((el.getAttribute('href') ?? '').trim());
  if (tag === 'style') return /#wm-ipp|#donato|wm-toolbar/.test(el.textContent ?? '');
  return false;
}

/** What the page itself says about being a replay, read without scanning the whole page. */
export interface Playback {
  /** How many independent signs of a Wayback replay the page carries. */
  signs: number;
  /** The toolbar insert (elements between the BEGIN/END comments), the banners and notices: the archive's chrome. */
  chrome: Set<Element>;
}

export function detectReplay(doc: Document, root: Element): Playback {
  let signs = 0;

  // The includes first in <head>.
  const head = doc.head;
  if (Array.from(head?.children ?? []).some(isInjected)) signs++;
  if (commentsAmong(head?.childNodes ?? []).some((c) => /Wayback Rewrite JS Include/i.test(c.data))) signs++;

  // The archive's toolbar, banners and notices in the body.
  const chrome = findArchiveChrome(doc, root);
  signs += chrome.signs;
  // The replay's closing comment ("FILE ARCHIVED ON …") is one more sign.
  if (
    commentsAmong([...lastNodes(doc.documentElement, 6), ...lastNodes(root, 8), ...lastNodes(doc, 6)]).some((c) =>
      /FILE ARCHIVED ON/.test(c.data),
    )
  )
    signs++;
  return { signs, chrome: chrome.elements };
}
