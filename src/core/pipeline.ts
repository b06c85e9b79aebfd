import Readability from '@mozilla/readability/Readability.js';
import type { Article, Author } from '../article.js';
import type { Publisher } from './metadata/publishers.js';
import type { ArchiveAdapter, Snapshot } from './archives/types.js';
import type { HeadMetadata } from './metadata/head.js';
import { AttributePolicy } from './clean/attributes.js';
import { removeBoilerplate } from './clean/boilerplate.js';
import { removeBreadcrumbs } from './clean/breadcrumbs.js';
import { choseAboveHeadline, leaveOutAboveHeadline, pageHeadline } from './clean/above-headline.js';
import { removeAuthorBio } from './clean/author-bio.js';
import { removeButtonCalls } from './clean/button-calls.js';
import { removeContentsLists } from './clean/contents-list.js';
import { removeLeadingCredits } from './clean/leading-credits.js';
import { removeCommentThreads } from './clean/comments.js';
import { joinCards } from './clean/cards.js';
import { capNesting } from './clean/depth.js';
import { recoverFigures } from './clean/figures.js';
import { removeIcons } from './clean/icons.js';
import { markInputForms, removeInputForms } from './clean/input-forms.js';
import { removeOutsideLandmarks } from './clean/landmarks.js';
import { recoverParagraphs } from './clean/paragraphs.js';
import { removeTrailingSiteLinks } from './clean/related-tail.js';
import { CleanPlan } from './clean/plan.js';
import { collapseWrappers } from './clean/wrappers.js';
import { openProseBoxes } from './clean/prose-box.js';
import { finishContent } from './content.js';
import { textLength } from './dom.js';
import { RemovalLog, type Removal } from './explain.js';
import { assembleArticle, readMetadata } from './metadata/index.js';
import { PageIndex } from './page-index.js';
import { bareRefusal, describeRefusal, type Refusal } from './refusal.js';
import { writeCleanCopy } from './serialize.js';

/** The publisher of an original host (name, language), or null when unknown. */
type PublisherLookup = (host: string) => Publisher | null;

export interface ExtractOptions {
  /**
   * Archive services to recognise, tried in order (see archives/index.ts). Like the two readers below, passed
   * in so that each script injected into pages carries only the code its pages need.
   */
  adapters?: readonly ArchiveAdapter[];
  /** Reads an ordinary page's own head (JSON-LD, meta tags); never used on an archive's head. */
  readHead?: (head: Document) => HeadMetadata;
  /**
   * Names publications by host (see metadata/publishers.ts). Passed in rather than imported so that the script
   * injected into pages can leave the table (10 KB) behind and ask the extension for the one entry it needs.
   */
  publisherFor?: PublisherLookup;
  /** Record every element the cleaning removes, with its rule (`--explain`). */
  explain?: boolean;
  /** Pages with more elements than this are refused as too large instead of risking a hang. */
  maxElements?: number;
  /**
   * Shortest text, in characters, that counts as an article (default 20). Lower it to "try anyway" on a page
   * that holds only a line or two.
   */
  minLength?: number;
}

/** "Try anyway" (the popup's button, the CLI's `--try-anyway`): no element limit, and any text at all is an article. */
export const TRY_ANYWAY: ExtractOptions = { maxElements: Number.POSITIVE_INFINITY, minLength: 0 };

export type ExtractFailure = 'no-article' | 'too-large';

export interface ExtractReport {
  article: Article | null;
  failure: ExtractFailure | null;
  /** Why there is no article, with the numbers behind it (null when there is one). */
  refusal: Refusal | null;
  removals: Removal[];
  snapshot: Snapshot['source'] | null;
}

/** Found text with more than this share in links, and no paragraph of running text, is a menu. */
const MENU_LINK_SHARE = 0.5;

/** Less text than a short sentence is not an article (an empty or error page). */
const DEFAULT_MIN_LENGTH = 20;

/** Around 20 MB of snapshot markup; beyond it the work would grow past what a tab should spend. */
export const DEFAULT_MAX_ELEMENTS = 250_000;

/**
 * The pipeline: recognise the archive → index the visible page → metadata → decide removals (publisher rules,
 * boilerplate) → write one clean copy → Readability on it → tidy. Reads the document without changing it.
 * `extract.ts` wraps it with the publisher table.
 */
export function runExtraction(document: Document, url: string, options: ExtractOptions = {}): ExtractReport {
  const steps = extractionSteps(document, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same extraction, giving the event loop a turn between its phases (index, clean copy, Readability), so a
 * page reading a huge snapshot answers input between them instead of freezing for the whole run. It gives the same
 * report as `runExtraction`: the phases run the same code in the same order on a document nothing else changes.
 */
export async function runExtractionInSteps(
  document: Document,
  url: string,
  options: ExtractOptions = {},
  pause: () => Promise<void> = yieldToEventLoop,
): Promise<ExtractReport> {
  const steps = extractionSteps(document, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/**
 * One turn of the event loop: a `setTimeout(0)` task, queued behind whatever is already due. Deliberately not
 * `scheduler.yield()`, whose continuation runs ahead of other tasks: the popup's wait limit is a timer that must be
 * able to fire between two phases, so that a page too slow to read gets its message instead of a frozen popup.
 * (With two pauses per run, the 4 ms clamp of nested timeouts never applies.)
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The pipeline as a generator: each `yield` ends a phase. */
function* extractionSteps(
  document: Document,
  url: string,
  options: ExtractOptions,
): Generator<void, ExtractReport, void> {
  const log = new RemovalLog(options.explain === true);
  const snapshot = openWith(options.adapters ?? [], document, url);
  if (!snapshot)
    return {
      article: null,
      failure: 'no-article',
      refusal: bareRefusal({ kind: 'no-page' }),
      removals: [],
      snapshot: null,
    };
  const report = (article: Article | null, refusal: Refusal | null = null): ExtractReport => ({
    article,
    failure: refusal ? (refusal.cause.kind === 'too-large' ? 'too-large' : 'no-article') : null,
    refusal,
    removals: log.entries,
    snapshot: snapshot.source,
  });

  const max = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const elements = snapshot.root.getElementsByTagName('*').length;
  if (elements > max) return report(null, bareRefusal({ kind: 'too-large', elements, limit: max }));

  const minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  // 1. hidden: index the visible page; hidden elements, markup that is never content and the archive's chrome stay out.
  const index = new PageIndex(snapshot.root, log, snapshot.isWrapper, snapshot.isChrome);
  yield;
  // 2. metadata: title, byline, date, site, lead image, read before anything is removed.
  const publisher = snapshot.originalHost ? (options.publisherFor?.(snapshot.originalHost) ?? null) : null;
  const head = snapshot.trustedHead && options.readHead ? options.readHead(snapshot.trustedHead) : null;
  const meta = readMetadata(snapshot, index, publisher, head);
  const plan = new CleanPlan(index, log, snapshot.isWrapper);
  // 3. article-header: the headline, byline and dateline are shown in the article header, so not in the body.
  for (const el of meta.consumed) plan.leaveOut(el, 'article-header');
  // 4. boilerplate: pleas, forms, story lists, promos, teasers, counters, share bars, notices, footers.
  removeBoilerplate(plan, snapshot.rewriteHref);
  // 5. landmarks: footers, sidebars and menus outside the page's main region.
  removeOutsideLandmarks(plan);
  // 6. breadcrumb: the trail of links that says where the page sits in its site.
  removeBreadcrumbs(plan, meta.pageTitle ?? meta.title);
  // 7. comments: reader comment threads, found by their reply controls.
  removeCommentThreads(plan, meta.headline);
  // 7b. input-form: forms of fields to fill in, marked here and taken out of Readability's answer (16c).
  markInputForms(plan);
  // 8. icon: icons and repeated decorations, which carry nothing and mislead Readability's judgement of a block.
  removeIcons(plan);
  // 9. structure: wrappers walked through, image boxes as figures, <div>s of running text as paragraphs, a grid's
  //    cards written without their boxes, a box of prose and a few links written as its blocks.
  collapseWrappers(plan);
  recoverFigures(plan);
  recoverParagraphs(plan);
  joinCards(plan);
  openProseBoxes(plan);
  // 10. too-deep: nothing written deeper than browsers nest.
  capNesting(plan);
  // 11. write the clean copy, with the attribute policy (clean/attributes.ts).
  const cleanCopy = (): Document => {
    const work = workDocument(document, snapshot, meta.pageTitle ?? meta.title ?? snapshot.titleHint ?? '');
    work.body.innerHTML = writeCleanCopy(plan, new AttributePolicy(snapshot, log));
    return work;
  };
  const work = cleanCopy();
  yield;

  // 12. Readability picks the article from the clean copy; 17. the result is tidied.
  const first = parseWithReadability(work);
  if (!first?.content) return report(null, describeRefusal({ kind: 'no-candidate' }, plan));
  let parsed: Parsed = { ...first, content: first.content };
  // 12b. above-headline: it chose only from above the headline while text follows it — asked again without that.
  const headline = pageHeadline(plan, meta.headline);
  if (headline && choseAboveHeadline(plan, headline, parsed.content)) {
    yield;
    parsed = askAgainBelowHeadline(plan, headline, parsed, cleanCopy);
  }

  // 13.–16. the rules that need Readability's answer.
  cleanChosen(parsed.content, snapshot.source.originalUrl, meta.authors, log);
  const content = finishContent(parsed.content, meta);
  const chars = content.text.length;
  if (!content.text || chars < minLength)
    return report(null, describeRefusal({ kind: 'too-short', chars, minLength }, plan));
  // Menus and link lists are what Readability returns when a page has nothing else: not an article, unless asked.
  if (minLength >= DEFAULT_MIN_LENGTH && !content.hasProse && content.linkDensity > MENU_LINK_SHARE) {
    return report(null, describeRefusal({ kind: 'links-only', chars, linkShare: content.linkDensity }, plan));
  }
  return report(assembleArticle(meta, content, parsed, snapshot, publisher));
}

/** The rules that work on Readability's answer, in order. */
function cleanChosen(content: Element, pageUrl: string | null, authors: readonly Author[], log: RemovalLog): void {
  // 13. related-tail: a closing list of links to the site's other pages.
  removeTrailingSiteLinks(content, pageUrl, log);
  // 14. contents-list: the page's own table of contents (the reader makes its own from the headings).
  removeContentsLists(content, pageUrl, log);
  // 15. button-call: lines that are only a button ("Learn more", "Book now").
  removeButtonCalls(content, log);
  // 16. leading-credit: "Updated on …", "Written by …" lines before the text that the header shows already.
  removeLeadingCredits(content, log);
  // 16b. author-bio: the writer's card that closes the article ("Jane Doe is a reporter who covers …").
  removeAuthorBio(content, authors, log);
  // 16c. input-form: the forms marked in 7b.
  removeInputForms(content, log);
}

/** Readability's answer with an article. */
type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>> & { content: Element };

/** Readability's answer without the page above the headline, when it holds at least as much text as `first`. */
function askAgainBelowHeadline(plan: CleanPlan, headline: Element, first: Parsed, cleanCopy: () => Document): Parsed {
  const undo = leaveOutAboveHeadline(plan, headline);
  const again = parseWithReadability(cleanCopy());
  if (again?.content && textLength(again.content) >= textLength(first.content))
    return { ...again, content: again.content };
  undo();
  return first;
}

/**
 * Readability on the clean copy. Readability can throw on a tree it did not expect (a snapshot cut short and
 * re-arranged makes `_grabArticle` walk up past <body>); such a page has no article we could find, and the caller
 * gets that answer rather than an exception.
 */
function parseWithReadability(work: Document): ReturnType<Readability<Element>['parse']> {
  try {
    return new Readability<Element>(work, {
      charThreshold: 300, // below this Readability retries with looser rules before giving its best
      keepClasses: false,
      disableJSONLD: true, // the head we trust was read already (metadata/head.ts); a snapshot's head is the archive's
      serializer: (node) => node as Element, // the article element itself: no serialise-and-reparse round trip
    }).parse();
  } catch {
    return null;
  }
}

/** The first adapter that recognises the page. */
export function openWith(adapters: readonly ArchiveAdapter[], doc: Document, url: string): Snapshot | null {
  for (const adapter of adapters) {
    const snapshot = adapter.open(doc, url);
    if (snapshot) return snapshot;
  }
  return null;
}

/**
 * A fresh, inert document for the clean copy. Inert: images in it never load and scripts never run, which is
 * what makes it safe to build inside the live tab.
 */
function workDocument(document: Document, snapshot: Snapshot, title: string): Document {
  const work = document.implementation.createHTMLDocument(title);
  const base = work.createElement('base');
  base.setAttribute('href', snapshot.source.originalUrl ?? 'about:blank');
  work.head.appendChild(base);
  const lang = snapshot.trustedHead?.documentElement.getAttribute('lang');
  if (lang) work.documentElement.setAttribute('lang', lang);
  // Only the title the metadata step chose, never the page's own metas: Readability drops a heading that repeats its
  // idea of the title, and that idea must be the same whether the page is a snapshot (whose head is the archive's)
  // or the original (whose og:title may differ from its <h1>), or the two readings of one article would differ.
  if (title) work.title = title;
  return work;
}
