/**
 * The toolbar popup: shows the tab's article (read ahead when the tab loaded, or read now: see reading.ts), then
 * offers Reader view, Copy, Cite and Save. Nothing heavy runs before the preview is on screen: the extractor
 * (`extract.js`) loads only when the tab has no reading kept or under way, and the Cite panel and saving are
 * separate scripts, loaded when first used (shared/lazy.ts).
 */
import browser from 'webextension-polyfill';
import type { Article } from '../../article.js';
import type { Extraction } from '../messages.js';
import type { ReadingSource } from '../shared/kept-reading.js';
import { sendToBackground } from '../send.js';
import { prepareDisplay } from '../shared/display.js';
import { localizePage, t } from '../shared/i18n.js';
import { load } from '../shared/lazy.js';
import { exposeLibraryTestHook } from '../shared/library/fault.js';
import { exposeTestHooks } from '../shared/test-hooks.js';
import { openLibrary, openSaveAllTabs } from '../shared/open-library.js';
import {
  loadSettings,
  saveSettings,
  COPY_FORMATS,
  SAVE_FORMATS,
  type CopyFormat,
  type SaveFormat,
} from '../shared/settings.js';
import { showFailure, showPreview } from './preview.js';
import { readForPopup } from './reading.js';
import { isDetached, targetTabId } from './target.js';
import { verifyTarget } from '../verify/wayback-lookup.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let tabId: number | null = null;
let article: Article | null = null;

function notice(text: string): void {
  $('notice').textContent = text;
}

function settle(): void {
  $('status').hidden = true;
  document.querySelector('main')?.setAttribute('aria-busy', 'false');
}

function show(result: Extraction, source: ReadingSource = 'read'): void {
  settle();
  // For the browser tests: the article the popup works on, and where it came from.
  document.documentElement.dataset.state = result.ok ? 'article' : result.failure;
  document.documentElement.dataset.previewSource = source;
  if (result.ok) {
    article = result.article;
    showPreview(result.article);
    $('empty').hidden = true;
    $('actions').hidden = false;
    $('verify').hidden = verifyTarget(result.article) === null;
    // For the browser tests: when the preview appeared, in ms since the popup's navigation started.
    document.documentElement.dataset.previewShownMs = performance.now().toFixed(1);
    document.documentElement.dataset.extractionMs = String(result.millis);
    $('open-reader').focus();
    // Copy's code (sanitiser, Markdown) arrives now, after the preview, so a click finds it ready.
    setTimeout(() => void load('copy').catch((e: unknown) => console.error('Archive Reader: copy', e)), 0);
  } else {
    article = null;
    $('actions').hidden = true;
    showFailure(result.failure, result.lenient, result.refusal, result.error);
    document.documentElement.dataset.previewShownMs = performance.now().toFixed(1);
  }
}

/** Reader view; with `verify`, the reader starts Verify as soon as it shows the article (the popup's Verify). */
async function openReader(verify = false): Promise<void> {
  if (!article) return;
  notice(t('popupOpeningReader'));
  await sendToBackground({ type: 'openReader', article, sourceTabId: tabId, verify });
  // The real popup closes itself; a popup opened as a tab for tests stays so they can go on using it.
  if (!isDetached()) window.close();
}

async function copy(): Promise<void> {
  if (!article) return;
  const format = $<HTMLSelectElement>('copy-format').value as CopyFormat;
  const withSource = $<HTMLInputElement>('copy-source').checked;
  try {
    const { copyArticle } = await load('copy');
    await copyArticle(article, format, withSource);
    notice(
      t(format === 'rich' ? 'popupCopiedRich' : format === 'markdown' ? 'popupCopiedMarkdown' : 'popupCopiedText'),
    );
    document.documentElement.dataset.copied = format;
  } catch (error) {
    console.error('Archive Reader: copy', error);
    notice(t('popupCopyFailed'));
  }
}

/** Opens or closes the Cite panel; its module is loaded the first time. */
async function toggleCite(): Promise<void> {
  if (!article) return;
  const button = $('cite');
  const panel = $('cite-panel');
  const open = panel.hidden;
  button.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
  if (!open) return;
  const [{ buildCitePanel }, settings] = await Promise.all([load('cite'), loadSettings()]);
  buildCitePanel(panel, article, {
    initialStyle: settings.citationStyle,
    buttonClass: 'button',
    onStyleChange: (style) => void saveSettings({ citationStyle: style }),
  });
}

async function save(): Promise<void> {
  if (!article) return;
  const format = $<HTMLSelectElement>('save-format').value as SaveFormat;
  const { runSave } = await load('save');
  await runSave(article, format, {
    button: $<HTMLButtonElement>('save'),
    status: $('save-status'),
    progress: $<HTMLProgressElement>('save-progress'),
    libraryLink: $('save-open-library'),
  });
}

function closeAfter(action: Promise<unknown>): void {
  action.catch((error: unknown) => console.error('Archive Reader:', error));
  if (!isDetached()) window.close();
}

async function tryAnyway(): Promise<void> {
  if (tabId === null) return;
  $('try-anyway').setAttribute('disabled', '');
  notice(t('popupTrying'));
  const { extraction, source } = await readForPopup(tabId, true);
  show(extraction, source);
  notice('');
  $('try-anyway').removeAttribute('disabled');
}

async function restoreCopyChoice(): Promise<void> {
  const settings = await loadSettings();
  $<HTMLSelectElement>('copy-format').value = settings.copyFormat;
  $<HTMLInputElement>('copy-source').checked = settings.copySourceLine;
  $<HTMLSelectElement>('save-format').value = settings.saveFormat;
}

function wire(): void {
  $('open-reader').addEventListener('click', () => void openReader().catch((e: unknown) => console.error(e)));
  $('verify').addEventListener('click', () => void openReader(true).catch((e: unknown) => console.error(e)));
  $('copy').addEventListener('click', () => void copy());
  $('try-anyway').addEventListener('click', () => void tryAnyway());
  $('copy-format').addEventListener('change', (event) => {
    const value = (event.target as HTMLSelectElement).value as CopyFormat;
    if (COPY_FORMATS.includes(value)) void saveSettings({ copyFormat: value });
  });
  $('copy-source').addEventListener('change', (event) => {
    void saveSettings({ copySourceLine: (event.target as HTMLInputElement).checked });
  });
  $('cite').addEventListener(
    'click',
    () => void toggleCite().catch((e: unknown) => console.error('Archive Reader: cite', e)),
  );
  $('save').addEventListener(
    'click',
    () => void save().catch((e: unknown) => console.error('Archive Reader: save', e)),
  );
  $('save-format').addEventListener('change', (event) => {
    const value = (event.target as HTMLSelectElement).value as SaveFormat;
    if (SAVE_FORMATS.includes(value)) void saveSettings({ saveFormat: value });
  });
  $('open-options').addEventListener('click', () => closeAfter(browser.runtime.openOptionsPage()));
  $('open-library').addEventListener('click', () => closeAfter(openLibrary()));
  $('save-all-tabs').addEventListener('click', () => closeAfter(openSaveAllTabs()));
  $('save-open-library').addEventListener('click', () => closeAfter(openLibrary()));
}

// For the browser tests: the article the popup shows (as the background offers `archiveReader.handleCommand`).
exposeTestHooks({ article: () => article });

/**
 * For the benchmark (bench/popup.mjs): when the popup's first frame was painted. That frame shows the skeleton, which
 * is in popup.html with its styles inlined (build.mjs), so it needs none of this script. Where the browser reports no
 * paint timing, the moment this script starts stands in.
 */
function markFirstPaint(): void {
  const mark = (ms: number): void => {
    document.documentElement.dataset.skeletonShownMs = ms.toFixed(1);
  };
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return mark(performance.now());
  const started = performance.now();
  new PerformanceObserver((list, observer) => {
    const paint = list.getEntriesByName('first-paint')[0] ?? list.getEntriesByName('first-contentful-paint')[0];
    mark(paint?.startTime ?? started);
    observer.disconnect();
  }).observe({ type: 'paint', buffered: true });
}

async function main(): Promise<void> {
  markFirstPaint();
  localizePage();
  exposeLibraryTestHook();
  wire();
  tabId = await targetTabId();
  // The article is asked for first: the settings the copy controls restore can wait a few milliseconds.
  const answer = tabId === null ? null : readForPopup(tabId, false);
  const restoring = restoreCopyChoice();
  if (!answer) show({ ok: false, failure: 'unavailable', lenient: false, millis: 0, refusal: null });
  else {
    prepareDisplay(); // while the tab answers
    const { extraction, source } = await answer;
    show(extraction, source);
  }
  await restoring;
}

main().catch((error: unknown) => {
  console.error('Archive Reader: popup', error);
  show({ ok: false, failure: 'unavailable', lenient: false, millis: 0, refusal: null });
});
