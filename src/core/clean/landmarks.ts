import { tagOf } from '../dom.js';
import type { CleanPlan } from './plan.js';

/** A main region with less text than this is a wrapper or a stub, not the page's content. */
const MIN_MAIN_TEXT = 500;
const OUTSIDE_ROLES = new Set(['contentinfo', 'complementary', 'navigation']);
const OUTSIDE_TAGS = new Set(['footer', 'aside', 'nav']);

/** A menu's text is mostly its links; a <nav> with running text (a summary, a paged article's intro) is not a menu. */
const MENU_LINK_SHARE = 0.5;

/**
 * Step `landmarks`: menus (`<nav>`, role=navigation, mostly links) are never the article, wherever they sit: a site's
 * header mega-menu or breadcrumb trail otherwise joins the text or outweighs a short page. And when the page marks
 * its main region (`<main>`, role=main) and that region holds text, the footers, sidebars and menus outside it are
 * not the article. HTML landmarks survive archiving (archive.today keeps
 * tag names and roles), and a site footer full of legal prose otherwise outweighs a short article.
 */
export function removeOutsideLandmarks(plan: CleanPlan): void {
  const { index } = plan;
  for (const el of index.ordered) {
    if (tagOf(el) !== 'nav' && el.getAttribute('role') !== 'navigation') continue;
    if (index.linkDensity(el) < MENU_LINK_SHARE || el.querySelector('h1, main, [role="main"], article')) continue;
    plan.leaveOut(el, 'landmarks:menu');
  }
  const mains = index.ordered.filter((el) => tagOf(el) === 'main' || el.getAttribute('role') === 'main');
  const main = mains.find((m) => (index.textLength.get(m) ?? 0) >= MIN_MAIN_TEXT);
  if (!main) return;
  for (const el of index.ordered) {
    const role = el.getAttribute('role') ?? '';
    if (!OUTSIDE_TAGS.has(tagOf(el)) && !OUTSIDE_ROLES.has(role)) continue;
    if (main.contains(el) || el.contains(main)) continue;
    plan.leaveOut(el, 'landmarks:outside-main');
  }
}
