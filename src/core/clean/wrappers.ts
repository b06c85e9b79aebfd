import { isElement, isText } from '../dom.js';
import type { CleanPlan } from './plan.js';

/**
 * Link lists and short link lines keep their wrapper: its link density is what Readability weighs to drop them.
 * At this share of the text in links a wrapper stays.
 */
const LINK_LIST_DENSITY = 0.5;

/** The one block among `kids` when there is no other element with content and no text beside it. */
function onlyBlock(plan: CleanPlan, kids: Node[]): Element | null {
  let only: Element | null = null;
  for (const k of kids) {
    if (isText(k)) {
      if (/\S/.test(k.data)) return null;
    } else if (isElement(k)) {
      // An empty spacer or clearing box beside the block does not make the wrapper hold two things.
      if (!plan.index.textLength.get(k) && !plan.index.containsImage.has(k)) continue;
      if (only) return null;
      only = k;
    }
  }
  if (!only || plan.isWrapper(only) || plan.isPhrasing(only) || plan.index.linkDensity(only) >= LINK_LIST_DENSITY)
    return null;
  return only;
}

/**
 * Step `wrapper`: a `<div>` around a single block is written as that block alone. Snapshots nest each paragraph
 * in layers of `<div>`s that once carried classes; without them Readability cannot tell the article's paragraphs
 * are siblings. (A `<div>` around inline content is a paragraph: see paragraphs.ts.)
 */
export function collapseWrappers(plan: CleanPlan): void {
  for (const div of plan.writtenElements('div')) {
    if (onlyBlock(plan, plan.shownChildren(div))) {
      plan.unwrap.add(div);
      plan.log.note(div, 'wrapper');
    }
  }
}
