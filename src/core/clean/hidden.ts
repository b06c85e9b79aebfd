import { inlineStyle, linkTextLength, normalizeSpace } from '../dom.js';

/**
 * Snapshots keep elements the page hid (menus, print-only copies, modal dialogs) with their computed style
 * written inline, which makes this test reliable: no stylesheet is left that could change the answer.
 */

/** Markup that never carries article text, or whose content is raw text a reader must not interpret. */
export const NEVER_CONTENT = new Set([
  'script',
  'noscript',
  'style',
  'template',
  'link',
  'meta',
  'title',
  'head',
  'base',
  'object',
  'embed',
  'applet',
  'input',
  'select',
  'textarea',
  'button',
  'option',
  'dialog',
  'iframe',
  'frame',
  'frameset',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'canvas',
  'map',
]);

function px(value: string | undefined): number | null {
  if (!value) return null;
  const m = /^(-?\d+(?:\.\d+)?)px$/.exec(value);
  return m?.[1] ? Number(m[1]) : value === '0' ? 0 : null;
}

/**
 * Step `hidden` (run while the page is indexed, page-index.ts, after markup that is never content): why nobody sees
 * an element, as the rule `hidden:…`, or null. An `aria-hidden` box that holds a picture is kept: sites hide the
 * lazy-loading copy of a photo from screen readers, not from the eye.
 */
export function invisibleReason(el: Element): string | null {
  const reason =
    hiddenReason(el) ??
    (el.getAttribute('aria-hidden') === 'true' && !el.querySelector('img, picture, figure') ? 'aria-hidden' : null);
  return reason ? `hidden:${reason}` : null;
}

/** Why an element is invisible by its own attributes, or null when it shows. */
export function hiddenReason(el: Element): string | null {
  if (el.hasAttribute('hidden')) return 'hidden-attribute';
  const s = inlineStyle(el);
  if (s.size === 0) return null;
  if (s.get('display') === 'none') return 'display-none';
  if (s.get('visibility') === 'hidden' || s.get('visibility') === 'collapse') return 'visibility-hidden';
  const width = px(s.get('width'));
  const height = px(s.get('height')) ?? px(s.get('max-height'));
  const clips = s.get('overflow') === 'hidden' || s.get('overflow-y') === 'hidden' || s.get('overflow-x') === 'hidden';
  if (height === 0 && (clips || width === 0)) return 'zero-size';
  const position = s.get('position');
  if (position === 'absolute' || position === 'fixed') {
    const left = px(s.get('left'));
    const top = px(s.get('top'));
    if ((left !== null && left <= -999) || (top !== null && top <= -999)) return 'off-screen';
    const clip = s.get('clip') ?? s.get('clip-path');
    if (clip && /rect\(\s*(0|1)px,?\s*(0|1)px,?\s*(0|1)px,?\s*(0|1)px\s*\)|inset\(50%\)/.test(clip)) return 'clipped';
    if (width !== null && width <= 1 && height !== null && height <= 1) return 'zero-size';
  }
  return null;
}

/**
 * The label of a disclosure button — an FAQ's question, an accordion's title — which the panel it opens follows: a
 * line of text (a question, or longer than a button's call), and after the button (or its first ancestors) a
 * panel with a sentence of running text. Buttons are otherwise never content; this one is what the panel answers.
 */
export function isDisclosureLabel(button: Element): boolean {
  const label = normalizeSpace(button.textContent);
  if (label.length > CONTROL_MAX_TEXT || (label.length < LABEL_MIN_TEXT && !label.endsWith('?'))) return false;
  const panel = besideUp(button, 'nextElementSibling');
  return panel !== null && isPanelText(panel);
}

/** How many levels up from an element its control or panel may sit beside it. */
const BESIDE_LEVELS = 3;

/** The first element on `side` of `el` or, when it has none there, of its first ancestors. */
function besideUp(el: Element, side: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let cur: Element | null = el;
  for (let level = 0; level < BESIDE_LEVELS && cur; level++) {
    const beside: Element | null = cur[side];
    if (beside) return beside;
    cur = cur.parentElement;
  }
  return null;
}

/** A button's call ("Read more", "Show all 12") is shorter than this; a question needs no length. */
const LABEL_MIN_TEXT = 20;

/** What opens a collapsed panel: a disclosure button, or the summary of a `<details>`. */
const DISCLOSURE_CONTROL = '[aria-expanded], [role="button"], button, summary';
/** A disclosure control's label is a line: a heading or a question of an FAQ, which can run to two sentences. */
const CONTROL_MAX_TEXT = 250;
/** A panel worth showing holds at least a sentence of running text… */
const PANEL_MIN_TEXT = 40;
/** …that is mostly not links (a collapsed menu is mostly links). */
const PANEL_MAX_LINK_SHARE = 0.3;

/**
 * A collapsed panel: an accordion answer or a "More" section the page shows when its button is pressed
 * ("Coverage when you're offline ▾", "More"), or a tab panel behind a tab not chosen ("Insurance costs" beside
 * "Insurance basics"). The capture froze it closed, so its computed style says hidden, but it is part of what the
 * page says, and the same page read without styles (the original) shows it. Known by the disclosure control just
 * before it (its own previous sibling, or its first ancestors') or its `tabpanel` role, and running text inside.
 */
export function isCollapsedPanel(el: Element): boolean {
  // A tab panel names itself: its tab sits in the tab list above, not beside it; a card's hover overlay covers it.
  if (el.getAttribute('role') !== 'tabpanel' && !isHoverOverlay(el)) {
    const control = besideUp(el, 'previousElementSibling');
    if (!control || !isDisclosureControl(control)) return false;
  }
  return isPanelText(el);
}

/**
 * A disclosure button (or a box holding one) with a label of a line, or a question heading: an FAQ whose script
 * opened the answer on a click on the question itself leaves no button in the capture, only the heading.
 */
function isDisclosureControl(el: Element): boolean {
  const label = (el.textContent ?? '').trim();
  if (label.length === 0 || label.length > CONTROL_MAX_TEXT) return false;
  if (el.matches(DISCLOSURE_CONTROL) || el.querySelector(DISCLOSURE_CONTROL) !== null) return true;
  const heading = el.matches(HEADINGS) ? el : el.querySelector(HEADINGS);
  return heading !== null && normalizeSpace(heading.textContent) === normalizeSpace(label) && label.endsWith('?');
}

const HEADINGS = 'h2, h3, h4, h5, h6';

/**
 * The layer a card shows on hover ("HR Strategy" over a photo, then what the service is): laid exactly over its box
 * (absolute, all four offsets 0) and captured hidden by visibility. A dialog covers the window (fixed), not a box.
 */
function isHoverOverlay(el: Element): boolean {
  const s = inlineStyle(el);
  if (s.get('position') !== 'absolute' || s.get('visibility') !== 'hidden') return false;
  return ['top', 'right', 'bottom', 'left'].every((side) => px(s.get(side)) === 0);
}

/** A sentence of running text, mostly not links (a collapsed menu is mostly links). */
function isPanelText(el: Element): boolean {
  const text = normalizeSpace(el.textContent);
  if (text.length < PANEL_MIN_TEXT || !/[.!?]/.test(text)) return false;
  return linkTextLength(el) / text.length <= PANEL_MAX_LINK_SHARE;
}
