/**
 * Reading an article from a copy of a page: the extraction core with the extension's options. It is the largest
 * part of the extension's pages, so it is its own script, `extract.js` (lazy/extract.ts), loaded only when a page is
 * actually read: a popup that answers from the tab's kept reading never parses it.
 */
import { ADAPTERS } from '../../core/archives/index.js';
import { readHead } from '../../core/metadata/head.js';
import { publisherForHost } from '../../core/metadata/publishers.js';
import { runExtractionInSteps, TRY_ANYWAY, type ExtractOptions } from '../../core/pipeline.js';
import type { Extraction } from '../messages.js';
import type { PageCopy } from './page-copy.js';

/** The extension's extraction options: every archive service, the ordinary-page head reader, the publisher table. */
const EXTENSION_CORE: ExtractOptions = { adapters: ADAPTERS, readHead, publisherFor: publisherForHost };

/** Reads the article from a copy of a page. An exception in the core is reported as an error, with its message. */
export async function extractFromCopy(copy: PageCopy, lenient: boolean): Promise<Extraction> {
  const started = performance.now();
  const millis = (): number => Math.round(performance.now() - started);
  try {
    const document = new DOMParser().parseFromString(copy.html, 'text/html');
    const report = await runExtractionInSteps(document, copy.url, {
      ...EXTENSION_CORE,
      ...(lenient ? TRY_ANYWAY : {}),
    });
    return report.article
      ? { ok: true, article: report.article, lenient, millis: millis() }
      : { ok: false, failure: report.failure ?? 'no-article', lenient, millis: millis(), refusal: report.refusal };
  } catch (error) {
    console.warn('Archive Reader: extraction failed', error);
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, failure: 'error', lenient, millis: millis(), refusal: null, error: message };
  }
}
