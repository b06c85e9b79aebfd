import type { PageIndex, ShortBlock } from '../page-index.js';
import type { CleanPlan } from './plan.js';
import { holdsRunningText, widgetBox } from './box.js';
import {
  AD_LABEL,
  BRACKETED,
  CALL_TO_ACTION,
  COMMENT_COUNTER,
  COOKIE_NOTICE,
  FOLLOW_CALL,
  FOLLOW_LABEL,
  LEGAL_LINE,
  MEDIA_TEASER,
  NAMED_COPYRIGHT,
  PLEA,
  RELATED_LEAD,
  SHARE_LABEL,
  SHARE_NETWORK,
  SHARE_URL,
  SKIP_LINK,
  SOCIAL_PROFILE_URL,
  STORY_LIST_LABEL,
} from './patterns.js';

/**
 * Boilerplate a snapshot keeps but class names no longer mark: pleas to subscribe, newsletter forms, lists of
 * other stories, promos between paragraphs, gallery and video teasers, share bars, calls to follow on social
 * networks, comment counters, ad labels, skip links, cookie notices and legal footers. Each rule finds a tell-tale
 * element by its text and structure, then removes the smallest widget around it that holds no running text. Rules
 * run in order; `--explain` names the rule.
 */

/** An inline promo box is mostly its link. */
const PROMO_LINK_SHARE = 0.5;
/** A block that is all link (bracketed, or with its picture) is a promo… */
const LINK_PROMO_SHARE = 0.9;
/** …and so is a "Related: …" line that is at least half link. */
const RELATED_LINE_LINK_SHARE = 0.5;
/** A plea is a line or two; longer text that mentions subscribing is the article's. */
const PLEA_MAX_TEXT = 300;
/** The widget around a plea or a sign-up form is a box, not a section: at most this much text. */
const WIDGET_MAX_TEXT = 600;
/** A list of other stories holds a dozen headlines with their blurbs at most… */
const STORY_LIST_MAX_TEXT = 3000;
/** …and is mostly their links. */
const STORY_LIST_LINK_SHARE = 0.4;
/** A cookie notice is a paragraph at most. */
const COOKIE_NOTICE_MAX_TEXT = 600;
/** A call to follow is a line; a longer block that opens with one is the article's. */
const FOLLOW_MAX_TEXT = 200;
/** The box under a "Follow us" heading is its row of network links: at most this much text… */
const FOLLOW_BOX_MAX_TEXT = 300;
/** …mostly link. */
const FOLLOW_BOX_LINK_SHARE = 0.5;
/** A legal line's box is the site's footer when its links (terms, privacy, contact) are this share of its text. */
const FOOTER_LINK_SHARE = 0.3;
/** What follows a legal line to the end of the page is the rest of the footer when it is this short. */
const FOOTER_TAIL_MAX_TEXT = 200;

interface RuleContext {
  index: PageIndex;
  unwrapHref: (href: string) => string;
}

interface Rule {
  name: string;
  find(ctx: RuleContext): Iterable<Element>;
}

const short = (ctx: RuleContext, max: number, test: RegExp): ShortBlock[] =>
  ctx.index.blocks.filter((b) => b.text.length <= max && test.test(b.text));

/** The deepest matches only: a label and its wrapper match alike. */
const deepest = (blocks: ShortBlock[]): Element[] => {
  const els = blocks.map((b) => b.el);
  return els.filter((e) => !els.some((o) => o !== e && e.contains(o)));
};

/** A link in the box whose text calls to act ("Subscribe", "Sign up", "Try 1 month for 99¢"). */
function hasCallToAction(index: PageIndex, box: Element): boolean {
  for (const a of Array.from(box.getElementsByTagName('a')))
    if (CALL_TO_ACTION.test(index.textOf(a) ?? '')) return true;
  return false;
}

const CONSENT =
  /^(accept|agree|allow|ok|okay|got it|i understand|i agree|yes|reject|decline|deny|manage|settings|preferences|customi[sz]e|close|dismiss|continue)\b/i;

/** A button, link or input in the box that answers a consent question. Buttons are read from the page itself. */
function hasConsentControl(box: Element): boolean {
  for (const c of Array.from(
    box.querySelectorAll('button, a, input[type="button"], input[type="submit"], [role="button"]'),
  )) {
    const label = (c.textContent ?? '').trim() || c.getAttribute('value') || c.getAttribute('aria-label') || '';
    if (CONSENT.test(label.trim())) return true;
  }
  return false;
}

/** No address, a fragment alone or a script: a link that only a page script made do anything. */
function goesNowhere(href: string | null): boolean {
  return href === null || /^\s*(#|javascript:)/i.test(href) || href.trim() === '';
}

function linkCount(el: Element): number {
  return el.getElementsByTagName('a').length + (el.localName === 'a' ? 1 : 0);
}

const RULES: Rule[] = [
  {
    name: 'subscription-plea',
    *find(ctx) {
      for (const el of deepest(short(ctx, PLEA_MAX_TEXT, PLEA))) {
        const box = widgetBox(ctx.index, el, WIDGET_MAX_TEXT);
        // A plea is a box that asks for action ("Subscribe", "Try 1 month for 99¢") or opens with the plea;
        // a sentence of the article that mentions subscribing is neither.
        const text = ctx.index.textOf(el) ?? '';
        if (hasCallToAction(ctx.index, box) || PLEA.exec(text)?.index === 0) yield box;
      }
    },
  },
  {
    name: 'newsletter-form',
    *find(ctx) {
      for (const form of ctx.index.all('form')) {
        // An e-mail field without a message box: a sign-up form (a comment form has a textarea).
        if (form.querySelector('textarea')) continue;
        if (form.querySelector('input[type="email" i], input[name*="mail" i], input[placeholder*="mail" i]'))
          yield widgetBox(ctx.index, form, WIDGET_MAX_TEXT);
      }
    },
  },
  {
    name: 'story-list',
    *find(ctx) {
      for (const label of deepest(short(ctx, 60, STORY_LIST_LABEL))) {
        const box = widgetBox(ctx.index, label, STORY_LIST_MAX_TEXT);
        if (box !== label && linkCount(box) >= 2 && ctx.index.linkDensity(box) >= STORY_LIST_LINK_SHARE) yield box;
      }
    },
  },
  {
    name: 'inline-promo',
    *find(ctx) {
      const { index } = ctx;
      for (const b of index.blocks) {
        if (b.text.length > 220 || b.text.length < 8) continue;
        const promo =
          (index.linkDensity(b.el) >= LINK_PROMO_SHARE && (BRACKETED.test(b.text) || index.containsImage.has(b.el))) ||
          (RELATED_LEAD.test(b.text) && index.linkDensity(b.el) >= RELATED_LINE_LINK_SHARE);
        if (!promo) continue;
        const box = widgetBox(index, b.el, 260);
        // Only between paragraphs of running text (elsewhere Readability already leaves link lists out), and only
        // a box that is mostly the link: a bracketed link inside a sentence leaves the sentence alone.
        if (
          box.parentElement &&
          holdsRunningText(index, box.parentElement, box) &&
          index.linkDensity(box) >= PROMO_LINK_SHARE
        )
          yield box;
      }
    },
  },
  {
    name: 'media-teaser',
    *find(ctx) {
      for (const el of deepest(short(ctx, 90, MEDIA_TEASER))) {
        const box = widgetBox(ctx.index, el, 500);
        if (box !== el && (ctx.index.containsImage.has(box) || linkCount(box) > 0)) yield box;
      }
    },
  },
  {
    name: 'comment-counter',
    *find(ctx) {
      for (const el of deepest(short(ctx, 60, COMMENT_COUNTER))) yield widgetBox(ctx.index, el, 80);
    },
  },
  {
    name: 'share-bar',
    *find(ctx) {
      const { index } = ctx;
      const isShare = (a: Element) =>
        SHARE_URL.test(ctx.unwrapHref(a.getAttribute('href') ?? '')) ||
        SHARE_LABEL.test(a.getAttribute('title') ?? a.getAttribute('aria-label') ?? '') ||
        SHARE_LABEL.test((index.textOf(a) ?? '').replace(/^\d+/, '')) ||
        // A button that goes nowhere (its script is gone) and names a network only shares there.
        (goesNowhere(a.getAttribute('href')) && SHARE_NETWORK.test(index.textOf(a) ?? ''));
      const shareLinks = new Set(index.all('a').filter(isShare));
      const shareText = (box: Element) =>
        Array.from(box.getElementsByTagName('a')).reduce(
          (n, a) => n + (shareLinks.has(a) ? (index.textLength.get(a) ?? 0) : 0),
          0,
        );
      const seen = new Set<Element>();
      for (const a of shareLinks) {
        // Grow from the button to the whole bar: as long as little but share buttons is inside.
        let bar: Element | null = null;
        for (let box = a.parentElement; box && box !== index.root && index.isVisible(box); box = box.parentElement) {
          if ((index.textLength.get(box) ?? 0) - shareText(box) > 60 || holdsRunningText(index, box, null)) break;
          if (Array.from(box.getElementsByTagName('a')).filter((l) => shareLinks.has(l)).length >= 2) bar = box;
        }
        if (bar && !seen.has(bar)) {
          seen.add(bar);
          yield bar;
        }
      }
    },
  },
  {
    name: 'follow-call',
    *find(ctx) {
      const { index } = ctx;
      // The line around the call: "Follow me on Instagram" is often the link, its handle the text after it.
      for (const el of deepest(short(ctx, FOLLOW_MAX_TEXT, FOLLOW_CALL))) yield widgetBox(index, el, FOLLOW_MAX_TEXT);
      // A "Follow us" heading goes with the links under it (network icons often have no text), and alone only
      // when the links are gone already.
      const profiles = (box: Element) =>
        Array.from(box.getElementsByTagName('a')).filter((a) =>
          SOCIAL_PROFILE_URL.test(ctx.unwrapHref(a.getAttribute('href') ?? '')),
        ).length;
      for (const el of deepest(short(ctx, 40, FOLLOW_LABEL))) {
        const box = widgetBox(index, el, FOLLOW_BOX_MAX_TEXT);
        if (
          box === el ||
          profiles(box) >= 2 ||
          (linkCount(box) >= 1 && index.linkDensity(box) >= FOLLOW_BOX_LINK_SHARE)
        )
          yield box;
      }
    },
  },
  {
    name: 'skip-link',
    *find(ctx) {
      yield* deepest(short(ctx, 40, SKIP_LINK));
    },
  },
  {
    name: 'ad-label',
    *find(ctx) {
      for (const el of deepest(short(ctx, 60, AD_LABEL))) yield widgetBox(ctx.index, el, 60);
    },
  },
  {
    name: 'cookie-notice',
    *find(ctx) {
      for (const el of deepest(short(ctx, COOKIE_NOTICE_MAX_TEXT, COOKIE_NOTICE))) {
        const box = widgetBox(ctx.index, el, 800);
        // A notice offers a choice (Accept, Manage settings); an article about cookies does not.
        if (hasConsentControl(box)) yield box;
      }
    },
  },
  {
    name: 'legal-footer',
    *find(ctx) {
      for (const el of deepest(short(ctx, 200, LEGAL_LINE))) {
        if (el.closest('figure, figcaption, blockquote')) continue; // a picture credit, not the site's footer
        const box = widgetBox(ctx.index, el, 1500);
        if (box === el || ctx.index.linkDensity(box) >= FOOTER_LINK_SHARE) yield* withFooterTail(ctx.index, box);
      }
      // The line alone when nothing else around it is footer; a sentence that names a copyright is longer.
      for (const el of deepest(short(ctx, 120, NAMED_COPYRIGHT)))
        if (!el.closest('figure, figcaption, blockquote')) yield* withFooterTail(ctx.index, el);
    },
  },
];

/**
 * A legal line opens the site's footer: when little text follows it to the end of the page, that text (a "Back to
 * top" or "Open the table of contents" link, a last logo) is footer too. A copyright line in a sidebar, or a credit
 * in the middle of the page, has the rest of the page after it and takes nothing with it.
 */
function* withFooterTail(index: PageIndex, line: Element): Generator<Element> {
  yield line;
  const after: Element[] = [];
  let length = 0;
  for (let node: Element = line; node !== index.root && node.parentElement; node = node.parentElement) {
    for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
      if (sib.nodeType === 1) {
        const el = sib as Element;
        if (!index.isVisible(el)) continue;
        length += index.textLength.get(el) ?? 0;
        after.push(el);
      } else if (sib.nodeType === 3) length += (sib.textContent ?? '').trim().length;
      if (length > FOOTER_TAIL_MAX_TEXT) return;
    }
  }
  yield* after;
}

/** Step `boilerplate`: every rule above, in order; `unwrapHref` reads a link as the original page had it. */
export function removeBoilerplate(plan: CleanPlan, unwrapHref: (href: string) => string): void {
  const ctx: RuleContext = { index: plan.index, unwrapHref };
  for (const rule of RULES) {
    for (const el of rule.find(ctx)) {
      if (el === plan.index.root || plan.isLeftOut(el)) continue;
      plan.leaveOut(el, `boilerplate:${rule.name}`);
    }
  }
}
