import { isElement, isText, tagOf } from './dom.js';
import type { AttributePolicy } from './clean/attributes.js';
import type { CleanPlan } from './clean/plan.js';
import { INPUT_FORM_MARK } from './clean/input-forms.js';

/**
 * Writes the clean copy of the captured page as one HTML string, in a single read-only walk that follows the
 * cleaning steps' plan (clean/plan.ts) and attribute policy (clean/attributes.ts): it decides nothing itself.
 * Parsing this string once is far cheaper than building or cloning the tree node by node, and inline styles never
 * reach the copy.
 */

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
]);

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

type Item = Node | string;

export function writeCleanCopy(plan: CleanPlan, attributes: AttributePolicy): string {
  const out: string[] = [];
  const stack: Item[] = [];
  const push = (items: Item[]) => {
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
  };
  const element = (tag: string, attrs: string, inner: Item[]): Item[] => [`<${tag}${attrs}>`, ...inner, `</${tag}>`];

  push(plan.shownChildren(plan.index.root));
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (isText(item)) {
      out.push(escapeText(item.data));
      continue;
    }
    if (!isElement(item)) continue;
    const el = item;
    if (plan.isWrapper(el) || plan.unwrap.has(el)) {
      push(plan.shownChildren(el));
      continue;
    }
    const figure = plan.figures.get(el);
    if (figure) {
      push(element('figure', '', [figure.image, ...element('figcaption', '', figure.caption)]));
      continue;
    }
    const runs = plan.runs.get(el);
    if (runs) {
      push(
        element(
          tagOf(el),
          attributes.write(el, tagOf(el)),
          runs.flatMap((r) => (r.paragraph ? element('p', '', r.nodes) : r.nodes)),
        ),
      );
      continue;
    }
    const tag = plan.writtenTag(el);
    const attrs = attributes.write(el, tag) + (plan.inputForms.has(el) ? ` ${INPUT_FORM_MARK}=""` : '');
    if (VOID.has(tag)) {
      out.push(`<${tag}${attrs}>`);
      continue;
    }
    const kids: Item[] = plan.shownChildren(el);
    // The HTML parser drops a newline right after <pre>/<textarea>: write one more so the text survives.
    const first = kids[0];
    if (
      (tag === 'pre' || tag === 'textarea') &&
      first &&
      typeof first !== 'string' &&
      isText(first) &&
      first.data.startsWith('\n')
    )
      kids.unshift('\n');
    push(element(tag, attrs, kids));
  }
  return out.join('');
}
