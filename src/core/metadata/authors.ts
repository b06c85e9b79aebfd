import type { Author } from '../../article.js';
import { normalizeSpace } from '../dom.js';
import type { PageIndex, ShortBlock } from '../page-index.js';
import { blockText } from '../text.js';
import { END_OF_NAMES, isCapitalisedName, looksLikePersonName, parseByline, splitName } from './names.js';
import { isWireService } from './wire-services.js';

/**
 * The byline of a captured page. The original head (author meta, JSON-LD) is gone from a snapshot, so the names
 * come from the page body: microdata and rel=author where they survived, else the visible "By …" line.
 */

export interface BylineChoice {
  byline: string | null;
  authors: Author[];
  /** The block that shows the byline, removed from the article text as readers do. */
  element: Element | null;
}

const NONE: BylineChoice = { byline: null, authors: [], element: null };
const BY_PREFIX =
  /^[^\p{L}]{0,4}(?:(?:article|post)\s+)?(?:(?:written|reported|words|story|text)\s+)?(?:by|von|par|por|door|av|af)\b\s*[:\s]\s*/iu;
/** What follows a photographer's name in a picture credit. */
const PICTURE_CREDIT = /\b(?:getty|images?|photos?|photography|shutterstock|istock|alamy|unsplash|pexels)\b/i;
/** A label alone: "Written By", "By:", "Article written by". */
const BYLINE_LABEL = /^(?:(?:article|post)\s+)?(?:written\s+)?by:?$/i;
/**
 * "By Jane Doe", never "By the end of the year, …": the name after "By" starts with a capital. (Checked apart from
 * the prefix: under the `i` flag `\p{Lu}` matches small letters too.)
 */
function startsLikeByline(text: string): boolean {
  const prefix = BY_PREFIX.exec(text);
  return prefix !== null && /^\p{Lu}/u.test(text.slice(prefix[0].length));
}
/** Author pages: /author/jane-doe, /people/…, /autori/… (cs), /autoren/… (de), Medium-style /@jane. */
const AUTHOR_HREF =
  /\/(?:authors?|editors?|people|profiles?|staff|reporters?|journalists?|columnists?|contributors?|writers?|by|autor|autori|autoren|auteurs?|autores?|redakteur|firma)\/|\/@[\w.-]+\/?$/i;
const MAX_BYLINE = 200;

function commonAncestor(nodes: Element[]): Element | null {
  if (!nodes.length) return null;
  let anc: Element | null = nodes[0]!;
  while (anc && !nodes.every((n) => anc!.contains(n))) anc = anc.parentElement;
  return anc;
}

/** The largest enclosing block that still reads as a byline line: short text, no headline or image inside. */
function bylineBlock(el: Element | null, index: PageIndex): Element | null {
  let cur = el;
  let best: Element | null = null;
  while (cur && cur !== index.root && index.isVisible(cur)) {
    if ((index.textLength.get(cur) ?? 0) > MAX_BYLINE || cur.querySelector('h1, h2, img, figure')) break;
    best = cur;
    cur = cur.parentElement;
  }
  return best;
}

function nameOf(el: Element): string {
  const named = el.querySelector('[itemprop="name"]');
  const v = named?.getAttribute('content') ?? named?.textContent ?? el.getAttribute('content') ?? el.textContent;
  return normalizeSpace(v).replace(/^by\s+/i, '');
}

function toAuthors(name: string, organisation: boolean): Author[] {
  if (!name) return [];
  if (organisation || isWireService(name)) return [{ literal: name }];
  if (looksLikePersonName(name)) return [splitName(name)];
  return parseByline(name);
}

function fromElements(els: Element[], index: PageIndex): BylineChoice | null {
  const authors: Author[] = [];
  const seen = new Set<string>();
  for (const el of els) {
    const org = /Organization/i.test(el.getAttribute('itemtype') ?? '');
    for (const a of toAuthors(nameOf(el), org)) {
      const key = JSON.stringify(a);
      if (!seen.has(key)) {
        seen.add(key);
        authors.push(a);
      }
    }
  }
  if (!authors.length) return null;
  const shared = commonAncestor(els);
  const printed = shared ? index.textOf(shared) : null;
  return {
    byline: printed && printed.length <= MAX_BYLINE ? printed : null,
    authors,
    element: bylineBlock(shared, index),
  };
}

/** In a menu or a list of links to other stories: bylines there belong to other articles. */
function inNavigation(el: Element): boolean {
  if (el.closest('nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"]')) return true;
  return !!el.closest('li') && (el.closest('ul, ol')?.children.length ?? 0) > 3;
}

interface Printed {
  text: string;
  authors: Author[];
}

/**
 * The byline a short block prints and the authors it names, or null. A name set as a button that opens the author's
 * card is not in the indexed text (buttons are never content): "By , , and Updated on …" is read again with its
 * buttons' text.
 */
function printedByline(b: ShortBlock): Printed | null {
  const read = (text: string): Printed => ({ text, authors: parseByline(text) });
  // "Written By" set apart from the name and role that follow it: the byline is the label's row.
  if (BYLINE_LABEL.test(b.text) && b.el.parentElement) {
    const row = read(normalizeSpace(blockText(b.el.parentElement)).slice(0, MAX_BYLINE));
    return startsLikeByline(row.text) && row.authors.length ? row : null;
  }
  if (b.text.length < 3 || b.text.length > MAX_BYLINE || !BY_PREFIX.test(b.text)) return null;
  const own = startsLikeByline(b.text) ? read(b.text) : null;
  if (own?.authors.length) return own;
  const full = normalizeSpace(blockText(b.el));
  if (full !== b.text && full.length <= MAX_BYLINE && startsLikeByline(full)) {
    const whole = read(full);
    if (whole.authors.length) return whole;
  }
  return own && b.text.length >= 5 ? own : null;
}

/** The deepest short block whose text starts like a byline ("By …"), the first one among `blocks`. */
function visibleByline(index: PageIndex, blocks: ShortBlock[]): BylineChoice | null {
  const matches = blocks.flatMap((b) => {
    const printed = printedByline(b);
    return printed ? [{ el: b.el, printed }] : [];
  });
  const deepest = matches.filter((c) => !matches.some((o) => o !== c && c.el.contains(o.el)));
  let unsigned: BylineChoice | null = null;
  for (const { el, printed } of deepest) {
    if (inNavigation(el)) continue;
    const { text, authors } = printed;
    // A label's row runs on into the writer's role and biography: the header then names the authors itself.
    const byline = BYLINE_LABEL.test(index.textOf(el) ?? '') ? null : text;
    if (authors.length) return { byline, authors, element: bylineBlock(el, index) ?? el };
    // "By TMZ Staff": the page signs the article, but with a desk rather than a person.
    unsigned ??= { byline: text, authors: [], element: bylineBlock(el, index) ?? el };
  }
  return unsigned;
}

/** A block that is nothing but a person's name, just after the headline ("JOE HILDEBRAND"). */
function nameOnly(index: PageIndex, blocks: ShortBlock[], title: string | null): BylineChoice | null {
  for (const { el, text } of blocks) {
    if (text.length > 60 || inNavigation(el) || /^h[1-6]$/.test(el.localName) || inTitle(text, title)) continue;
    if (!isCapitalisedName(text.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''))) continue;
    const authors = parseByline(text);
    if (authors.length === 1 && !('literal' in authors[0]!))
      return { byline: text, authors, element: bylineBlock(el, index) ?? el };
  }
  return null;
}

/** Links to author pages near the headline: "<a href=/people/jane-doe>Jane Doe</a>". */
function authorLinks(index: PageIndex, near: ShortBlock[]): BylineChoice | null {
  const window = new Set(near.map((b) => b.el));
  const links = index
    .all('a')
    .filter(
      (a) =>
        window.has(a) &&
        !inNavigation(a) &&
        AUTHOR_HREF.test(a.getAttribute('href') ?? '') &&
        looksLikePersonName(index.textOf(a) ?? ''),
    );
  if (!links.length) return null;
  const first = links[0]!;
  const group = links.filter((l) => {
    const shared = commonAncestor([first, l]);
    return !!shared && (index.textLength.get(shared) ?? Infinity) <= MAX_BYLINE;
  });
  return fromElements(group, index);
}

/**
 * A name printed beside the dateline without "By" ("Mama Robotnik 9/11/13 10:00AM", "NATALIYA VASILYEVA" above
 * "Associated Press December 2, 2016"): short blocks just around the date that read as a person's name.
 */
export function nameNearDateline(index: PageIndex, dateline: Element, title: string | null): BylineChoice | null {
  const at = index.positionOf(dateline);
  const near = index.blocks.filter(
    (b) =>
      Math.abs(b.order - at) <= 6 && b.text.length <= 80 && !inNavigation(b.el) && !/^h[1-6]$/.test(b.el.localName),
  );
  for (const b of near) {
    if (inSentence(index, b.el)) continue;
    if (inLinkRow(b.el)) continue;
    // The block is the name alone, or the name run into the dateline.
    const name = b.text
      .split(END_OF_NAMES)[0]!
      .replace(/[^\p{L}.]+$/u, '')
      .trim();
    // A person's name, or a wire service's credit ("Reuters"), but no other organisation.
    if ((!looksLikePersonName(name) && !isWireService(name)) || inTitle(name, title)) continue;
    // "Tanja Ivanova / Getty Images": a photographer's credit under a picture.
    if (PICTURE_CREDIT.test(b.text.slice(name.length))) continue;
    const authors = parseByline(name);
    if (authors.length !== 1 || ('literal' in authors[0]! && !isWireService(name))) continue;
    const inside = dateline.contains(b.el) || b.el.contains(dateline);
    return { byline: name, authors, element: inside ? null : bylineBlock(b.el, index) };
  }
  return null;
}

/** One of two links or more side by side: a row of topic tags ("Customer Care · Social Commerce"), not a person. */
function inLinkRow(el: Element): boolean {
  const row = el.localName === 'a' ? el.parentElement : el;
  return !!row && row.querySelectorAll('a').length > 1;
}

/**
 * Words of the title, set apart near the headline (the headline repeated in a hero block, the last crumb of a trail:
 * "Foundational Fitness Protocol", "Cleaning Industry Trends"): read as a name by their capitals, but no author.
 */
function inTitle(text: string, title: string | null): boolean {
  return !!title && normalizeSpace(title).toLowerCase().includes(normalizeSpace(text).toLowerCase());
}

/** More text than a dateline beside an inline name: the name is part of a sentence ("Lupita Nyong'o's dress …"). */
const SENTENCE_AROUND = 80;

function inSentence(index: PageIndex, el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || !/^(a|span|strong|b|em|i)$/.test(el.localName)) return false;
  return (index.textLength.get(parent) ?? 0) - (index.textLength.get(el) ?? 0) > SENTENCE_AROUND;
}

export function findByline(index: PageIndex, title: Element | null, titleText: string | null): BylineChoice {
  const micro = [
    ...index.withAttributeWord('itemprop', 'author'),
    ...index.withAttributeWord('itemprop', 'creator'),
  ].filter((el) => !el.parentElement?.closest('[itemprop~="author"]'));
  const rel = index.withAttributeWord('rel', 'author');
  const near = index.blocksAround(title, 12, 60);
  return (
    (micro.length ? fromElements(micro, index) : null) ??
    (rel.length ? fromElements(rel, index) : null) ??
    visibleByline(index, near) ??
    authorLinks(index, near) ??
    nameOnly(index, index.blocksAround(title, 0, 8), titleText) ??
    NONE
  );
}

/** Chinese and Japanese credit lines: 作者：…, 记者：…, 责任编辑：… (the author before the editor). */
const CJK_CREDIT =
  /(作者|记者|記者|文|责任编辑|責任編集|编辑|編集)\s*[:：]\s*(?!作者|记者|記者|责任|責任|编辑|編集)(\p{Script=Han}{2,4})/gu;

function cjkByline(index: PageIndex): BylineChoice | null {
  let editor: BylineChoice | null = null;
  for (const { el, text } of index.blocks) {
    for (const m of text.matchAll(CJK_CREDIT)) {
      const choice = { byline: m[0], authors: [{ literal: m[2]! }], element: null };
      if (/作者|记者|記者|文/.test(m[1]!)) return choice;
      editor ??= el.isConnected ? choice : null;
    }
  }
  return editor;
}

/** A personal site's copyright holder ("© Haki Benita 2016-2020"), when nothing on the page signs the article. */
function copyrightHolder(index: PageIndex): BylineChoice | null {
  for (const { text } of index.blocks.slice(-60)) {
    const m =
      /^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^\d©]+?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\.?$/iu.exec(
        text,
      );
    // "© 2025 Zalaris. All Rights Reserved": the holder ends where its sentence does.
    const name = m?.[1]
      ?.replace(/[.,;|]?\s*all rights reserved\b.*$/i, '')
      .trim()
      .replace(/[,.]$/, '');
    // A person is named in two or three words; longer holders are organisations ("Conejo Valley Adult Education").
    if (name && name.split(' ').length <= 3 && looksLikePersonName(name))
      return { byline: null, authors: [splitName(name)], element: null };
  }
  return null;
}

/** Last resorts: a "By …" line anywhere outside menus and story lists; a CJK credit line; a personal site's owner. */
export function bylineAnywhere(index: PageIndex, publisherName: string | null): BylineChoice | null {
  // A personal site named after its owner ("Haki Benita") is signed by that person.
  const owner =
    publisherName && looksLikePersonName(publisherName)
      ? { byline: null, authors: [splitName(publisherName)], element: null }
      : null;
  return (
    visibleByline(index, index.blocks) ?? cjkByline(index) ?? owner ?? (publisherName ? null : copyrightHolder(index))
  );
}
