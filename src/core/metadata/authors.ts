import type { Author } from '../../article.js';
import { normalizeSpace } from '../dom.js';
import { looksLikePersonName, parseByline, splitName } from './names.js';
import { isWireService } from './publishers.js';

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
const BY_LINE = /^(?:(?:written|reported|words|story|text)\s+)?(?:by|von|par|por|door|av|af)\b\s*[:\s]\s*\p{Lu}/iu;
const AUTHOR_HREF = /\/(?:authors?|people|profiles?|staff|reporters?|journalists?|columnists?|contributors?|writers?|by|autor|auteur)\//i;
const MAX_BYLINE = 200;

function commonAncestor(nodes: Element[]): Element | null {
  if (!nodes.length) return null;
  let anc: Element | null = nodes[0]!;
  while (anc && !nodes.every((n) => anc!.contains(n))) anc = anc.parentElement;
  return anc;
}

/** The smallest enclosing block that still reads as a byline line (short text). */
function bylineBlock(el: Element | null, root: Element): Element | null {
  let cur = el;
  let best: Element | null = null;
  while (cur && cur !== root) {
    const len = normalizeSpace(cur.textContent).length;
    if (len > MAX_BYLINE || cur.querySelector('h1, h2, img, figure')) break;
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

function toAuthor(name: string, organisation: boolean): Author | null {
  if (!name) return null;
  if (organisation || isWireService(name)) return { literal: name };
  if (looksLikePersonName(name)) return splitName(name);
  const parsed = parseByline(name);
  return parsed.length === 1 ? parsed[0]! : null;
}

function fromElements(els: Element[], root: Element): BylineChoice | null {
  const authors: Author[] = [];
  const seen = new Set<string>();
  for (const el of els) {
    const org = /Organization/i.test(el.getAttribute('itemtype') ?? '');
    const a = toAuthor(nameOf(el), org);
    if (!a) continue;
    const key = JSON.stringify(a);
    if (!seen.has(key)) {
      seen.add(key);
      authors.push(a);
    }
  }
  if (!authors.length) return null;
  const shared = commonAncestor(els);
  const block = bylineBlock(shared, root);
  const printed = shared && normalizeSpace(shared.textContent).length <= MAX_BYLINE ? normalizeSpace(shared.textContent) : null;
  return { byline: printed, authors, element: block };
}

function precedes(a: Element, b: Element): boolean {
  return !!(a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */);
}

/** The deepest short element whose text starts like a byline ("By …"). */
function visibleByline(root: Element, after: Element | null): BylineChoice | null {
  const candidates: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('p, div, span, address, li, h3, h4, h5, h6, a, em, strong, b, i, font, td'))) {
    const text = normalizeSpace(el.textContent);
    if (text.length < 5 || text.length > MAX_BYLINE || !BY_LINE.test(text)) continue;
    candidates.push(el);
  }
  // Keep the deepest match of each nested run, and prefer the first one after the headline.
  const deepest = candidates.filter((c) => !candidates.some((o) => o !== c && c.contains(o)));
  const ordered = after ? [...deepest.filter((c) => precedes(after, c)), ...deepest.filter((c) => !precedes(after, c))] : deepest;
  for (const el of ordered) {
    const authors = parseByline(normalizeSpace(el.textContent));
    if (authors.length) {
      const block = bylineBlock(el, root) ?? el;
      return { byline: normalizeSpace(el.textContent), authors, element: block };
    }
  }
  return null;
}

/** Links to author pages near the top: "<a href=/people/jane-doe>Jane Doe</a>". */
function authorLinks(root: Element): BylineChoice | null {
  const links = Array.from(root.querySelectorAll('a[href]')).filter((a) => AUTHOR_HREF.test(a.getAttribute('href') ?? '') && looksLikePersonName(normalizeSpace(a.textContent)));
  if (!links.length) return null;
  const first = links[0]!;
  const group = links.filter((l) => commonAncestor([first, l]) && normalizeSpace(commonAncestor([first, l])!.textContent).length <= MAX_BYLINE);
  return fromElements(group, root);
}

export function findByline(root: Element, title: Element | null): BylineChoice {
  const micro = Array.from(root.querySelectorAll('[itemprop~="author"], [itemprop~="creator"]')).filter((el) => !el.parentElement?.closest('[itemprop~="author"]'));
  const rel = Array.from(root.querySelectorAll('a[rel~="author"], [rel~="author"]'));
  return (
    (micro.length ? fromElements(micro, root) : null) ??
    (rel.length ? fromElements(rel, root) : null) ??
    visibleByline(root, title) ??
    authorLinks(root) ??
    NONE
  );
}
