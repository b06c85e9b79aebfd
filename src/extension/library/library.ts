/**
 * The library page: every saved article (title, site, published, saved, size), full-text search, sorting by any
 * column, opening in the reader (from the stored copy, with no request), deleting (with Undo), and export and
 * import of the whole library as one file.
 */
import browser from 'webextension-polyfill';
import { nowIsoSecond } from '../../core/time.js';
import { headerFacts } from '../../formats/article-parts.js';
import { calendarDate } from '../../formats/dates.js';
import { sanitizeArticleHtml } from '../../formats/sanitize.js';
import { displayDate, displayLocalTime, displayNumber, displaySize } from '../shared/display.js';
import { localizePage, t, type MessageKey } from '../shared/i18n.js';
import { describeLibraryError } from '../shared/library/errors.js';
import { exposeLibraryTestHook } from '../shared/library/fault.js';
import {
  FIRST_DIRECTION,
  recordSite,
  search,
  SORT_KEYS,
  sortRecords,
  type SortDirection,
  type SortKey,
} from '../shared/library/search.js';
import { Library } from '../shared/library/store.js';
import { exportFileName, exportLibrary, importLibrary, type ImportRefusal } from '../shared/library/transfer.js';
import type { LibraryEntry, LibraryRecord } from '../shared/library/types.js';
import { downloadBlob } from '../shared/save/download.js';
import { BULK_FORMATS, buildBulkExport, type BulkFormat } from './bulk-export.js';
import { selectRange, selectedInOrder } from './selection.js';
import { SAVE_TABS_PARAM, saveSnapshotTabs } from './save-tabs.js';
import { summarise, type TabResult } from './snapshot-tabs.js';

/** How each reason an import refused an entry is told. */
const REFUSAL_TEXT: Record<ImportRefusal, MessageKey> = {
  invalid: 'importRefusalInvalid',
  'id-mismatch': 'importRefusalIdMismatch',
  future: 'importRefusalFuture',
  conflict: 'importRefusalConflict',
};

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

let library: Library | null = null;
let records: LibraryRecord[] = [];
let sort: { key: SortKey; direction: SortDirection } = { key: 'saved', direction: 'desc' };
/** The last deleted article, kept in memory so Undo can put it back exactly. */
let lastDeleted: LibraryEntry | null = null;
/** Ids chosen for an export; kept when the search hides them (see selection.ts). */
let selected = new Set<string>();
/** The last checkbox clicked without Shift: where a Shift-click range starts. */
let anchor: string | null = null;
/** Ids in the order the table shows them now, for Shift-click ranges. */
let shownIds: string[] = [];

async function open(): Promise<Library> {
  if (!library || library.closed) library = await Library.open();
  return library;
}

function say(text: string, error = false, undo = false): void {
  $('status-text').textContent = text;
  $('status').classList.toggle('is-error', error);
  $('undo').hidden = !undo;
}

function cell(className: string, content: string | Node | null): HTMLTableCellElement {
  const td = document.createElement('td');
  td.className = className;
  if (content === null) td.textContent = t('libraryUnknown');
  else td.append(content);
  return td;
}

function time(iso: string, text: string | null): Node | null {
  if (!text) return null;
  const el = document.createElement('time');
  el.dateTime = iso;
  el.textContent = text;
  return el;
}

function row(record: LibraryRecord): HTMLTableRowElement {
  const facts = headerFacts(record.article);
  const tr = document.createElement('tr');
  tr.dataset.id = record.id;

  const title = document.createElement('a');
  title.className = 'title';
  title.href = `reader.html?library=${encodeURIComponent(record.id)}`;
  title.textContent = facts.title;
  const first = document.createElement('div');
  first.append(title);
  if (facts.byline) {
    const byline = document.createElement('span');
    byline.className = 'byline';
    byline.textContent = facts.byline;
    first.append(byline);
  }
  const published = calendarDate(record.article.published);
  const del = document.createElement('button');
  del.type = 'button';
  del.className = 'button delete';
  del.textContent = t('libraryDelete');
  del.setAttribute('aria-label', t('libraryDeleteLabel', facts.title));
  del.addEventListener('click', () => void remove(record));

  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = selected.has(record.id);
  box.setAttribute('aria-label', t('librarySelectLabel', facts.title));
  // `click` carries shiftKey for mouse and keyboard (Space) alike; `change` does not.
  box.addEventListener('click', (event) => choose(record.id, box.checked, event.shiftKey));
  tr.classList.toggle('is-selected', box.checked);

  tr.append(
    cell('select', box),
    cell('title-cell', first),
    cell('site', recordSite(record) || null),
    cell('date', published ? time(published, displayDate(published)) : null),
    cell('date', time(record.provenance.savedAt, displayLocalTime(record.provenance.savedAt))),
    cell('size', displaySize(record.size)),
    cell('actions', del),
  );
  return tr;
}

function render(): void {
  const query = $<HTMLInputElement>('search').value;
  const shown = sortRecords(search(records, query), sort.key, sort.direction, document.documentElement.lang || 'en');
  shownIds = shown.map((record) => record.id);
  $('rows').replaceChildren(...shown.map(row));
  showSelection();
  $('list').hidden = shown.length === 0;
  $('bulk').hidden = records.length === 0;
  const empty = $('empty');
  empty.hidden = shown.length > 0;
  empty.textContent = records.length === 0 ? t('libraryEmpty') : t('libraryNoMatch', query.trim());
  const total = records.reduce((sum, record) => sum + record.size, 0);
  $('count').textContent =
    records.length === 0
      ? ''
      : shown.length === records.length
        ? t('libraryCount', [displayNumber(records.length), displaySize(total)])
        : t('libraryShowing', [displayNumber(shown.length), displayNumber(records.length)]);
  for (const th of document.querySelectorAll<HTMLElement>('th[aria-sort]')) {
    const key = th.querySelector<HTMLElement>('[data-sort]')?.dataset.sort;
    th.setAttribute('aria-sort', key === sort.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none');
  }
  document.documentElement.dataset.shown = String(shown.length);
}

function showSelection(): void {
  const ids = new Set(records.map((record) => record.id));
  // Deleted articles leave the selection.
  selected = new Set([...selected].filter((id) => ids.has(id)));
  const shown = new Set(shownIds);
  const hidden = [...selected].filter((id) => !shown.has(id)).length;
  $('selection-count').textContent = hidden
    ? t('librarySelectedHidden', [displayNumber(selected.size), displayNumber(hidden)])
    : t('librarySelected', displayNumber(selected.size));
  $<HTMLButtonElement>('bulk-export').disabled = selected.size === 0;
  document.documentElement.dataset.selected = String(selected.size);
}

function choose(id: string, checked: boolean, range: boolean): void {
  selected = selectRange(selected, shownIds, range ? anchor : null, id, checked);
  if (!range) anchor = id;
  for (const tr of $('rows').querySelectorAll<HTMLTableRowElement>('tr')) {
    const on = selected.has(tr.dataset.id ?? '');
    tr.classList.toggle('is-selected', on);
    const box = tr.querySelector<HTMLInputElement>('td.select input');
    if (box) box.checked = on;
  }
  showSelection();
}

async function exportSelection(): Promise<void> {
  const status = $('bulk-status');
  const format = $<HTMLSelectElement>('bulk-format').value as BulkFormat;
  if (!BULK_FORMATS.includes(format) || selected.size === 0) return;
  status.classList.remove('is-error');
  const button = $<HTMLButtonElement>('bulk-export');
  button.disabled = true;
  try {
    // In the order of the table, so the book's chapters and the citation file follow what the user sees.
    const order = [...shownIds, ...records.map((record) => record.id).filter((id) => !shownIds.includes(id))];
    const ids = selectedInOrder(selected, order);
    status.textContent = t('libraryBulkExporting', displayNumber(ids.length));
    const lib = await open();
    const entries = (await Promise.all(ids.map((id) => lib.get(id)))).filter(
      (entry): entry is LibraryEntry => entry !== null,
    );
    const savedAt = nowIsoSecond();
    const file = await buildBulkExport(entries, format, window, savedAt, browser.runtime.getManifest().version);
    const done = await downloadBlob(file.blob, file.fileName);
    status.textContent = t('libraryBulkExported', [displayNumber(entries.length), done.fileName]);
    document.documentElement.dataset.bulkExported = done.fileName;
  } catch (error) {
    status.textContent = t('saveFailed', error instanceof Error ? error.message : String(error));
    status.classList.add('is-error');
    document.documentElement.dataset.bulkExported = 'failed';
  } finally {
    button.disabled = selected.size === 0;
  }
}

function tabResultLine(result: TabResult): HTMLLIElement {
  const li = document.createElement('li');
  li.className = result.outcome;
  const what =
    result.outcome === 'saved'
      ? t('saveTabsSaved')
      : result.outcome === 'already'
        ? t('saveTabsAlready')
        : t('saveTabsFailed', result.reason ?? '');
  li.textContent = `${result.title} — ${what}`;
  return li;
}

/** "Save all snapshot tabs" for the window the popup or the action's menu named; the list updates as tabs are saved. */
async function saveTabsOf(windowId: number): Promise<void> {
  $('save-tabs').hidden = false;
  const progress = $<HTMLProgressElement>('save-tabs-progress');
  const status = $('save-tabs-status');
  const list = $('save-tabs-results');
  const results = await saveSnapshotTabs(windowId, (done, total, last) => {
    progress.max = Math.max(total, 1);
    progress.value = done;
    status.textContent = t('saveTabsProgress', [displayNumber(done), displayNumber(total)]);
    if (last) list.append(tabResultLine(last));
    if (last?.outcome === 'saved') void refresh().catch(() => undefined);
  });
  progress.hidden = true;
  const summary = summarise(results);
  status.textContent =
    results.length === 0
      ? t('saveTabsNone')
      : t('saveTabsSummary', [summary.saved, summary.already, summary.failed].map(displayNumber));
  document.documentElement.dataset.saveTabs = JSON.stringify(summary);
  await refresh();
}

async function refresh(): Promise<void> {
  records = await (await open()).list();
  render();
}

async function remove(record: LibraryRecord): Promise<void> {
  const lib = await open();
  const title = headerFacts(record.article).title;
  try {
    lastDeleted = await lib.get(record.id);
    await lib.delete(record.id);
    await refresh();
    say(t('libraryDeleted', title), false, lastDeleted !== null);
    $('search').focus();
  } catch (error) {
    say(
      describeLibraryError(error, (key, detail) => t(key, detail)),
      true,
    );
  }
}

async function undo(): Promise<void> {
  if (!lastDeleted) return;
  const { record, images } = lastDeleted;
  try {
    await (await open()).put(record, images);
    lastDeleted = null;
    await refresh();
    say(t('libraryRestored', headerFacts(record.article).title));
  } catch (error) {
    say(
      describeLibraryError(error, (key, detail) => t(key, detail)),
      true,
    );
  }
}

async function exportAll(): Promise<void> {
  const status = $('transfer-status');
  status.classList.remove('is-error');
  try {
    const exportedAt = nowIsoSecond();
    const text = await exportLibrary(await open(), exportedAt);
    const done = await downloadBlob(new Blob([text], { type: 'application/json' }), exportFileName(exportedAt));
    status.textContent = t('libraryExported', [displayNumber(records.length), done.fileName]);
    document.documentElement.dataset.exported = done.fileName;
  } catch (error) {
    status.textContent = t('saveFailed', error instanceof Error ? error.message : String(error));
    status.classList.add('is-error');
  }
}

async function importFile(file: File): Promise<void> {
  const status = $('transfer-status');
  status.classList.remove('is-error');
  status.textContent = t('libraryImporting');
  try {
    const report = await importLibrary(await open(), await file.text(), {
      sanitize: (html) => sanitizeArticleHtml(html, window),
    });
    const lines = [
      t('libraryImported', [report.added, report.updated, report.unchanged, report.skipped].map(displayNumber)),
    ];
    if (report.conflicts) lines.push(t('libraryImportConflicts', displayNumber(report.conflicts)));
    if (report.refused.length)
      lines.push(
        t(
          'libraryImportRefused',
          report.refused
            .slice(0, 10)
            .map((r) => t(REFUSAL_TEXT[r.reason], r.entry))
            .join(', '),
        ),
      );
    status.textContent = lines.join(' ');
    document.documentElement.dataset.imported = JSON.stringify(report);
  } catch (error) {
    status.textContent = describeLibraryError(error, (key, detail) => t(key, detail));
    status.classList.add('is-error');
  }
  await refresh();
}

function wire(): void {
  const input = $<HTMLInputElement>('search');
  input.placeholder = t('librarySearchHint');
  input.addEventListener('input', render);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-sort]')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort as SortKey;
      if (!SORT_KEYS.includes(key)) return;
      sort =
        key === sort.key
          ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
          : { key, direction: FIRST_DIRECTION[key] };
      render();
    });
  }
  $('undo').addEventListener('click', () => void undo());
  $('select-matching').addEventListener('click', () => {
    selected = new Set([...selected, ...shownIds]);
    render();
  });
  $('select-none').addEventListener('click', () => {
    selected = new Set();
    anchor = null;
    render();
  });
  $('bulk-export').addEventListener('click', () => void exportSelection());
  $('export').addEventListener('click', () => void exportAll());
  const file = $<HTMLInputElement>('import-file');
  $('import').addEventListener('click', () => file.click());
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) void importFile(chosen);
  });
  // Articles saved from the popup or a reader while this page was open appear when it is looked at again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refresh().catch(() => undefined);
  });
}

async function main(): Promise<void> {
  localizePage();
  exposeLibraryTestHook();
  wire();
  try {
    await refresh();
    say('');
  } catch (error) {
    console.error('Archive Reader: library', error);
    say(
      describeLibraryError(error, (key, detail) => t(key, detail)),
      true,
    );
  }
  document.querySelector('main')?.setAttribute('aria-busy', 'false');
  document.documentElement.dataset.ready = 'true';
  const asked = new URLSearchParams(location.search).get(SAVE_TABS_PARAM);
  // "current": this tab's own window, the one the popup opened it in.
  const windowId = asked === 'current' ? browser.windows.WINDOW_ID_CURRENT : Number(asked ?? NaN);
  if (Number.isInteger(windowId)) {
    await saveTabsOf(windowId).catch((error: unknown) => {
      $('save-tabs-status').textContent = describeLibraryError(error, (key, detail) => t(key, detail));
      document.documentElement.dataset.saveTabs = 'failed';
    });
  }
}

void main();
