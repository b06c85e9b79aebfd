/**
 * The Cite panel, the same in the popup and the reader: a style picker (remembered), a preview, Copy (rich
 * text where the style has an HTML form, plain text otherwise) and Download for the reference-manager files.
 * The formatters are small pure functions (`src/formats/citation`); this module is loaded when Cite is first
 * pressed. The access date is the person's local date, as the styles ask.
 */
import type { Article } from '../../article.js';
import {
  cite,
  CITATION_STYLES,
  type Citation,
  type CitationStyleId,
  type CitationStyleInfo,
} from '../../formats/citation/index.js';
import { articleFileName } from '../../formats/filename.js';
import { sanitizeArticleBody } from '../../formats/sanitize.js';
import { styleOptions } from './citation-styles.js';
import { t, type MessageKey } from './i18n.js';
import { downloadBlob } from './save/download.js';

const NOTES: Partial<Record<CitationStyleId, MessageKey>> = {
  wikipedia: 'citeWikipediaNote',
  'wikipedia-archive': 'citeWikipediaArchiveNote',
};

/** Today in the person's time zone, `YYYY-MM-DD`: the access date of every citation. */
export function localDate(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

export interface CitePanelOptions {
  initialStyle: CitationStyleId;
  /** The pages' own button look (`button` in the popup, `tool` in the reader). */
  buttonClass: string;
  onStyleChange: (style: CitationStyleId) => void;
}

/** Fills `container` with the panel for `article`, and focuses the style picker. */
export function buildCitePanel(container: HTMLElement, article: Article, opts: CitePanelOptions): void {
  const accessed = localDate();
  const parts = panelParts(opts);
  container.replaceChildren(parts.label, parts.preview, parts.note, parts.buttons, parts.status);
  const { select, copy, download } = parts;

  const style = (): CitationStyleInfo => CITATION_STYLES.find((s) => s.id === select.value) ?? CITATION_STYLES[0]!;
  const current = () => cite(article, style().id, { accessed });
  select.addEventListener('change', () => {
    showCitation(parts, style(), current());
    opts.onStyleChange(style().id);
  });
  copy.addEventListener('click', () => copyCitation(parts, current(), () => style().id));
  download.addEventListener('click', () => downloadCitation(parts, article, style(), current().text));
  showCitation(parts, style(), current());
  select.focus();
}

/** The panel's elements: the style picker, the preview, the style's note, Copy, Download and the status line. */
interface PanelParts {
  select: HTMLSelectElement;
  label: HTMLLabelElement;
  preview: HTMLDivElement;
  note: HTMLParagraphElement;
  copy: HTMLButtonElement;
  download: HTMLButtonElement;
  buttons: HTMLDivElement;
  status: HTMLParagraphElement;
}

function panelParts(opts: CitePanelOptions): PanelParts {
  const select = el('select', { id: 'cite-style' });
  select.append(...styleOptions());
  select.value = opts.initialStyle;
  const label = el('label', { className: 'cite-style' });
  label.append(el('span', { textContent: t('citeStyle') }), select);

  const preview = el('div', { id: 'cite-preview', className: 'cite-preview', tabIndex: 0 });
  preview.setAttribute('role', 'region');
  preview.setAttribute('aria-label', t('citePreview'));
  preview.setAttribute('aria-live', 'polite');
  const note = el('p', { id: 'cite-note', className: 'cite-note' });
  const copy = el('button', {
    id: 'cite-copy',
    type: 'button',
    className: opts.buttonClass,
    textContent: t('citeCopy'),
  });
  const download = el('button', { id: 'cite-download', type: 'button', className: opts.buttonClass });
  const buttons = el('div', { className: 'cite-buttons' });
  buttons.append(copy, download);
  const status = el('p', { id: 'cite-status', className: 'cite-status' });
  status.setAttribute('role', 'status');
  return { select, label, preview, note, copy, download, buttons, status };
}

/** Shows the citation in `info`'s style, its note, and Download when the style is a reference-manager file. */
function showCitation(parts: PanelParts, info: CitationStyleInfo, citation: Citation): void {
  const { preview, note, download, status } = parts;
  if (citation.html !== null && info.id !== 'html') {
    // Italics and links as they will paste, through the one sanitiser.
    const paragraph = el('p');
    const body = sanitizeArticleBody(citation.html, window);
    paragraph.append(...[...body.childNodes].map((node) => document.adoptNode(node)));
    preview.replaceChildren(paragraph);
  } else {
    preview.replaceChildren(el('pre', { textContent: citation.text }));
  }
  const noteKey = NOTES[info.id];
  note.textContent = noteKey ? t(noteKey) : '';
  note.hidden = !noteKey;
  download.hidden = info.kind !== 'record';
  download.textContent = info.fileExtension ? t('citeDownload', info.fileExtension) : '';
  status.textContent = '';
  status.classList.remove('is-error');
}

/** Copy: rich text where the style has an HTML form, plain text otherwise. */
function copyCitation({ status }: PanelParts, citation: Citation, styleId: () => CitationStyleId): void {
  const write =
    citation.html !== null
      ? navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([citation.html], { type: 'text/html' }),
            'text/plain': new Blob([citation.text], { type: 'text/plain' }),
          }),
        ])
      : navigator.clipboard.writeText(citation.text);
  write.then(
    () => {
      status.textContent = t(citation.html !== null ? 'citeCopiedRich' : 'citeCopiedText');
      document.documentElement.dataset.citeCopied = styleId();
    },
    (error: unknown) => {
      console.error('Archive Reader: copy citation', error);
      status.textContent = t('citeCopyFailed');
      status.classList.add('is-error');
    },
  );
}

/** Download: the reference-manager file (BibTeX, RIS, CSL-JSON…) under the article's name. */
function downloadCitation(
  { download, status }: PanelParts,
  article: Article,
  info: CitationStyleInfo,
  text: string,
): void {
  if (info.kind !== 'record' || !info.fileExtension) return;
  download.disabled = true;
  const blob = new Blob([text], { type: `${info.mimeType ?? 'text/plain'};charset=utf-8` });
  downloadBlob(blob, articleFileName(article, info.fileExtension))
    .then((done) => {
      status.textContent = t('citeDownloaded', done.fileName);
      document.documentElement.dataset.citeDownloaded = done.fileName;
    })
    .catch((error: unknown) => {
      status.textContent = t(
        'saveFailed',
        t('saveDownloadFailed', error instanceof Error ? error.message : String(error)),
      );
      status.classList.add('is-error');
    })
    .finally(() => (download.disabled = false));
}
