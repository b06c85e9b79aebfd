import { Readability } from '@mozilla/readability';
import type { Article } from '../article.js';
import { openSnapshot, type Snapshot } from './archives/index.js';
import { removeBoilerplate } from './clean/boilerplate.js';
import { removeHidden } from './clean/hidden.js';
import { recoverParagraphs } from './clean/paragraphs.js';
import { applySiteRules } from './clean/sites.js';
import { finishContent } from './content.js';
import { isElement } from './dom.js';
import { RemovalLog, type Removal } from './explain.js';
import { assembleArticle, readMetadata } from './metadata/index.js';
import { rewriteAddresses } from './urls.js';

export interface ExtractOptions {
  /** Record every element the cleaning removes, with its rule (`--explain`). */
  explain?: boolean;
  /** Pages with more elements than this are refused as too large instead of risking a hang. */
  maxElements?: number;
}

export type ExtractFailure = 'no-article' | 'too-large';

export interface ExtractReport {
  article: Article | null;
  failure: ExtractFailure | null;
  removals: Removal[];
  snapshot: Snapshot['source'] | null;
}

/** 200,000 elements is ~20 MB of snapshot markup: beyond it, work grows past what a tab should spend. */
export const DEFAULT_MAX_ELEMENTS = 250_000;

/**
 * The article a page holds, with its real metadata rather than the archive's. Works on a copy: the document
 * passed in is never changed. Returns null when the page holds no article.
 */
export function extractArticle(document: Document, url: string): Article | null {
  return extractWithReport(document, url).article;
}

export function extractWithReport(document: Document, url: string, options: ExtractOptions = {}): ExtractReport {
  const log = new RemovalLog(options.explain === true);
  const snapshot = openSnapshot(document, url);
  if (!snapshot) return { article: null, failure: 'no-article', removals: [], snapshot: null };
  const report = (article: Article | null, failure: ExtractFailure | null): ExtractReport => ({
    article,
    failure,
    removals: log.entries,
    snapshot: snapshot.source,
  });

  const max = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (snapshot.root.getElementsByTagName('*').length > max) return report(null, 'too-large');

  const work = workDocument(document, snapshot, url);
  const body = work.body;
  snapshot.removeChrome(body, log);
  rewriteAddresses(body, snapshot);
  removeHidden(body, log);
  recoverParagraphs(body);

  const meta = readMetadata(work, snapshot);
  // The headline, byline and dateline are shown in the article header: remove them from the body, as readers do.
  for (const el of meta.consumed) if (el.isConnected) log.remove(el, 'article-header');
  if (meta.title) work.title = meta.title;
  applySiteRules(snapshot.originalHost, body, log);
  removeBoilerplate(body, log);
  for (const el of Array.from(body.querySelectorAll('[style]'))) el.removeAttribute('style');

  const parsed = new Readability(work, {
    charThreshold: 300,
    keepClasses: false,
    disableJSONLD: snapshot.trustedHead === null,
  }).parse();
  if (!parsed?.content) return report(null, 'no-article');

  const content = finishContent(work, parsed.content, meta);
  if (!content.text) return report(null, 'no-article');
  return report(assembleArticle(meta, content, parsed, snapshot), null);
}

/**
 * A fresh, inert document holding a copy of the captured page. Inert: images in it never load and scripts never
 * run, which is what makes it safe to work on inside the live tab.
 */
function workDocument(document: Document, snapshot: Snapshot, url: string): Document {
  const work = document.implementation.createHTMLDocument(snapshot.titleHint ?? '');
  const base = work.createElement('base');
  base.setAttribute('href', snapshot.source.originalUrl ?? url);
  work.head.appendChild(base);
  const root = snapshot.root;
  if (snapshot.trustedHead) {
    for (const child of Array.from(snapshot.trustedHead.head?.children ?? [])) {
      if (isElement(child) && child.localName !== 'base') work.head.appendChild(work.importNode(child, true));
    }
    const lang = snapshot.trustedHead.documentElement.getAttribute('lang');
    if (lang) work.documentElement.setAttribute('lang', lang);
  }
  for (const child of Array.from(root.childNodes)) work.body.appendChild(work.importNode(child, true));
  return work;
}
