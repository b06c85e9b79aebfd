import type { Article } from '../article.js';
import { ADAPTERS } from './archives/index.js';
import { readHead } from './metadata/head.js';
import { publisherForHost } from './metadata/publishers.js';
import { runExtraction, type ExtractOptions, type ExtractReport } from './pipeline.js';

export { DEFAULT_MAX_ELEMENTS } from './pipeline.js';
export type { ExtractFailure, ExtractOptions, ExtractReport } from './pipeline.js';

/**
 * The article a page holds, with its real metadata rather than the archive's. Reads the document without
 * changing it. Returns null when the page holds no article.
 */
export function extractArticle(document: Document, url: string): Article | null {
  return extractWithReport(document, url).article;
}

/** The article with what the extraction found and removed (`--explain`): every archive service, the full publisher table. */
export function extractWithReport(document: Document, url: string, options: ExtractOptions = {}): ExtractReport {
  return runExtraction(document, url, { adapters: ADAPTERS, readHead, publisherFor: publisherForHost, ...options });
}
