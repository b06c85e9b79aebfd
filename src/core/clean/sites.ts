import type { CleanPlan } from './plan.js';

/**
 * Publisher-specific fixes, as data keyed by the original host. Only for what the generic rules cannot do;
 * each entry says why. Selectors run on the captured page, where class names are gone: use structure, ids
 * (current captures keep them), attributes such as `itemprop`, or `text` (a pattern the element's whole text
 * must match).
 */
export interface SiteRule {
  /** Registrable host without "www." */
  host: string;
  remove?: { selector: string; text?: RegExp; why: string }[];
  /** Who the publisher credits when a page signs no one (its own metadata names this organisation). */
  unsignedCredit?: string;
}

export const SITE_RULES: readonly SiteRule[] = [
  { host: 'bbc.co.uk', unsignedCredit: 'BBC News' },
  { host: 'bbc.com', unsignedCredit: 'BBC News' },
];

export function siteRuleFor(host: string | null, rules: readonly SiteRule[] = SITE_RULES): SiteRule | undefined {
  if (!host) return undefined;
  const h = host.toLowerCase().replace(/^www\./, '');
  return rules.find((r) => h === r.host || h.endsWith('.' + r.host));
}

/** Step `site`: the original host's removals, each logged with its reason. */
export function applySiteRules(host: string | null, plan: CleanPlan, rules: readonly SiteRule[] = SITE_RULES): void {
  const rule = siteRuleFor(host, rules);
  if (!rule) return;
  const { index } = plan;
  for (const { selector, text, why } of rule.remove ?? []) {
    for (const el of Array.from(index.root.querySelectorAll(selector))) {
      if (!index.isVisible(el)) continue;
      if (text && !text.test(index.textOf(el) ?? '')) continue;
      plan.leaveOut(el, `site:${rule.host}:${why}`);
    }
  }
}
