/**
 * Runs in archive pages (declared in the manifest) and, when the user asks, in any other page (injected).
 * It reads the article from the DOM the tab already has, once, when the page is idle, and keeps the result
 * for the popup, the shortcut and the menu. It never fetches the page again and never changes it: the core
 * works on a copy.
 */
import type { Publisher } from '../../core/metadata/publishers.js';
import { openWith, runExtraction, runExtractionInSteps, TRY_ANYWAY, type ExtractOptions } from '../../core/pipeline.js';
import { isContentRequest, type Extraction, type PublisherResponse } from '../messages.js';
import { onMessage, sendMessage } from './runtime.js';

/** How long the first extraction may wait for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 1500;

/** The archive services (and head reader) this script was built with: each script carries only what its pages need. */
export type ScriptCore = Pick<ExtractOptions, 'adapters' | 'readHead'>;

let core: ScriptCore = {};
let cached: Promise<Extraction> | null = null;

/** The publisher of the page's original host, from the table the background holds (null when unknown or unreachable). */
async function publisherOf(host: string | null): Promise<{ host: string; publisher: Publisher | null } | null> {
  if (!host) return null;
  try {
    return { host, publisher: ((await sendMessage({ type: 'publisher', host })) as PublisherResponse).publisher };
  } catch {
    return { host, publisher: null };
  }
}

async function extract(lenient: boolean): Promise<Extraction> {
  const url = location.href;
  const snapshot = openWith(core.adapters ?? [], document, url);
  const known = await publisherOf(snapshot?.originalHost ?? null);
  const started = performance.now();
  try {
    const publisherFor = (host: string) => (known && host === known.host ? known.publisher : null);
    const options: ExtractOptions = { ...core, ...(lenient ? TRY_ANYWAY : {}), publisherFor };
    // An archive's page is still (its scripts are gone): the tab may take a turn between the phases of a long
    // extraction. A live page's scripts could change the DOM in such a turn, so it is read in one go.
    const report = snapshot && snapshot.source.service !== 'none' ? await runExtractionInSteps(document, url, options) : runExtraction(document, url, options);
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

function extraction(): Promise<Extraction> {
  cached ??= extract(false);
  return cached;
}

let lenientRun: Promise<Extraction> | null = null;

/**
 * "Try anyway": the looser extraction, run once. A second ask while it runs (the popup gave up waiting and the
 * user tried again) waits for the same run instead of starting another one on a page that is slow to read.
 */
async function lenientExtraction(): Promise<Extraction> {
  const first = cached ? await cached : null;
  if (first?.ok) return first;
  lenientRun ??= extract(true).then((result) => {
    if (result.ok) cached = Promise.resolve(result);
    else lenientRun = null;
    return result;
  });
  return lenientRun;
}

/** Tells the background a snapshot's article is ready; it opens the reader when the user asked for that. */
async function announce(result: Extraction): Promise<void> {
  if (!result.ok || result.article.source.service !== 'archive.today') return;
  await sendMessage({ type: 'snapshotRead' });
}

function start(): void {
  onMessage((raw) => {
    if (!isContentRequest(raw)) return undefined;
    return raw.lenient ? lenientExtraction() : extraction();
  });

  const whenIdle = (): void => {
    const first = cached === null;
    extraction()
      .then((result) => (first ? announce(result) : undefined))
      .catch((error: unknown) => console.warn('Archive Reader:', error));
  };
  if ('requestIdleCallback' in globalThis) requestIdleCallback(whenIdle, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(whenIdle, 0);
}

/**
 * Starts the content script once per page: a page may get a script declared for its host and later the
 * general one injected by the popup; the first to start answers.
 */
export function startContentScript(withCore: ScriptCore): void {
  const marker = '__archiveReaderContent';
  const scope = globalThis as typeof globalThis & { [marker]?: true };
  if (scope[marker]) return;
  scope[marker] = true;
  core = withCore;
  start();
}
