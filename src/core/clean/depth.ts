import { isElement } from '../dom.js';
import type { CleanPlan } from './plan.js';

/**
 * Deepest nesting read or written (browsers' parsers stop nesting at a few hundred levels). The page index stops at
 * this many branching levels; the clean copy at this many written levels, so that no reader of the copy (a parser,
 * Readability, a sanitiser) recurses through thousands of levels.
 */
export const MAX_NESTING = 300;

/** Step `too-deep`: leaves out the elements the clean copy would open deeper than MAX_NESTING tags. */
export function capNesting(plan: CleanPlan): void {
  // Iterative walk of what will be written, with the number of tags open around each node.
  const stack: { node: Node; depth: number }[] = plan
    .shownChildren(plan.index.root)
    .map((node) => ({ node, depth: 0 }));
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isElement(node)) continue;
    if (plan.isWrapper(node) || plan.unwrap.has(node)) {
      for (const kid of plan.shownChildren(node)) stack.push({ node: kid, depth });
      continue;
    }
    if (depth >= MAX_NESTING) {
      plan.leaveOut(node, 'too-deep');
      continue;
    }
    const figure = plan.figures.get(node);
    if (figure) {
      stack.push({ node: figure.image, depth: depth + 1 });
      for (const kid of figure.caption) stack.push({ node: kid, depth: depth + 2 });
      continue;
    }
    const runs = plan.runs.get(node);
    if (runs) {
      for (const run of runs)
        for (const kid of run.nodes) stack.push({ node: kid, depth: depth + (run.paragraph ? 2 : 1) });
      continue;
    }
    for (const kid of plan.shownChildren(node)) stack.push({ node: kid, depth: depth + 1 });
  }
}
