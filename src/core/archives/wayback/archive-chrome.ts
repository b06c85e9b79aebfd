/**
 * The archive's chrome inside the page's body — the toolbar insert right after `<body>`, the banners, the donation
 * frame, the search suggestions, the crawl-time notice — and how many of them are signs of a replay.
 */
import { isElement } from '../../dom.js';
import { commentsAmong, firstNodes, isComment, lastNodes } from './edge-nodes.js';

export interface ArchiveChrome {
  /** The archive's own elements inside the page: left out of the article. */
  elements: Set<Element>;
  /** Signs of a replay among them: the toolbar insert, each banner outside it. */
  signs: number;
}

export function findArchiveChrome(doc: Document, root: Element): ArchiveChrome {
  const chrome = new Set<Element>();
  let signs = 0;
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
  return { elements: chrome, signs };
}
