import { hasBlockChild, isElement, isText, normalizeSpace, retag, tagOf } from '../dom.js';

/**
 * archive.today turns `<p>` into `<div>`. Give paragraphs back their name — readers, copies and citations all
 * depend on paragraph structure — and turn "image + caption" boxes back into figures.
 */

const PHRASING_WITH_TEXT = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'cite', 'q', 'time', 'code', 'br', 'font', 'del', 'ins', 'kbd', 'var', 'dfn', 'bdi', 'bdo', 'wbr', 'label']);

function isPhrasing(node: Node): boolean {
  if (isText(node)) return true;
  if (!isElement(node)) return true; // comments
  const tag = tagOf(node);
  return PHRASING_WITH_TEXT.has(tag) || tag === 'img' || tag === 'picture';
}

function ownText(el: Element): string {
  return normalizeSpace(el.textContent);
}

/** `div > img + caption text` (optionally the image in a link) → `figure > img + figcaption`. */
function asFigure(div: Element): boolean {
  const kids = Array.from(div.childNodes).filter((n) => !(isText(n) && !normalizeSpace(n.textContent)));
  const images = div.querySelectorAll('img');
  if (images.length !== 1 || kids.length < 2) return false;
  const first = kids[0];
  const imageFirst = isElement(first) && (tagOf(first) === 'img' || tagOf(first) === 'picture' || (tagOf(first) === 'a' && !normalizeSpace(first.textContent) && !!first.querySelector('img')));
  if (!imageFirst) return false;
  const captionNodes = kids.slice(1);
  if (captionNodes.some((n) => isElement(n) && tagOf(n) === 'a' && captionNodes.length === 1)) return false; // a promo link, not a caption
  const caption = normalizeSpace(captionNodes.map((n) => n.textContent ?? '').join(' '));
  if (!caption || caption.length > 600) return false;
  const doc = div.ownerDocument;
  const figcaption = doc.createElement('figcaption');
  for (const n of captionNodes) figcaption.appendChild(n);
  const figure = retag(div, 'figure');
  figure.appendChild(figcaption);
  return true;
}

export function recoverParagraphs(root: Element): void {
  const divs = Array.from(root.querySelectorAll('div'));
  for (let i = divs.length - 1; i >= 0; i--) {
    const div = divs[i]!;
    if (!div.isConnected) continue;
    if (hasBlockChild(div)) {
      wrapInlineRuns(div);
      continue;
    }
    if (asFigure(div)) continue;
    if (!ownText(div)) continue;
    if (Array.from(div.childNodes).every(isPhrasing)) retag(div, 'p');
  }
}

/** A div holding both blocks and loose running text: the loose text becomes paragraphs of its own. */
function wrapInlineRuns(div: Element): void {
  const doc = div.ownerDocument;
  let run: Node[] = [];
  const flush = () => {
    const text = normalizeSpace(run.map((n) => n.textContent ?? '').join(''));
    if (text.length >= 2) {
      const p = doc.createElement('p');
      run[0]!.parentNode!.insertBefore(p, run[0]!);
      for (const n of run) p.appendChild(n);
    }
    run = [];
  };
  for (const node of Array.from(div.childNodes)) {
    if (isElement(node) && !isPhrasing(node)) flush();
    else if (isElement(node) && tagOf(node) === 'br' && run.length === 0) continue;
    else run.push(node);
  }
  flush();
}
