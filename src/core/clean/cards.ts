import { isElement, isText, tagOf } from '../dom.js';
import type { CleanPlan } from './plan.js';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A heading this much link is a link to the card's own page: its whole text is the link. */
const HEADING_LINK_SHARE = 0.9;

/** A paragraph under a card's heading is its description, not another list of links. */
const PARAGRAPH_LINK_SHARE = 0.5;

/** The children of `el` that carry something: no whitespace, no empty spacer. Null when loose text sits among them. */
function contentChildren(plan: CleanPlan, el: Element): Element[] | null {
  const out: Element[] = [];
  for (const k of plan.shownChildren(el)) {
    if (isText(k)) {
      if (/\S/.test(k.data)) return null;
    } else if (isElement(k) && (plan.index.textLength.get(k) || plan.index.containsImage.has(k))) out.push(k);
  }
  return out;
}

/** The block a chain of walked-through wrappers stands for (clean/wrappers.ts): the one block inside them. */
function innermost(plan: CleanPlan, el: Element): Element {
  let cur = el;
  while (plan.unwrap.has(cur) && !plan.isWrapper(cur)) {
    const kids = contentChildren(plan, cur);
    if (kids?.length !== 1) break;
    cur = kids[0]!;
  }
  return cur;
}

/**
 * The heading tag of a card: a block written as itself whose content is a heading that is all link (the card's
 * title, linking to its page) followed by paragraphs of description. Null for anything else.
 */
function cardHeading(plan: CleanPlan, el: Element): string | null {
  if (plan.unwrap.has(el) || plan.isWrapper(el) || plan.runs.has(el) || plan.figures.has(el) || plan.retag.has(el))
    return null;
  const kids = contentChildren(plan, el);
  if (!kids || kids.length < 2) return null;
  const [heading, ...rest] = kids;
  const tag = tagOf(heading!);
  if (!HEADINGS.has(tag) || plan.index.linkDensity(heading!) < HEADING_LINK_SHARE) return null;
  for (const p of rest) {
    if ((plan.retag.get(p) ?? tagOf(p)) !== 'p' || plan.index.linkDensity(p) >= PARAGRAPH_LINK_SHARE) return null;
  }
  return tag;
}

/** The cards `el` holds: itself when it is one, else its children when every one of them is a card. */
function cardsIn(plan: CleanPlan, el: Element): Element[] | null {
  if (cardHeading(plan, el)) return [el];
  if (plan.unwrap.has(el) || plan.isWrapper(el)) return null;
  const kids = contentChildren(plan, el)?.map((k) => innermost(plan, k));
  if (!kids?.length) return null;
  const tag = cardHeading(plan, kids[0]!);
  return tag && kids.every((k) => cardHeading(plan, k) === tag) ? kids : null;
}

/**
 * Step `wrapper:card`: a grid of cards — siblings of one shape, a linked heading over a short description
 * ("Training — When employees are trained…", "Additional Resources — Sources that…"), side by side or in rows —
 * is written as its headings and paragraphs, without a box around each card. Readability judges every box on its
 * own share of link text, so the card with the shortest description (its heading link then weighs most) is
 * dropped while its siblings stay; written without their boxes, the cards are judged together, kept or dropped
 * as one.
 */
export function joinCards(plan: CleanPlan): void {
  joinRuns(plan, plan.index.root);
  // Lazily: a card already joined is walked through, never visited as a grid of its own.
  for (const el of plan.writtenElements()) joinRuns(plan, el);
}

/** Joins each run of two or more consecutive children of `parent` that are cards (or rows of cards) of one shape. */
function joinRuns(plan: CleanPlan, parent: Element): void {
  const kids = contentChildren(plan, parent);
  if (!kids || kids.length < 2) return;
  let run: Element[] = [];
  let runTag: string | null = null;
  for (const k of [...kids, null]) {
    const found = k ? cardsIn(plan, innermost(plan, k)) : null;
    const tag = found ? cardHeading(plan, found[0]!) : null;
    if (found && run.length && tag === runTag) {
      run.push(...found);
      continue;
    }
    if (run.length >= 2) {
      for (const card of run) {
        plan.unwrap.add(card);
        plan.log.note(card, 'wrapper:card');
      }
    }
    run = found ?? [];
    runTag = tag;
  }
}
