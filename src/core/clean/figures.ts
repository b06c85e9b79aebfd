import { isElement, isText, normalizeSpace, tagOf } from '../dom.js';
import type { CleanPlan, FigureParts } from './plan.js';

/** Longer than this, the text beside an image is an article passage, not its caption. */
const MAX_CAPTION = 600;

/** `img + caption`, the image possibly in a link without text; null when the box is anything else. */
function figureParts(plan: CleanPlan, kids: Node[]): FigureParts | null {
  const { index } = plan;
  const meaningful = kids.filter((n) => !(isText(n) && !/\S/.test(n.data)));
  if (meaningful.length < 2) return null;
  const first = meaningful[0]!;
  if (!isElement(first)) return null;
  const t = tagOf(first);
  const isImage =
    t === 'img' ||
    t === 'picture' ||
    (t === 'a' && !(index.textLength.get(first) ?? 0) && !!first.querySelector('img'));
  if (!isImage) return null;
  const caption = meaningful.slice(1);
  if (caption.some((n) => isElement(n) && (n.querySelector('img') || tagOf(n) === 'img'))) return null;
  if (caption.length === 1 && isElement(caption[0]) && tagOf(caption[0]) === 'a') return null; // a promo link, not a caption
  const text = normalizeSpace(caption.map((n) => n.textContent ?? '').join(' '));
  if (!text || text.length > MAX_CAPTION) return null;
  return { image: first, caption };
}

/**
 * Step `figure`: a `<div>` holding an image and a short text after it is a picture with its caption, written as
 * `<figure>` and `<figcaption>` (archive.today keeps neither tag's meaning once classes are gone).
 */
export function recoverFigures(plan: CleanPlan): void {
  for (const div of plan.writtenElements('div')) {
    const parts = figureParts(plan, plan.shownChildren(div));
    if (!parts) continue;
    plan.figures.set(div, parts);
    plan.log.note(div, 'figure');
  }
}
