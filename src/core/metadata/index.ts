import type { Article, Author, LeadImage } from '../../article.js';
import type { Snapshot } from '../archives/types.js';
import type { PageIndex } from '../page-index.js';
import { normalizeSpace } from '../dom.js';
import { bylineAnywhere, findByline, nameNearDateline, type BylineChoice } from './authors.js';
import { isAfter, numericDateOrder } from './dates.js';
import type { HeadMetadata } from './head.js';
import { findLeadImage } from './images.js';
import { detectLanguage, normalizeLang } from './lang.js';
import { parseByline } from './names.js';
import { findPublished } from './published.js';
import type { Publisher } from './publishers.js';
import { findSection } from './section.js';
import { findSiteName } from './site.js';
import { findTitle, stripSiteSuffix } from './title.js';
import { siteRuleFor } from '../clean/sites.js';
import { usableImageUrl } from '../archives/hosts.js';

/** What the page tells about the article before its body is cleaned, and which elements showed it. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  authors: Author[];
  published: string | null;
  siteName: string | null;
  section: string | null;
  lang: string | null;
  description: string | null;
  leadImage: LeadImage | null;
  /** Headline, byline, dateline and kicker blocks: shown in the article header, so dropped from the body. */
  consumed: Element[];
  /** The headline element the title came from, when the page shows one: where the article starts. */
  headline: Element | null;
  /**
   * The title as the page itself gives it (its <title> and headings, not its head's metadata): what the body's
   * cleaning compares headings with, so that a snapshot and its original drop the same ones.
   */
  pageTitle: string | null;
}

export function readMetadata(
  snapshot: Snapshot,
  index: PageIndex,
  publisher: Publisher | null,
  head: HeadMetadata | null,
): PageMetadata {
  // The page's own <title> first, as on a snapshot (whose head is the archive's but keeps the original's <title>):
  // the same page read from an archive and from its original must choose the same title and drop the same heading.
  const titleSite = publisher?.name ?? head?.siteName ?? null;
  const fromPage = findTitle(index, snapshot.titleHint ?? head?.title ?? null, titleSite, snapshot.originalHost);
  // The publisher's headline metadata names the title when it is the fuller form of the one the page shows (and
  // not merely the same one with the site's name after it).
  const headline = head?.title ? stripSiteSuffix(normalizeSpace(head.title), titleSite) : null;
  const fuller =
    headline &&
    fromPage.title &&
    headline.length > fromPage.title.length &&
    headline.toLowerCase().includes(normalizeSpace(fromPage.title).toLowerCase());
  const titleChoice = fuller ? { ...fromPage, title: headline } : fromPage;
  const anchor = titleChoice.element ?? titleChoice.anchor ?? null;
  const byline: BylineChoice = { ...findByline(index, anchor, titleChoice.title) };
  const lang = normalizeLang(head?.lang) ?? null;
  const dateInputs = {
    index,
    byline: byline.element,
    title: anchor,
    originalUrl: snapshot.source.originalUrl,
    archivedAt: snapshot.source.archivedAt,
    lang: lang ?? publisher?.lang ?? null,
    monthFirst: pageDateOrder(index),
  };
  let dateChoice = findPublished(dateInputs);
  // Weaker evidence only when the page prints no byline at all (a desk credit such as "By TMZ Staff" is one). Looked
  // for whatever the head says, so that a snapshot (no head) and its original drop the same line from the body.
  if (!byline.byline && !byline.authors.length && dateChoice.element) {
    const near = nameNearDateline(index, dateChoice.element, titleChoice.title);
    if (near) Object.assign(byline, near);
  }
  if (!byline.byline && !byline.authors.length) {
    Object.assign(byline, bylineAnywhere(index, publisher?.name ?? null) ?? {});
    // A byline found only now, away from any headline, is where the dateline is ("By Jane Doe Published on …").
    if (!dateChoice.published && byline.element) dateChoice = findPublished({ ...dateInputs, byline: byline.element });
  }
  const credit = siteRuleFor(snapshot.originalHost)?.unsignedCredit;
  if (!byline.authors.length && !head?.authors.length && credit)
    Object.assign(byline, { authors: [{ literal: credit }] });
  const section = findSection(index, titleChoice.element, snapshot.source.originalUrl);
  const published =
    head?.published && !isAfter(head.published, snapshot.source.archivedAt) ? head.published : dateChoice.published;

  const siteName = findSiteName(
    publisher,
    snapshot.originalHost,
    snapshot.titleHint,
    head?.siteName ?? null,
    titleChoice.title,
  );
  const consumed = [titleChoice.element, byline.element, dateChoice.element, section.element].filter(
    (e): e is Element => !!e,
  );
  return {
    title: titleChoice.title,
    byline: byline.byline ?? head?.byline ?? null,
    authors: head?.authors.length ? head.authors : byline.authors,
    published,
    siteName,
    section: head?.section ?? section.section,
    lang,
    description: head?.description ?? snapshot.descriptionHint,
    leadImage: usableLeadImage(
      snapshot,
      head?.image
        ? { url: head.image, caption: null }
        : findLeadImage(index, siteName, titleChoice.element, snapshot.rewriteSrc),
    ),
    consumed,
    headline: titleChoice.element,
    pageTitle: fromPage.title,
  };
}

/** The page's order of numeric dates, read from its short blocks the first time a date needs it, then kept. */
function pageDateOrder(index: PageIndex): () => boolean | null {
  let order: boolean | null | undefined;
  return () => {
    if (order === undefined) order = numericDateOrder(index.blocks.map((b) => b.text));
    return order;
  };
}

/** The lead image only where the article may load images from (archives/hosts.ts); else none. */
function usableLeadImage(snapshot: Snapshot, image: LeadImage | null): LeadImage | null {
  if (!image || image.url.startsWith('data:')) return image;
  const url = usableImageUrl(snapshot.source.service, image.url, snapshot.source.originalUrl);
  return url ? { ...image, url } : null;
}

export interface ReadabilityOutput {
  title?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  lang?: string | null;
}

export interface ContentParts {
  html: string;
  text: string;
  wordCount: number;
  root: Element;
}

const WORDS_PER_MINUTE = 230;

function firstSentences(text: string, max = 220): string | null {
  const para = text.split('\n\n').find((p) => p.length > 60) ?? text;
  if (!para) return null;
  if (para.length <= max) return para;
  const cut = para.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  return end > 60 ? cut.slice(0, end + 1) : cut.replace(/\s+\S*$/, '') + '…';
}

export function assembleArticle(
  meta: PageMetadata,
  content: ContentParts,
  parsed: ReadabilityOutput,
  snapshot: Snapshot,
  publisher: Publisher | null,
): Article {
  let authors = meta.authors;
  let byline = meta.byline;
  if (!authors.length && parsed.byline) {
    const fromReadability = parseByline(parsed.byline);
    if (fromReadability.length) {
      authors = fromReadability;
      byline = byline ?? normalizeSpace(parsed.byline);
    }
  }
  const words = content.wordCount;
  return {
    title: meta.title ?? normalizeSpace(parsed.title) ?? '',
    authors,
    byline,
    published: meta.published,
    siteName: meta.siteName,
    lang: meta.lang ?? normalizeLang(parsed.lang) ?? detectLanguage(content.text) ?? publisher?.lang ?? null,
    section: meta.section,
    excerpt: meta.description ?? firstSentences(content.text),
    leadImage: meta.leadImage,
    contentHtml: content.html,
    text: content.text,
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    source: snapshot.source,
  };
}
