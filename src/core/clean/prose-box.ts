import { isElement, linkTextLength, tagOf } from '../dom.js';
import type { CleanPlan } from './plan.js';

/**
 * Readability drops a box with fewer than ten commas once a fifth of its text is link text, unless class names
 * ("article", "content") weigh it up. A snapshot has lost its class names, so every box is judged by the strict
 * rule, and a box that holds a paragraph of prose beside a "Support us" or "Read more" link goes with its prose.
 */
const READABILITY_LINK_SHARE = 0.2;
/** From this share on the box is a list of links with a blurb, which Readability should judge as it does. */
const LINK_LIST_SHARE = 0.5;
/** A box, not a section of the page: at most this much text. */
const BOX_MAX_TEXT = 1200;
/** A paragraph of prose: this much text… */
const PROSE_MIN_TEXT = 100;
/** …almost none of it linked. */
const PROSE_MAX_LINK_SHARE = 0.05;

/**
 * Step `wrapper:prose-box`: a box that Readability would drop for its link text although it holds a paragraph
 * of prose is written as its blocks, so the paragraph is judged as a paragraph of the box around it.
 */
export function openProseBoxes(plan: CleanPlan): void {
  for (const div of plan.writtenElements('div')) {
    if (plan.retag.has(div) || plan.figures.has(div)) continue;
    const share = plan.index.linkDensity(div);
    if (share <= READABILITY_LINK_SHARE || share >= LINK_LIST_SHARE) continue;
    if ((plan.index.textLength.get(div) ?? 0) > BOX_MAX_TEXT) continue;
    // A linked heading inside makes it a teaser card (a headline over its blurb), which Readability judges rightly.
    if (div.querySelector('h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]')) continue;
    // So does a list of links ("Other readers found these pages helpful: …"): a box about other pages.
    if (holdsLinkList(plan, div)) continue;
    if (!writtenChildren(plan, div).some((k) => isProse(plan, k)) && !holdsProseRun(plan, div)) continue;
    plan.unwrap.add(div);
    plan.log.note(div, 'wrapper:prose-box');
  }
}

function holdsLinkList(plan: CleanPlan, div: Element): boolean {
  for (const list of Array.from(div.querySelectorAll('ul, ol')))
    if (list.children.length >= 2 && plan.index.linkDensity(list) >= LINK_LIST_SHARE) return true;
  return false;
}

function isProse(plan: CleanPlan, el: Element): boolean {
  if ((plan.retag.get(el) ?? tagOf(el)) !== 'p') return false;
  return isProseText(el.textContent ?? '', linkTextLength(el));
}

/** Loose text of the box itself, written as a paragraph of its own (see paragraphs.ts). */
function holdsProseRun(plan: CleanPlan, div: Element): boolean {
  return (plan.runs.get(div) ?? []).some((run) => {
    if (!run.paragraph) return false;
    let text = '';
    let linked = 0;
    for (const n of run.nodes) {
      text += n.textContent ?? '';
      if (isElement(n)) linked += tagOf(n) === 'a' ? (n.textContent ?? '').length : linkTextLength(n);
    }
    return isProseText(text, linked);
  });
}

function isProseText(text: string, linked: number): boolean {
  const t = text.trim();
  return t.length >= PROSE_MIN_TEXT && linked <= t.length * PROSE_MAX_LINK_SHARE && /[.!?…]["'”’)]?$/.test(t);
}

/** The elements written directly inside `el`, through the wrappers that are walked through. */
function writtenChildren(plan: CleanPlan, el: Element): Element[] {
  const out: Element[] = [];
  for (const k of plan.shownChildren(el)) {
    if (!isElement(k)) continue;
    if (plan.unwrap.has(k) || plan.isWrapper(k)) out.push(...writtenChildren(plan, k));
    else out.push(k);
  }
  return out;
}
