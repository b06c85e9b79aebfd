import { inlineStyle } from '../dom.js';
import { imageAddress } from './attributes.js';
import type { CleanPlan } from './plan.js';

/** An image no larger than this (declared, in CSS pixels, both ways) is an icon, not a picture of the article. */
const ICON_MAX_PX = 32;
/** An image shown this many times on one page is decoration: a bullet, a check mark, a divider. */
const REPEATED = 3;

function declaredSize(img: Element, dimension: 'width' | 'height'): number | null {
  const fromStyle = /^(\d+(?:\.\d+)?)px$/.exec(inlineStyle(img).get(dimension) ?? '');
  const value = fromStyle?.[1] ?? /^\s*(\d+(?:\.\d+)?)(?:px)?\s*$/.exec(img.getAttribute(dimension) ?? '')?.[1];
  return value === undefined ? null : Number(value);
}

/**
 * Step `icon`: icons and repeated decorations are left out. They carry no content, and Readability counts every
 * image when it judges a block: a list whose items each start with a check-mark image reads to it as a gallery of
 * pictures with captions and is dropped, text and all.
 */
export function removeIcons(plan: CleanPlan): void {
  const images = plan.index.all('img');
  const uses = new Map<string, number>();
  for (const img of images) {
    const address = imageAddress(img);
    if (address) uses.set(address, (uses.get(address) ?? 0) + 1);
  }
  for (const img of images) {
    const width = declaredSize(img, 'width');
    const height = declaredSize(img, 'height');
    const tiny = width !== null && height !== null && width <= ICON_MAX_PX && height <= ICON_MAX_PX;
    const address = imageAddress(img);
    if (tiny) plan.leaveOut(img, 'icon:tiny');
    else if (address && (uses.get(address) ?? 0) >= REPEATED) plan.leaveOut(img, 'icon:repeated');
  }
}
