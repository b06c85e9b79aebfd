/** Publisher-specific facts, as data keyed by the original host: only what the generic rules cannot know. */
export interface SiteRule {
  /** Registrable host without "www." */
  host: string;
  /** Who the publisher credits when a page signs no one (its own metadata names this organisation). */
  unsignedCredit?: string;
}

const SITE_RULES: readonly SiteRule[] = [
  { host: 'bbc.co.uk', unsignedCredit: 'BBC News' },
  { host: 'bbc.com', unsignedCredit: 'BBC News' },
];

export function siteRuleFor(host: string | null, rules: readonly SiteRule[] = SITE_RULES): SiteRule | undefined {
  if (!host) return undefined;
  const h = host.toLowerCase().replace(/^www\./, '');
  return rules.find((r) => h === r.host || h.endsWith('.' + r.host));
}
