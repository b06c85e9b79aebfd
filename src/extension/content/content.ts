/**
 * Runs in archive pages (declared in the manifest) and, when the user asks, in any other page (injected).
 * It reads the article from the DOM the tab already has, once, when the page is idle, and keeps the result
 * for the popup, the shortcut and the menu. It never fetches the page again and never changes it: the core
 * works on a copy.
 */
import browser from 'webextension-polyfill';
import { extractWithReport, type ExtractOptions } from '../../core/extract.js';
import { isContentRequest, sendToBackground, type Extraction } from '../messages.js';
import { loadSettings } from '../shared/settings.js';

/** What "Try anyway" loosens: no element limit (very large pages) and no minimum text length (short pages). */
const LENIENT: ExtractOptions = { maxElements: Number.POSITIVE_INFINITY, minLength: 0 };

/** How long the first extraction may wait for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 1500;

let cached: Extraction | null = null;

function extract(lenient: boolean): Extraction {
  const started = performance.now();
  const url = location.href;
  try {
    const report = extractWithReport(document, url, lenient ? LENIENT : {});
    const millis = Math.round(performance.now() - started);
    return report.article
      ? { ok: true, article: report.article, lenient, millis }
      : { ok: false, failure: report.failure ?? 'no-article', lenient, millis };
  } catch (error) {
    // A page the core cannot handle is a page without an article, not a broken popup.
    console.warn('Archive Reader: extraction failed', error);
    return { ok: false, failure: 'no-article', lenient, millis: Math.round(performance.now() - started) };
  }
}

function extraction(): Extraction {
  cached ??= extract(false);
  return cached;
}

function lenientExtraction(): Extraction {
  if (cached?.ok) return cached;
  const result = extract(true);
  if (result.ok) cached = result;
  return result;
}

async function openAutomatically(result: Extraction): Promise<void> {
  if (!result.ok || result.article.source.service !== 'archive.today') return;
  if (!(await loadSettings()).autoOpen) return;
  await sendToBackground({ type: 'openReader', article: result.article, sourceTabId: null });
}

function start(): void {
  browser.runtime.onMessage.addListener((raw: unknown) => {
    if (!isContentRequest(raw)) return undefined;
    return Promise.resolve(raw.lenient ? lenientExtraction() : extraction());
  });

  const whenIdle = (): void => {
    const first = cached === null;
    const result = extraction();
    if (first) openAutomatically(result).catch((error: unknown) => console.warn('Archive Reader:', error));
  };
  if ('requestIdleCallback' in globalThis) requestIdleCallback(whenIdle, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(whenIdle, 0);
}

// The script can be injected into a tab that already runs it (declared, then injected by the popup): start once.
const marker = '__archiveReaderContent';
const scope = globalThis as typeof globalThis & { [marker]?: true };
if (!scope[marker]) {
  scope[marker] = true;
  start();
}
