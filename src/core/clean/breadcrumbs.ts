import { normalizeSpace } from '../dom.js';
import type { CleanPlan } from './plan.js';

/** A trail is a line, not a block of text. */
const MAX_TRAIL = 200;
/** What stands between the steps of a trail. */
const SEPARATORS = /^[\s>/›»|·→:\\-]*$/u;

/**
 * Step `breadcrumb`: a breadcrumb trail ("Home › Safety and Health Topics › Electrical") names where the page sits in
 * its site, not what it says. Found by its shape, which survives archiving and needs no class name: a short line of
 * two or more links with nothing between them but separators, and at most the current page's own name after the last.
 */
export function removeBreadcrumbs(plan: CleanPlan): void {
  const { index } = plan;
  for (const el of index.ordered) {
    if (plan.isLeftOut(el)) continue;
    const chars = index.textLength.get(el) ?? 0;
    if (chars === 0 || chars > MAX_TRAIL || !isTrail(el)) continue;
    // The outermost trail: its parent would say the same with more around it.
    const parent = el.parentElement;
    if (parent && (index.textLength.get(parent) ?? 0) === chars && isTrail(parent)) continue;
    plan.leaveOut(el, 'breadcrumb:trail');
  }
}

function isTrail(el: Element): boolean {
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
  return tail === '' || (/^[>/›»|·→\\]/u.test(tail) && tail.length <= 100 && !/[.!?]\s/.test(tail));
}
