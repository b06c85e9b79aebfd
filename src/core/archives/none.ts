import { normalizeSpace } from '../dom.js';
import { unwrapArchiveLink } from './hosts.js';
import { webHost } from './identity.js';
import { absolutize, type ArchiveAdapter, type Snapshot } from './types.js';

/** An ordinary page: the page is the article; its head metadata (meta tags, JSON-LD) is the publisher's own. */
export const noArchive: ArchiveAdapter = {
  service: 'none',

  open(doc: Document, url: string): Snapshot | null {
    const root = doc.body;
    if (!root) return null;
    const canonical =
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
    // The page's own address. Its canonical link is taken only on the same host (the address without tracking
    // parameters): a page may not name another site's article as the one it is (archives/identity.ts).
    const own = webHost(url) ? absolutize(url, null) : null;
    const declared = canonical ? absolutize(canonical, url || null) : null;
    const declaredHost = declared ? webHost(declared) : null;
    const originalUrl = own
      ? declaredHost && declaredHost === webHost(own)
        ? declared
        : own
      : declaredHost
        ? declared
        : null;
    let originalHost: string | null = null;
    try {
      originalHost = originalUrl ? new URL(originalUrl).hostname.toLowerCase() : null;
    } catch {
      originalHost = null;
    }
    const base = url || originalUrl;
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content');
    return {
      source: { service: 'none', originalUrl, archiveUrl: null, archiveShortUrl: null, archivedAt: null },
      root,
      originalHost,
      trustedHead: doc,
      titleHint: normalizeSpace(doc.title) || null,
      descriptionHint: description ? normalizeSpace(description) : null,
      rewriteHref: (href) => {
        if (href.trim().startsWith('#')) return href.trim();
        const abs = absolutize(href, base);
        // Absolute first: a site's own /o/… path is not the archive's wrapper, an archive.ph/o/… link is.
        return unwrapArchiveLink(abs);
      },
      rewriteSrc: (src) => absolutize(src, base),
      isWrapper: () => false,
    };
  },
};
