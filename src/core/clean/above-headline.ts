import { normalizeSpace } from '../dom.js';
import type { CleanPlan } from './plan.js';

/**
 * An article starts at its headline. Readability sometimes takes a block that sits wholly above it — a site-wide
 * notice ("Important update: …"), a promo banner — when the text under the headline is short or set as lists, and
 * so scores less. When none of the chosen text comes from below the headline while a paragraph's worth of text does
 * follow it, the page above the headline is left out (`above-headline`) and Readability asked again; its second
 * answer is taken only when it holds at least as much text as the first, so a headline found in the wrong place
 * (a footer's, a sidebar's) cannot cost the article.
 */

/** Text below the headline that makes it worth asking again: a paragraph's worth. */
const MIN_TEXT_BELOW = 200;
/** A chosen line is looked for below the headline by its opening: enough characters to be its own. */
const PROBE = 60;
/** Lines shorter than this prove nothing either way (a label, a date). */
const MIN_LINE = 40;

/**
 * The headline the title came from, else the page's first visible `<h1>` (a two-word "Dental Care" under a longer
 * title). Should that be a logo's, little is above it, and the second answer must still hold more text.
 */
export function pageHeadline(plan: CleanPlan, fromTitle: Element | null): Element | null {
  return fromTitle ?? plan.index.all('h1').find((h) => plan.index.isVisible(h)) ?? null;
}

/** True when Readability's choice `chosen` (from the clean copy) holds nothing from below the page's `headline`. */
export function choseAboveHeadline(plan: CleanPlan, headline: Element, chosen: Element): boolean {
  const lines = Array.from(chosen.querySelectorAll('p, li, h2, h3, h4, h5, h6, td, blockquote, pre'))
    .map((el) => normalizeSpace(el.textContent))
    .filter((text) => text.length >= MIN_LINE);
  if (lines.length === 0) return false; // checked first: reading the page below the headline costs more
  const below = normalizeSpace(
    Array.from(beside(plan, headline, 'nextElementSibling'))
      .filter((sib) => plan.shows(sib) && !plan.isLeftOut(sib))
      .map((sib) => sib.textContent ?? '')
      .join(' '),
  );
  if (below.length < MIN_TEXT_BELOW) return false;
  return lines.every((line) => !below.includes(line.slice(0, PROBE)));
}

/**
 * Leaves out everything of the page above the headline: its earlier siblings, and theirs at each level up. Returns
 * the way back, for when the second answer is not taken: the plan and the log as they were.
 */
export function leaveOutAboveHeadline(plan: CleanPlan, headline: Element): () => void {
  const left: Element[] = [];
  const logged = plan.log.entries.length;
  for (const sib of beside(plan, headline, 'previousElementSibling'))
    if (plan.shows(sib)) {
      plan.leaveOut(sib, 'above-headline');
      left.push(sib);
    }
  return () => {
    for (const el of left) plan.skip.delete(el);
    plan.log.entries.length = logged;
  };
}

/** The elements on one side of the headline: its siblings, then its ancestors' siblings, up to the page's root. */
function* beside(
  plan: CleanPlan,
  headline: Element,
  side: 'previousElementSibling' | 'nextElementSibling',
): Generator<Element> {
  for (let node: Element = headline; node !== plan.index.root && node.parentElement; node = node.parentElement)
    for (let sib = node[side]; sib; sib = sib[side]) yield sib;
}
