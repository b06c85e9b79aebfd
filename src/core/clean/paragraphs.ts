import { isElement, isText, tagOf } from '../dom.js';
import type { CleanPlan, Run } from './plan.js';

/**
 * Step `paragraph`: archive.today writes every `<p>` as a `<div>`. A `<div>` of inline content with text is a
 * paragraph again; in a `<div>` that mixes blocks with loose text, each run of loose text becomes a paragraph of
 * its own, so no sentence is left floating between blocks.
 */
export function recoverParagraphs(plan: CleanPlan): void {
  for (const div of plan.writtenElements('div')) {
    if (plan.figures.has(div)) continue;
    const kids = plan.shownChildren(div);
    if (kids.every((k) => plan.isPhrasing(k))) {
      if (plan.hasText(kids)) {
        plan.retag.set(div, 'p');
        plan.log.note(div, 'paragraph');
      }
      continue;
    }
    if (!kids.some((k) => plan.isPhrasing(k) && (!isText(k) || /\S/.test(k.data)))) continue;
    plan.runs.set(
      div,
      splitRuns(plan, kids, (k) => !plan.isPhrasing(k)),
    );
    plan.log.note(div, 'paragraph:loose-text');
  }
  recoverIllustratedSteps(plan);
}

/**
 * Children split at the nodes `standsApart` picks: each of those is a run of its own, and each stretch between them
 * a run that is written as a paragraph when it carries text.
 */
function splitRuns(plan: CleanPlan, kids: Node[], standsApart: (k: Node) => boolean): Run[] {
  const runs: Run[] = [];
  let words: Node[] = [];
  const flush = () => {
    if (words.length) runs.push({ nodes: words, paragraph: plan.hasText(words) });
    words = [];
  };
  for (const k of kids) {
    if (standsApart(k)) {
      flush();
      runs.push({ nodes: [k], paragraph: false });
    } else words.push(k);
  }
  flush();
  return runs;
}

/** An image, or a link around nothing but an image: the picture of a step, not its words. */
function isPicture(node: Node): boolean {
  if (!isElement(node)) return false;
  const tag = tagOf(node);
  if (tag === 'img' || tag === 'picture') return true;
  return tag === 'a' && !/\S/.test(node.textContent ?? '') && node.querySelector('img, picture') !== null;
}

/**
 * Step `paragraph:illustrated-step`: in how-to pages a list item often holds a step's words and its screenshot
 * side by side ("Click Match. <br><img>"). Readability drops a block with more images than paragraphs, which takes
 * whole numbered sections with it; written as a paragraph and its picture, the step reads the same and stays.
 */
function recoverIllustratedSteps(plan: CleanPlan): void {
  for (const li of plan.writtenElements('li')) {
    const kids = plan.shownChildren(li);
    if (!kids.some(isPicture) || !kids.every((k) => plan.isPhrasing(k))) continue;
    const runs = splitRuns(plan, kids, (k) => isPicture(k) || (isElement(k) && tagOf(k) === 'br'));
    if (!runs.some((r) => r.paragraph)) continue;
    plan.runs.set(li, runs);
    plan.log.note(li, 'paragraph:illustrated-step');
  }
}
