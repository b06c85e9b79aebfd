import type { PageIndex } from '../page-index.js';

/**
 * The widget an element belongs to: climbs from a tell-tale element (a "Subscribe" button, a "Most Read"
 * heading) to the largest ancestor that is still small and holds no running text of the article — so a rule
 * removes the whole box (heading, blurb, button) and never a paragraph beside it.
 */
export function widgetBox(index: PageIndex, el: Element, maxText: number): Element {
  let box = el;
  for (
    let parent = el.parentElement;
    parent && parent !== index.root && index.isVisible(parent);
    parent = parent.parentElement
  ) {
    if ((index.textLength.get(parent) ?? Infinity) > maxText) break;
    if (holdsRunningText(index, parent, box)) break;
    box = parent;
  }
  return box;
}

/** A paragraph's worth of text… */
const RUNNING_TEXT_MIN = 150;
/** …mostly outside links: a list of headlines is as long, but it is links. */
const RUNNING_TEXT_MAX_LINK_SHARE = 0.3;

/** True when a child of `parent` other than `except` holds a paragraph's worth of plain (non-link) text. */
export function holdsRunningText(index: PageIndex, parent: Element, except: Element | null): boolean {
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c === except || !index.isVisible(c)) continue;
    const len = index.textLength.get(c) ?? 0;
    if (len >= RUNNING_TEXT_MIN && index.linkDensity(c) < RUNNING_TEXT_MAX_LINK_SHARE) return true;
  }
  return false;
}
