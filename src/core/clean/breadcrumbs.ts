import { normalizeSpace } from '../dom.js';
import type { CleanPlan } from './plan.js';

/** A trail is a line, not a block of text. */
const MAX_TRAIL = 200;
/** What stands between the steps of a trail. */
const SEPARATORS = /^[\s>/›»|·→:\\-]*$/u;

/** Ids, labels and microdata that name a trail; ids and ARIA labels survive archiving, class names do not. */
const NAMED_TRAIL = /breadcrumb/i;
/** One step of a trail is a name, not a sentence. */
const MAX_STEP = 60;

/**
 * Step `breadcrumb`: a breadcrumb trail ("Home › Safety and Health Topics › Electrical") names where the page sits in
 * its site, not what it says. Found by its shape, which survives archiving and needs no class name: a short line of
 * two or more links with nothing between them but separators, and at most the current page's own name after the last;
 * or a short list whose items are one link each but the last, which is the current page's name as plain text (the
 * separators were drawn by the stylesheet the archive dropped); or a short block the page itself names a breadcrumb.
 */
export function removeBreadcrumbs(plan: CleanPlan, pageTitle: string | null): void {
  const title = comparable(pageTitle ?? '');
  const { index } = plan;
  for (const el of index.ordered) {
    if (plan.isLeftOut(el)) continue;
    const chars = index.textLength.get(el) ?? 0;
    // Every trail has link text: the index knows that without a look inside.
    if (chars === 0 || chars > MAX_TRAIL || !index.linkTextLength.get(el) || !looksLikeTrail(el, title)) continue;
    // The outermost trail: its parent would say the same with more around it.
    const parent = el.parentElement;
    if (parent && (index.textLength.get(parent) ?? 0) === chars && looksLikeTrail(parent, title)) continue;
    plan.leaveOut(el, 'breadcrumb:trail');
  }
}

function comparable(s: string): string {
  return normalizeSpace(s).toLowerCase();
}

function looksLikeTrail(el: Element, title: string): boolean {
  return isTrail(el, title) || isListTrail(el) || isNamedTrail(el);
}

/** `title`: the page's own title, lower case, which a trail may end with whatever its punctuation ("… vs. MBB …"). */
function isTrail(el: Element, title: string): boolean {
  const links = Array.from(el.getElementsByTagName('a')).filter((a) => normalizeSpace(a.textContent));
  if (links.length < 2) return false;
  // The text between the links, in order; the part after the last link may be the current page's name.
  let rest = normalizeSpace(el.textContent);
  const between: string[] = [];
  for (const a of links) {
    const text = normalizeSpace(a.textContent);
    const at = rest.indexOf(text);
    if (at < 0) return false;
    between.push(rest.slice(0, at));
    rest = rest.slice(at + text.length);
  }
  if (between.slice(1).some((gap) => !SEPARATORS.test(gap) || !/[>/›»|·→\\]/u.test(gap))) return false;
  if (!SEPARATORS.test(between[0]!)) return false;
  // After the last link: nothing, or a separator and a short name (the page itself).
  const tail = rest.trim();
  if (tail === '') return true;
  if (!/^[>/›»|·→\\]/u.test(tail) || tail.length > 100) return false;
  // A name, not a sentence: "… vs. MBB Consultant" is a headline, "… now. Read the rest" is prose.
  const name = normalizeSpace(tail.slice(1));
  if (!/[.!?]\s+\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(name) && !/[.!?]\s+\p{Ll}/u.test(name)) return true;
  return title !== '' && (title.startsWith(comparable(name)) || comparable(name).startsWith(title));
}

/** `<ul><li><a>Home</a></li><li><a>Topics</a></li><li>Electrical</li></ul>`: links, then the page's own name. */
function isListTrail(el: Element): boolean {
  if (el.localName !== 'ul' && el.localName !== 'ol') return false;
  const items = Array.from(el.children).filter((li) => li.localName === 'li' && normalizeSpace(li.textContent));
  if (items.length < 2) return false;
  const last = items[items.length - 1]!;
  const name = normalizeSpace(last.textContent);
  if (last.getElementsByTagName('a').length > 0 || name.length > MAX_STEP || /[.!?]/.test(name)) return false;
  return items.slice(0, -1).every((li) => {
    const links = li.getElementsByTagName('a');
    const text = normalizeSpace(li.textContent);
    return (
      links.length === 1 &&
      text.length <= MAX_STEP &&
      SEPARATORS.test(text.replace(normalizeSpace(links[0]!.textContent), ''))
    );
  });
}

/** A block whose id, ARIA label or microdata type says "breadcrumb", holding links. */
function isNamedTrail(el: Element): boolean {
  const names = [el.id, el.getAttribute('aria-label'), el.getAttribute('itemtype')];
  return names.some((n) => n && NAMED_TRAIL.test(n)) && el.getElementsByTagName('a').length > 0;
}
