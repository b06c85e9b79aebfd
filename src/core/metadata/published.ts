import { normalizeSpace } from '../dom.js';
import { dateFromUrl, dayOf, isAfter, parseDateText, parseIsoDate } from './dates.js';

/**
 * The publication date. On a snapshot every date in the head is the capture time, so only the page body and the
 * article's address count; a date after the capture is impossible and discarded, and the capture time itself is
 * never offered as a publication date.
 */

export interface DateChoice {
  published: string | null;
  /** A short block that only shows the date (removed from the article text, as readers do). */
  element: Element | null;
}

export interface DateInputs {
  root: Element;
  byline: Element | null;
  title: Element | null;
  originalUrl: string | null;
  archivedAt: string | null;
  lang: string | null;
}

const PUBLISHED_HINT = /\b(published|posted|first published|publié|veröffentlicht|publicado|pubblicato)\b/i;
const UPDATED_HINT = /\b(updated|modified|last updated|aktualisiert|mis à jour|actualizado)\b/i;
const MAX_DATELINE = 120;

function acceptable(value: string | null, ctx: DateInputs): value is string {
  if (!value) return false;
  if (isAfter(value, ctx.archivedAt)) return false;
  return true;
}

/** A full value from a `datetime`/`content` attribute, or the element's printed text. */
function dateOfElement(el: Element, ctx: DateInputs): string | null {
  for (const attr of ['datetime', 'content', 'title']) {
    const raw = el.getAttribute(attr);
    if (!raw) continue;
    const v = parseIsoDate(raw) ?? parseDateText(raw, { notAfter: ctx.archivedAt, lang: ctx.lang })?.value ?? null;
    if (acceptable(v, ctx)) return v;
  }
  const printed = parseDateText(normalizeSpace(el.textContent), { notAfter: ctx.archivedAt, lang: ctx.lang });
  return printed && acceptable(printed.value, ctx) ? printed.value : null;
}

/** The smallest block around `el` that holds nothing but a short dateline. */
function datelineBlock(el: Element, root: Element): Element | null {
  let cur: Element | null = el;
  let best: Element | null = null;
  while (cur && cur !== root && normalizeSpace(cur.textContent).length <= MAX_DATELINE && !cur.querySelector('h1, h2, img')) {
    best = cur;
    cur = cur.parentElement;
  }
  return best;
}

function before(a: Element, b: Element): boolean {
  return !!(a.compareDocumentPosition(b) & 4);
}

/** Marked-up dates: microdata first, then `<time>`; "updated" ones only when nothing else is there. */
function markedUp(ctx: DateInputs): DateChoice | null {
  const { root } = ctx;
  const micro = Array.from(root.querySelectorAll('[itemprop~="datePublished"], [itemprop~="dateCreated"]'));
  for (const el of micro) {
    const v = dateOfElement(el, ctx);
    if (v) return { published: v, element: datelineBlock(el, root) };
  }
  const times = Array.from(root.querySelectorAll('time'));
  const ranked = [
    ...times.filter((t) => t.hasAttribute('pubdate') || PUBLISHED_HINT.test(t.parentElement?.textContent ?? '')),
    ...times.filter((t) => !UPDATED_HINT.test(t.parentElement?.textContent ?? '')),
    ...times,
  ];
  for (const t of ranked) {
    const v = dateOfElement(t, ctx);
    if (v) return { published: v, element: datelineBlock(t, root) };
  }
  return null;
}

/** Short text blocks near the byline or headline that read as a date ("May 16", "Published 16 May 2017"). */
function printed(ctx: DateInputs): DateChoice | null {
  const { root } = ctx;
  const anchor = ctx.byline ?? ctx.title;
  const scope: Element[] = [];
  if (ctx.byline) scope.push(ctx.byline);
  let near: Element | null = anchor?.parentElement ?? null;
  for (let i = 0; i < 3 && near && near !== root; i++, near = near.parentElement) scope.push(near);
  scope.push(root);
  for (const container of scope) {
    const blocks = Array.from(container.querySelectorAll('span, div, p, time, li, em, small, strong, b, i, font, td'))
      .filter((el) => {
        const len = normalizeSpace(el.textContent).length;
        return len >= 3 && len <= MAX_DATELINE && !el.querySelector('p, div, li');
      })
      .slice(0, 400);
    const ordered = anchor ? [...blocks.filter((b) => before(anchor, b)), ...blocks.filter((b) => !before(anchor, b))] : blocks;
    const scored = ordered
      .map((el) => ({ el, text: normalizeSpace(el.textContent) }))
      .filter(({ text }) => !UPDATED_HINT.test(text) || PUBLISHED_HINT.test(text));
    for (const { el, text } of scored) {
      // A block that is mostly a date, not a sentence that happens to contain one.
      if (text.split(' ').length > 12 && !PUBLISHED_HINT.test(text)) continue;
      const parsed = parseDateText(text, { notAfter: ctx.archivedAt, lang: ctx.lang });
      if (parsed && acceptable(parsed.value, ctx)) return { published: parsed.value, element: datelineBlock(el, root) };
    }
  }
  return null;
}

export function findPublished(ctx: DateInputs): DateChoice {
  const fromUrl = dateFromUrl(ctx.originalUrl);
  const marked = markedUp(ctx);
  if (marked) return marked;
  const text = printed(ctx);
  if (text?.published) {
    // A year-less printed day ("May 16") agrees with the URL's date: the URL supplies the year.
    if (fromUrl && dayOf(text.published).slice(5) === fromUrl.slice(5)) return { published: fromUrl, element: text.element };
    return text;
  }
  if (fromUrl && acceptable(fromUrl, ctx)) return { published: fromUrl, element: null };
  return { published: null, element: null };
}
