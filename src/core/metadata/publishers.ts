/**
 * Publisher table: names the publication behind an archived article.
 *
 * An archive.today snapshot's `<head>` names the archive mirror, not the
 * newspaper, so the publication name is looked up by the original article's
 * host instead. Names follow each outlet's own styling (masthead /
 * `og:site_name`), including "The" where the publication uses it.
 *
 * The entries live in `publishers.json`, one per line, sorted by host within each regional group.
 */

import GROUPS from './publishers.json';

export interface Publisher {
  name: string;
  /** BCP 47 primary language of the publication (omitted for multilingual sites). */
  lang?: string;
  /** A wire service / news agency. */
  wire?: boolean;
}

// Data, not code: one group per region, hosts sorted within each; test/unit/publishers.test.ts checks its shape.
const TABLE: Record<string, Publisher> = Object.assign(
  {},
  ...Object.values(GROUPS as Record<string, Record<string, Publisher>>),
);

for (const entry of Object.values(TABLE)) Object.freeze(entry);

/** Keyed by registrable host without "www." (e.g. "washingtonpost.com", "bbc.co.uk"). */
export const PUBLISHERS: Readonly<Record<string, Publisher>> = Object.freeze(TABLE);

/** Leading labels that name a device or delivery variant of the same site. */
const VARIANT_PREFIXES: readonly string[] = ['www.', 'm.', 'amp.', 'mobile.'];

function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  // Tolerate a full URL, user info, a port and a trailing root dot.
  const scheme = h.indexOf('://');
  if (scheme >= 0) h = h.slice(scheme + 3);
  h = h.split(/[/?#]/, 1)[0] ?? '';
  h = h.slice(h.lastIndexOf('@') + 1);
  h = h.replace(/:\d*$/, '').replace(/\.+$/, '');
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const prefix of VARIANT_PREFIXES) {
      if (h.startsWith(prefix) && h.indexOf('.', prefix.length) > prefix.length) {
        h = h.slice(prefix.length);
        stripped = true;
      }
    }
  }
  return h;
}

/**
 * Looks up a host: strips "www.", "m.", "amp.", "mobile." and then tries parent
 * domains ("edition.cnn.com" → "cnn.com", "news.bbc.co.uk" → "bbc.co.uk" only if
 * not listed itself). Case-insensitive. Returns null when unknown.
 */
export function publisherForHost(host: string): Publisher | null {
  let h = normalizeHost(host);
  while (h.includes('.')) {
    if (Object.hasOwn(PUBLISHERS, h)) return PUBLISHERS[h] ?? null;
    h = h.slice(h.indexOf('.') + 1);
  }
  return null;
}

export { WIRE_SERVICES, isWireService } from './wire-services.js';
