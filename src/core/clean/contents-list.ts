import { normalizeSpace, textLength } from '../dom.js';
import type { RemovalLog } from '../explain.js';
import { parseUrl } from '../url.js';

/**
 * The page's own table of contents: a "Table of contents" / "In this article" label over a list of links to the
 * page's sections. The reader builds its own contents from the headings, and a copy, a quote or a citation wants the
 * text, not a second list of its headings. Found by the label and by what the list points at — places in this page
 * (`#section` links) or the article's own headings — never by class names, which snapshots do not keep. A label
 * whose list the capture lost (a collapsed widget) goes alone. Run on the article Readability chose, so that taking
 * the list out of the page cannot change which part of the page that is.
 */

/** Labels of contents boxes, as the whole text of a short block. */
const CONTENTS_LABEL =
  /^(table of contents|contents|in this (article|post|guide|page|story|section)|on this page|jump to( a)?( section)?|article contents|page contents|what'?s inside|skip to a section)\s*:?$/i;

/** A contents box holds a long article's headings at most: beyond this much text it is a section of its own. */
const CONTENTS_MAX_TEXT = 3000;
/** An entry is a heading: a line. */
const ENTRY_MAX_TEXT = 150;
/** Share of the entries that must point into the page (or repeat a heading) for the list to be its contents. */
const ENTRY_SHARE = 0.8;
/** Text in the box besides the label and the list (an "Open"/"Hide" toggle), at most. */
const OTHER_MAX_TEXT = 40;

export function removeContentsLists(root: Element, pageUrl: string | null, log: RemovalLog): void {
  const page = parseUrl(pageUrl);
  const headings = new Set(Array.from(root.querySelectorAll('h2, h3, h4, h5, h6')).map((h) => key(h.textContent)));
  const pointsIntoPage = (a: Element): boolean => {
    const href = (a.getAttribute('href') ?? '').trim();
    if (/^#./.test(href)) return true;
    const target = parseUrl(href, page);
    return !!(target?.hash && page && target.host === page.host && target.pathname === page.pathname);
  };
  const isContents = (list: Element): boolean => {
    const entries = Array.from(list.getElementsByTagName('li'));
    if (entries.length < 2) return false;
    const inPage = entries.filter((li) => {
      const text = ownText(li);
      if (!text || text.length > ENTRY_MAX_TEXT) return false;
      const link = li.querySelector('a[href]');
      return (link !== null && pointsIntoPage(link)) || headings.has(key(text));
    });
    return inPage.length >= entries.length * ENTRY_SHARE;
  };
  const leaveOut = (el: Element) => {
    log.note(el, 'contents-list');
    el.remove();
  };
  for (const label of labelsIn(root)) {
    if (!root.contains(label)) continue;
    const box = contentsBox(root, label);
    // A list with no text is the shell a page script would have filled: the capture lost it.
    const lists = Array.from(box.querySelectorAll('ul, ol')).filter(
      (l) => !l.parentElement?.closest('ul, ol') && textLength(l) > 0,
    );
    const listText = lists.reduce((n, l) => n + textLength(l), 0);
    const other = textLength(box) - listText - textLength(label);
    if (lists.length > 0 && lists.every(isContents) && other <= OTHER_MAX_TEXT) {
      leaveOut(box);
      continue;
    }
    if (lists.length > 0 || other > OTHER_MAX_TEXT) continue; // the label heads something else
    // The label alone in its box: its list follows it, or the capture lost it.
    const next = box.nextElementSibling;
    const list = next && (/^(ul|ol)$/i.test(next.localName) ? next : onlyList(next));
    const contents = !!list && (textLength(list) === 0 || isContents(list)); // an empty list: its shell
    if (next && contents) leaveOut(next);
    if (!list || contents) leaveOut(box);
  }
}

/** Short blocks whose whole text is a contents label, the deepest of each nest. */
function labelsIn(root: Element): Element[] {
  const found = Array.from(root.querySelectorAll('*')).filter((el) => {
    const text = el.textContent ?? '';
    return text.length <= 80 && CONTENTS_LABEL.test(normalizeSpace(text));
  });
  return found.filter((el) => !found.some((o) => o !== el && el.contains(o)));
}

/** The box around a label that holds nothing but the label and lists: no paragraph of text beside it. */
function contentsBox(root: Element, label: Element): Element {
  let box = label;
  for (let parent = label.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (textLength(parent) > CONTENTS_MAX_TEXT) break;
    let prose = 0;
    for (const child of Array.from(parent.children))
      if (child !== box && !/^(ul|ol)$/i.test(child.localName)) prose += textLength(child);
    if (prose > OTHER_MAX_TEXT) break;
    box = parent;
  }
  return box;
}

const key = (text: string | null): string =>
  normalizeSpace(text)
    .toLowerCase()
    .replace(/^[\d.]+\s*/, '');

/** An entry's own text, without its sub-entries. */
function ownText(li: Element): string {
  let text = '';
  for (const child of Array.from(li.childNodes)) {
    if (child.nodeType === 1 && /^(ul|ol)$/i.test((child as Element).localName)) continue;
    text += child.textContent ?? '';
  }
  return normalizeSpace(text);
}

/** The list a wrapper holds when it holds nothing else. */
function onlyList(el: Element): Element | null {
  const lists = el.querySelectorAll('ul, ol');
  const first = lists[0];
  return first && normalizeSpace(first.textContent) === normalizeSpace(el.textContent) ? first : null;
}
