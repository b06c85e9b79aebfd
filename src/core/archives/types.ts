import type { ArticleSource } from '../../article.js';

/** What an archive adapter knows about the page it recognised. */
export interface Snapshot {
  source: ArticleSource;
  /** The captured page's body (or the page's own body for ordinary pages), inside the input document. */
  root: Element;
  /** Host of the original page, also when the full original URL is unknown (publisher lookup). */
  originalHost: string | null;
  /**
   * The page's `<head>` when it belongs to the article (ordinary pages). Null on archive snapshots, whose head is
   * the archive's own: its dates are capture times and its site name is the mirror.
   */
  trustedHead: Document | null;
  /** The document title as the page carries it (archives may cut it to ~70 characters with "…"). */
  titleHint: string | null;
  /** `<meta name="description">` of the original, where the archive kept it. */
  descriptionHint: string | null;
  /** Address a link inside the captured page should point to in the clean article. */
  rewriteHref(href: string): string;
  /** Address an image inside the captured page should load from (kept on the archive's hosts). */
  rewriteSrc(src: string): string;
  /** True for elements the archive itself put inside the captured page (wrappers of inlined frames): walked through, never shown. */
  isWrapper(el: Element): boolean;
  /**
   * True for the archive's own furniture inside the captured page's body — a toolbar, donation or notice banner,
   * injected scripts and styles (the Wayback Machine inserts these after `<body>`). Skipped with everything inside
   * it, like a hidden element (rule `archive-chrome`): never indexed, never shown, never read as metadata.
   * Absent when the archive puts nothing of its own inside the page.
   */
  isChrome?(el: Element): boolean;
}

export interface ArchiveAdapter {
  readonly service: ArticleSource['service'];
  /** The snapshot view of `doc`, or null when the page is not one of this service's snapshots. */
  open(doc: Document, url: string): Snapshot | null;
}

/** Resolves `href` against `base`; returns the input when it cannot be resolved. */
export function absolutize(href: string, base: string | null): string {
  try {
    return base ? new URL(href, base).href : new URL(href).href;
  } catch {
    return href;
  }
}
