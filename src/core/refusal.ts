import { BLOCK_TAGS, snippet, tagOf, textLength } from './dom.js';
import type { CleanPlan } from './clean/plan.js';

/** Why a page gave no article, in numbers a person can check (`--explain`, the popup's *Why?*). */
export type RefusalCause =
  /** The document has no body to read. */
  | { kind: 'no-page' }
  /** More elements than the extractor reads unless asked (`maxElements`). */
  | { kind: 'too-large'; elements: number; limit: number }
  /** Readability found no block of running text at all. */
  | { kind: 'no-candidate' }
  /** The article found is shorter than `minLength` characters. */
  | { kind: 'too-short'; chars: number; minLength: number }
  /** What was found is a list of links (a menu), with no paragraph of running text. */
  | { kind: 'links-only'; chars: number; linkShare: number };

/** A block that would have held the article: its tag, the start of its text, and its size. */
interface Candidate {
  tag: string;
  text: string;
  /** Characters of text in its paragraphs. */
  chars: number;
  /** Share of its text in links (0…1). */
  linkShare: number;
}

export interface Refusal {
  cause: RefusalCause;
  /** Characters of text the page shows. */
  visibleChars: number;
  /** Characters in hidden elements (display:none, visibility:hidden, …), skipped before any rule ran. */
  hiddenChars: number;
  /** Characters left out by the cleaning rules, per rule, largest first. */
  leftOut: { rule: string; chars: number }[];
  /** The blocks with the most paragraph text, best first (as Readability weighs them: paragraphs count for their parent). */
  candidates: Candidate[];
}

const CANDIDATES = 3;
/** A paragraph shorter than this adds nothing to its container's weight (Readability's own threshold). */
const MIN_PARAGRAPH = 25;

/** A refusal before the page was indexed: only its cause is known. */
export function bareRefusal(cause: RefusalCause): Refusal {
  return { cause, visibleChars: 0, hiddenChars: 0, leftOut: [], candidates: [] };
}

/** The refusal with what the index and the cleaning plan tell about the page. Only run when a page gave no article. */
export function describeRefusal(cause: RefusalCause, plan: CleanPlan): Refusal {
  const { index } = plan;
  const hiddenChars = index.hiddenRoots.reduce((n, el) => n + textLength(el), 0);
  const byRule = new Map<string, number>();
  for (const [el, rule] of plan.skip) {
    const name = rule.split(':')[0]!;
    byRule.set(name, (byRule.get(name) ?? 0) + (index.textLength.get(el) ?? 0));
  }
  const leftOut = [...byRule]
    .filter(([, chars]) => chars > 0)
    .map(([rule, chars]) => ({ rule, chars }))
    .sort((a, b) => b.chars - a.chars);
  return {
    cause,
    visibleChars: index.textLength.get(index.root) ?? 0,
    hiddenChars,
    leftOut,
    candidates: candidates(plan),
  };
}

function candidates(plan: CleanPlan): Candidate[] {
  const { index } = plan;
  const weight = new Map<Element, number>();
  for (const el of plan.writtenElements()) {
    // A paragraph: a block of text with no block inside.
    if (index.containsBlock.has(el) || !BLOCK_TAGS.has(tagOf(el))) continue;
    const plain = (index.textLength.get(el) ?? 0) - (index.linkTextLength.get(el) ?? 0);
    if (plain < MIN_PARAGRAPH) continue;
    const parent = el.parentElement;
    if (parent && parent !== index.root) weight.set(parent, (weight.get(parent) ?? 0) + plain);
  }
  return [...weight]
    .sort((a, b) => b[1] - a[1])
    .slice(0, CANDIDATES)
    .map(([el, chars]) => ({ tag: tagOf(el), text: snippet(el, 60), chars, linkShare: index.linkDensity(el) }));
}
