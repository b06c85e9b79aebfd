import type { RemovalLog } from '../explain.js';
import { innermostBackward, linkTextLength, normalizeSpace, wordCount } from '../dom.js';
import { parseUrl } from '../url.js';

/**
 * The "more from this site" list that closes many posts: the last blocks of the article are short lines that are
 * each a link to another page of the same site ("Winter Plumbing Tips", "DIY Plumbing Advice" …). Readability keeps
 * them because they sit in the article's container; no reader wants them in a quote or a citation. A run of such
 * lines at the very end is left out; links to other sites (a list of sources) and a single line (a "Register" or
 * "Up next" link the author wrote) stay, since both are often part of the text.
 */

/** Blocks that hold a line of the article's text. */
const LINE_BLOCKS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd']);

/** At least this many linked lines in a row make a list of pages rather than a closing link of the author's. */
const MIN_RUN = 2;

/** A linked headline is short; a longer line is a sentence that happens to be linked. */
const MAX_LINE_WORDS = 12;

/** Share of a line's text inside links for the line to count as a link. */
const MIN_LINK_SHARE = 0.9;

export function removeTrailingSiteLinks(root: Element, pageUrl: string | null, log: RemovalLog): void {
  const page = webUrl(pageUrl);
  if (!page) return;
  const tail = trailingLinkedLines(root);
  // The whole tail must link within the site: a line to another site means a list of sources, which stays.
  if (tail.length < MIN_RUN || !tail.every((line) => pointsElsewhereOnSite(line, page))) return;
  for (const line of tail) {
    log.note(line, 'related-tail');
    line.remove();
  }
}

/** The article's last lines, from the end, while each one is a short link. Reads only as far back as the run. */
function trailingLinkedLines(root: Element): Element[] {
  const run: Element[] = [];
  for (const line of innermostBackward(root, LINE_BLOCKS)) {
    const text = normalizeSpace(line.textContent);
    if (!text) continue;
    if (wordCount(text) > MAX_LINE_WORDS || linkTextLength(line) < text.length * MIN_LINK_SHARE) break;
    if (line.querySelector('img, picture, video, figure')) break;
    run.push(line);
  }
  return run;
}

function pointsElsewhereOnSite(line: Element, page: URL): boolean {
  const links = Array.from(line.querySelectorAll('a[href]'));
  if (links.length === 0) return false;
  return links.every((a) => {
    const target = webUrl(a.getAttribute('href'), page);
    return target !== null && sameSite(target, page) && target.pathname !== page.pathname;
  });
}

function sameSite(a: URL, b: URL): boolean {
  const host = (u: URL) => u.hostname.toLowerCase().replace(/^www\./, '');
  return host(a) === host(b);
}

/** A web address (http or https) only: a mailto: or javascript: link is no page of the site. */
function webUrl(href: string | null, base?: URL): URL | null {
  const url = parseUrl(href, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null;
}
