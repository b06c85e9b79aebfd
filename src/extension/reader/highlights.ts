/**
 * Quote and highlight in the reader: the selection's toolbar (*Copy quote*, *Highlight*), the marks in the article,
 * the Highlights panel (*Show*, *Remove*, *Copy highlights*) and keeping the list (highlight-store.ts). The list
 * lives on the shown article too (`article.highlights`), so Save writes it into the Markdown and HTML files and
 * the library keeps it.
 */
import type { Article, Highlight } from '../../article.js';
import { nowIsoSecond } from '../../core/time.js';
import type { CitationStyleId } from '../../formats/citation/index.js';
import { addHighlight, removeHighlight, sortHighlights } from '../../formats/highlights.js';
import { writeRichText } from '../shared/clipboard.js';
import { headerFacts } from '../../formats/article-parts.js';
import { t, type MessageKey } from '../shared/i18n.js';
import { load } from '../shared/lazy.js';
import { markHighlights, type Passage } from './highlight-marks.js';
import { highlightStore } from './highlight-store.js';
import { fillHighlightList } from './highlights-panel.js';
import { wireSelectionTools, type SelectionTools } from './selection-tools.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

/** How long a "copied" note stays before it clears (it is also announced). */
const NOTE_MS = 4000;

export interface HighlightOptions {
  /** The user's citation style, as it is now (it can change while the reader is open). */
  style: () => CitationStyleId;
  /** Closes the Highlights panel (after Show, so the article is in view). */
  closePanel: () => void;
}

function note(element: HTMLElement, key: MessageKey, isError = false): void {
  element.textContent = t(key);
  element.classList.toggle('is-error', isError);
  const shown = element.textContent;
  setTimeout(() => {
    if (element.textContent === shown) element.textContent = '';
  }, NOTE_MS);
}

export async function wireHighlights(
  article: Article,
  body: HTMLElement,
  libraryId: string | null,
  opts: HighlightOptions,
): Promise<SelectionTools> {
  const store = highlightStore(article, libraryId);
  const kept = await store.load().catch((error: unknown) => {
    console.error('Archive Reader: highlights', error);
    return [] as Highlight[];
  });
  const reader = new ReaderHighlights(article, body, store, opts, sortHighlights(article, kept));
  const tools = wireSelectionTools(body, $('selection-tools'), {
    copyQuote: (passage) => reader.copyQuote(passage),
    highlight: (passage) => reader.highlight(passage, () => tools.hide()),
    prepare: () => void load('quote').catch(() => undefined),
  });
  $('copy-highlights').addEventListener('click', () => reader.copyAll());
  reader.render();
  return tools;
}

/** The article's highlights, their marks in the text and the Highlights panel, kept in step. */
class ReaderHighlights {
  private marks = new Map<number, HTMLElement>();
  private readonly toast = $('quote-status');
  private readonly panelStatus = $('highlights-status');

  constructor(
    private readonly article: Article,
    private readonly body: HTMLElement,
    private readonly store: ReturnType<typeof highlightStore>,
    private readonly opts: HighlightOptions,
    private highlights: Highlight[],
  ) {}

  /** Marks the highlights in the article and lists them in the panel. */
  render(): void {
    const { article, highlights } = this;
    if (highlights.length) article.highlights = highlights;
    else delete article.highlights;
    this.marks = markHighlights(this.body, highlights);
    $('highlights-count').textContent = String(highlights.length);
    $('highlights-empty').hidden = highlights.length > 0;
    $('copy-highlights').hidden = highlights.length === 0;
    fillHighlightList($<HTMLOListElement>('highlights-list'), highlights, new Set(this.marks.keys()), {
      show: (index) => this.show(index),
      remove: (index) => this.remove(index),
    });
    document.documentElement.dataset.highlights = String(highlights.length);
  }

  /** Adds the selected passage, then closes the selection's toolbar (`hideTools`). */
  highlight(passage: Passage, hideTools: () => void): void {
    const next = addHighlight(this.article, this.highlights, passage.text, passage.occurrence, nowIsoSecond());
    if (!next) return note(this.toast, 'quoteNotInText', true);
    this.highlights = next;
    this.render();
    this.persist();
    hideTools();
    document.getSelection()?.removeAllRanges();
    note(this.toast, 'highlightAdded');
  }

  copyQuote(passage: Passage): void {
    load('quote')
      .then(async ({ quoteForClipboard }) => {
        const quote = quoteForClipboard(this.article, passage.text, passage.occurrence, this.opts.style());
        if (!quote) return note(this.toast, 'quoteNotInText', true);
        await writeRichText(quote.html, quote.text);
        note(this.toast, 'quoteCopied');
        document.documentElement.dataset.quoteCopied = String(
          Number(document.documentElement.dataset.quoteCopied ?? 0) + 1,
        );
      })
      .catch((error: unknown) => {
        console.error('Archive Reader: copy quote', error);
        note(this.toast, 'quoteCopyFailed', true);
      });
  }

  /** *Copy highlights*: every highlight with its citation. */
  copyAll(): void {
    load('quote')
      .then(async ({ highlightsForClipboard }) => {
        const title = t('highlightsOf', headerFacts(this.article).title);
        const copy = highlightsForClipboard(this.article, this.opts.style(), title);
        if (!copy) return;
        await writeRichText(copy.html, copy.text);
        note(this.panelStatus, 'highlightsCopied');
        document.documentElement.dataset.highlightsCopied = String(this.highlights.length);
      })
      .catch((error: unknown) => {
        console.error('Archive Reader: copy highlights', error);
        note(this.panelStatus, 'quoteCopyFailed', true);
      });
  }

  private persist(): void {
    this.store.save(this.highlights).catch((error: unknown) => {
      console.error('Archive Reader: keep highlights', error);
      note(this.panelStatus, 'highlightsNotKept', true);
    });
  }

  private show(index: number): void {
    const mark = this.marks.get(index);
    if (!mark) return;
    this.opts.closePanel();
    mark.tabIndex = -1;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
  }

  private remove(index: number): void {
    const removed = this.highlights[index];
    if (!removed) return;
    this.highlights = removeHighlight(this.highlights, removed);
    this.render();
    this.persist();
    note(this.panelStatus, 'highlightRemoved');
    // Focus stays in the list: on the item that took this one's place, else on the panel's last control.
    const buttons = $('highlights-list').querySelectorAll<HTMLButtonElement>('li .highlight-actions button:last-child');
    (buttons[Math.min(index, buttons.length - 1)] ?? $('highlights-panel').querySelector<HTMLElement>('h2'))?.focus();
  }
}
