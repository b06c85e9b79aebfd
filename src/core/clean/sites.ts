import type { RemovalLog } from '../explain.js';

/**
 * Publisher-specific fixes, as data keyed by the original host. Only for what the generic rules cannot do;
 * each entry names the rule that needs it. Selectors run on the captured page, where class names are gone:
 * use structure, ids (current captures keep them), attributes such as `itemprop`, or text.
 */
export interface SiteRule {
  /** Registrable host without "www." */
  host: string;
  /** Elements to drop, with the reason printed by --explain. */
  remove?: { selector: string; why: string }[];
}

export const SITE_RULES: readonly SiteRule[] = [];

function ruleFor(host: string | null): SiteRule | undefined {
  if (!host) return undefined;
  const h = host.toLowerCase().replace(/^www\./, '');
  return SITE_RULES.find((r) => h === r.host || h.endsWith('.' + r.host));
}

export function applySiteRules(host: string | null, root: Element, log: RemovalLog): void {
  const rule = ruleFor(host);
  if (!rule) return;
  for (const { selector, why } of rule.remove ?? []) {
    for (const el of Array.from(root.querySelectorAll(selector))) log.remove(el, `site:${rule.host}:${why}`);
  }
}
