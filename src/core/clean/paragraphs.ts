import { isText } from '../dom.js';
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
    const runs: Run[] = [];
    let loose: Node[] = [];
    const flush = () => {
      if (loose.length) runs.push({ nodes: loose, paragraph: plan.hasText(loose) });
      loose = [];
    };
    for (const k of kids) {
      if (plan.isPhrasing(k)) loose.push(k);
      else {
        flush();
        runs.push({ nodes: [k], paragraph: false });
      }
    }
    flush();
    plan.runs.set(div, runs);
    plan.log.note(div, 'paragraph:loose-text');
  }
}
