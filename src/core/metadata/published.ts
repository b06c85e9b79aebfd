import type { PageIndex, ShortBlock } from '../page-index.js';
import { dateFromUrl, dayOf, isAfter, parseDateText, parseIsoDate, type DateContext } from './dates.js';

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
  index: PageIndex;
  byline: Element | null;
  title: Element | null;
  originalUrl: string | null;
  archivedAt: string | null;
  lang: string | null;
  /** The page's own order of numeric dates (dates.ts numericDateOrder), found when first asked. */
  monthFirst?: () => boolean | null;
  /** Refuse dates after the capture (first pass). */
  strict?: boolean;
}

const PUBLISHED_HINT = /\b(published|posted|first published|publié|veröffentlicht|publicado|pubblicato)\b/i;
const UPDATED_HINT = /\b(updated|modified|last updated|aktualisiert|mis à jour|actualizado)\b/i;
const MAX_DATELINE = 120;
/** A paragraph of prose: a leaf block of this much text, almost no link text. */
const PROSE_PARAGRAPH = 100;
/** Paragraphs of prose between the headline and a dated line that make the line part of the running text. */
const PROSE_BEFORE = 3;

/**
 * A date after the capture cannot be the publication date of what was captured, so the search first looks for one
 * that is not (`strict`); only when the page holds no such date is an explicit later one taken as printed (an
 * archive's capture time can be wrong, and a page that prints one date means it). A year the page did not print is
 * always inferred so the date does not fall after the capture (parseDateText). The capture time itself is never
 * read: it lives in the archive's header and head, outside the captured page.
 */
function acceptable(value: string | null, ctx: DateInputs): value is string {
  return !!value && !(ctx.strict && isAfter(value, ctx.archivedAt));
}

/** How the page's dates read: none after the capture, numeric ones in the page's own order or its language's. */
function readingOf(ctx: DateInputs): DateContext {
  return { notAfter: ctx.archivedAt, lang: ctx.lang, monthFirst: ctx.monthFirst };
}

/**
 * A full value from a `datetime`/`content` attribute, or the element's printed text. When the page prints a whole
 * date (with its year) on another day than its attribute says, the printed one is what readers were shown.
 */
function dateOfElement(el: Element, ctx: DateInputs): string | null {
  const text = ctx.index.textOf(el);
  const printed = text ? parseDateText(text, readingOf(ctx)) : null;
  for (const attr of ['datetime', 'content', 'title']) {
    const raw = el.getAttribute(attr);
    if (!raw) continue;
    const v = parseIsoDate(raw) ?? parseDateText(raw, readingOf(ctx))?.value ?? null;
    if (!acceptable(v, ctx)) continue;
    if (printed && !printed.yearInferred && dayOf(printed.value) !== dayOf(v)) return printed.value;
    return v;
  }
  return printed && acceptable(printed.value, ctx) ? printed.value : null;
}

/** What a dateline block never holds: a heading, or a picture. */
const NOT_A_DATELINE = 'h1, h2, img';

/**
 * The largest block around `el` that holds nothing but a short dateline; where `el` itself shows a picture, the
 * element inside it that holds its text (textHolder).
 */
function datelineBlock(el: Element, index: PageIndex): Element | null {
  let cur: Element | null = el;
  let best: Element | null = null;
  while (
    cur &&
    cur !== index.root &&
    index.isVisible(cur) &&
    (index.textLength.get(cur) ?? Infinity) <= MAX_DATELINE &&
    !cur.querySelector(NOT_A_DATELINE)
  ) {
    best = cur;
    cur = cur.parentElement;
  }
  return best ?? textHolder(el, index);
}

/**
 * The element inside a dateline block that holds all of its text, when the block also shows a picture (a calendar
 * icon beside "August 23, 2023"): the line without its picture.
 */
function textHolder(el: Element, index: PageIndex): Element | null {
  const all = index.textLength.get(el) ?? 0;
  let cur = el;
  for (;;) {
    const next = Array.from(cur.children).find((c) => (index.textLength.get(c) ?? 0) === all);
    if (!next) return null;
    if (!next.querySelector(NOT_A_DATELINE) && index.isVisible(next)) return next;
    cur = next;
  }
}

/** Marked-up dates: microdata first, then `<time>`; "updated" ones only when nothing else is there. */
function markedUp(ctx: SearchInputs, belowToo: boolean): (DateChoice & { updated: boolean }) | null {
  const { index } = ctx;
  for (const el of [
    ...index.withAttributeWord('itemprop', 'datePublished'),
    ...index.withAttributeWord('itemprop', 'dateCreated'),
  ]) {
    if (!belowToo && belowTheText(el, ctx)) continue;
    const v = dateOfElement(el, ctx);
    if (v) return { published: v, element: datelineBlock(el, index), updated: false };
  }
  const times = index.all('time');
  const context = (t: Element) => (t.parentElement ? (index.textOf(t.parentElement) ?? '') : '');
  const published = times.filter((t) => t.hasAttribute('pubdate') || PUBLISHED_HINT.test(context(t)));
  const ranked = [...published, ...times.filter((t) => !UPDATED_HINT.test(context(t))), ...times];
  for (const t of ranked) {
    if (!belowToo && belowTheText(t, ctx)) continue;
    const v = dateOfElement(t, ctx);
    if (v)
      return {
        published: v,
        element: datelineBlock(t, index),
        updated: UPDATED_HINT.test(context(t)) && !PUBLISHED_HINT.test(context(t)),
      };
  }
  return null;
}

/** The search's inputs, with the page's paragraphs of prose, found when first asked for and then kept. */
interface SearchInputs extends DateInputs {
  prose: () => Element[];
}

/** Paragraphs of prose: leaf blocks of some length with almost no link text, in document order. */
function proseParagraphs(index: PageIndex): () => Element[] {
  let found: Element[] | null = null;
  return () =>
    (found ??= index.ordered.filter(
      (e) =>
        !index.containsBlock.has(e) && (index.textLength.get(e) ?? 0) >= PROSE_PARAGRAPH && index.linkDensity(e) < 0.2,
    ));
}

/** The page's paragraphs of prose after the headline (or byline), in document order, with their positions. */
function* proseAfterAnchor(ctx: SearchInputs): Generator<{ p: Element; pos: number }> {
  const { index } = ctx;
  const anchor = ctx.byline ?? ctx.title;
  const start = anchor ? index.positionOf(anchor) : -1;
  for (const p of ctx.prose()) {
    const pos = index.positionOf(p);
    if (pos > start && !anchor?.contains(p)) yield { p, pos };
  }
}

/**
 * A dated line with paragraphs of the article's prose both before it (after the headline) and after it, such as an
 * "Updated on March 3" note halfway down: a line of the text, not the article's dateline, so it is neither read as
 * the publication date nor left out of the article.
 */
function inRunningText(el: Element, ctx: SearchInputs): boolean {
  const at = ctx.index.positionOf(el);
  let before = 0;
  for (const { p, pos } of proseAfterAnchor(ctx)) {
    if (el.contains(p)) continue;
    if (pos < at) before++;
    else return before >= PROSE_BEFORE;
  }
  return false;
}

/**
 * Below the start of the article's text: paragraphs of prose come between the headline (or byline) and it. A time
 * there dates a reader's comment or a card of another story, not the article (whose dateline is above its text).
 */
function belowTheText(el: Element, ctx: SearchInputs): boolean {
  const at = ctx.index.positionOf(el);
  let before = 0;
  for (const { p, pos } of proseAfterAnchor(ctx)) {
    if (pos >= at) break;
    if (p.contains(el)) continue;
    if (++before >= PROSE_BEFORE) return true;
  }
  return false;
}

/** A short block that reads as a dateline: mostly a date, not a sentence that happens to hold one. */
function datelineIn(candidates: ShortBlock[], ctx: SearchInputs, allowUpdated = false): DateChoice | null {
  for (const { el, text } of candidates) {
    if (text.length < 3 || text.length > MAX_DATELINE) continue;
    if (!allowUpdated && UPDATED_HINT.test(text) && !PUBLISHED_HINT.test(text)) continue;
    if (text.split(' ').length > 12 && !PUBLISHED_HINT.test(text)) continue;
    const parsed = parseDateText(text, readingOf(ctx));
    if (parsed && acceptable(parsed.value, ctx) && !inRunningText(el, ctx))
      return { published: parsed.value, element: datelineBlock(el, ctx.index) };
  }
  return null;
}

/** Short blocks inside the byline, then those right after the headline or byline, then just before. */
function nearHeadline(ctx: DateInputs): ShortBlock[] {
  const anchor = ctx.byline ?? ctx.title;
  if (!anchor) return [];
  const { blocks } = ctx.index;
  const around = (el: Element) => {
    const at = ctx.index.positionOf(el);
    const after = blocks.filter((b) => b.order > at && !el.contains(b.el)).slice(0, 40);
    const before = blocks.filter((b) => b.order < at && !b.el.contains(el)).slice(-6);
    return [...after, ...before];
  };
  const inside = ctx.byline ? blocks.filter((b) => ctx.byline!.contains(b.el)) : [];
  // A byline far below the headline (an author box after the text) is not where the dateline is: the headline is.
  if (ctx.byline && ctx.title && bylineFarBelow(ctx.index, ctx.title, ctx.byline))
    return [...inside, ...around(ctx.title), ...around(ctx.byline)];
  return [...inside, ...around(anchor)];
}

/** More short blocks than a header holds lie between the headline and the byline. */
const HEADER_BLOCKS = 12;

function bylineFarBelow(index: PageIndex, title: Element, byline: Element): boolean {
  const from = index.positionOf(title);
  const to = index.positionOf(byline);
  if (to <= from) return false;
  let between = 0;
  for (const b of index.blocks) {
    if (b.order <= from || title.contains(b.el)) continue;
    if (b.order >= to) break;
    if (++between > HEADER_BLOCKS) return true;
  }
  return false;
}

export function findPublished(ctx: DateInputs): DateChoice {
  const prose = proseParagraphs(ctx.index);
  return (
    search({ ...ctx, prose, strict: true }) ??
    search({ ...ctx, prose, strict: false }) ?? { published: null, element: null }
  );
}

function search(ctx: SearchInputs): DateChoice | null {
  const fromUrl = dateFromUrl(ctx.originalUrl);
  // An "Updated …" time is the publication date only when nothing better says when the article first appeared.
  const byMarkup = (marked: ReturnType<typeof markedUp>): DateChoice | null =>
    marked && { published: marked.updated && fromUrl ? fromUrl : marked.published, element: marked.element };
  const above = byMarkup(markedUp(ctx, false));
  if (above) return above;
  const near = datelineIn(nearHeadline(ctx), ctx);
  if (near?.published) {
    // A year-less printed day ("May 16") that agrees with the URL's date: the URL supplies the year.
    if (fromUrl && dayOf(near.published).slice(5) === fromUrl.slice(5))
      return { published: fromUrl, element: near.element };
    return near;
  }
  // A time below the start of the text (a comment's, another story's card) only when the headline has no dateline.
  const below = byMarkup(markedUp(ctx, true));
  if (below) return below;
  if (fromUrl && acceptable(fromUrl, ctx)) return { published: fromUrl, element: null };
  // "Updated August 14, 2025" under the byline, and no other date there: the page's only date for the article.
  const nearUpdated = datelineIn(nearHeadline(ctx), ctx, true);
  if (nearUpdated) return nearUpdated;
  const blocks = ctx.index.blocks.slice(0, 200);
  // "Updated 16/05/2017" is the publication date only when the page gives no other.
  return datelineIn(blocks, ctx) ?? datelineIn(blocks, ctx, true);
}
