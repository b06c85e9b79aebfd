/**
 * Quote and highlight in the reader: the selection's toolbar (*Copy quote*, *Highlight*), the marks in the article,
 * the Highlights panel (*Show*, *Remove*, *Copy highlights*) and keeping the list (highlight-store.ts). The list
 * lives on the shown article too (`article.highlights`), so Save writes it into the Markdown and HTML files and
 * the library keeps it.
 */
import type { Article, Highlight } from '../../article.js';
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
  let highlights = sortHighlights(
    article,
    await store.load().catch((error: unknown) => {
      console.error('Archive Reader: highlights', error);
      return [] as Highlight[];
    }),
  );
  let marks = new Map<number, HTMLElement>();
  const toast = $('quote-status');
  const panelStatus = $('highlights-status');

  const render = (): void => {
    if (highlights.length) article.highlights = highlights;
    else delete article.highlights;
    marks = markHighlights(body, highlights);
    $('highlights-count').textContent = String(highlights.length);
    $('highlights-empty').hidden = highlights.length > 0;
    $('copy-highlights').hidden = highlights.length === 0;
    fillHighlightList($<HTMLOListElement>('highlights-list'), highlights, new Set(marks.keys()), { show, remove });
    document.documentElement.dataset.highlights = String(highlights.length);
  };

  const persist = (): void => {
    store.save(highlights).catch((error: unknown) => {
      console.error('Archive Reader: keep highlights', error);
      note(panelStatus, 'highlightsNotKept', true);
    });
  };

  function show(index: number): void {
    const mark = marks.get(index);
    if (!mark) return;
    opts.closePanel();
    mark.tabIndex = -1;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
  }

  function remove(index: number): void {
    const removed = highlights[index];
    if (!removed) return;
    highlights = removeHighlight(highlights, removed);
    render();
    persist();
    note(panelStatus, 'highlightRemoved');
    // Focus stays in the list: on the item that took this one's place, else on the panel's last control.
    const buttons = $('highlights-list').querySelectorAll<HTMLButtonElement>('li .highlight-actions button:last-child');
    (buttons[Math.min(index, buttons.length - 1)] ?? $('highlights-panel').querySelector<HTMLElement>('h2'))?.focus();
  }

  const highlight = (passage: Passage): void => {
    const next = addHighlight(
      article,
      highlights,
      passage.text,
      passage.occurrence,
      new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    );
    if (!next) return note(toast, 'quoteNotInText', true);
    highlights = next;
    render();
    persist();
    tools.hide();
    document.getSelection()?.removeAllRanges();
    note(toast, 'highlightAdded');
  };

  const copyQuote = (passage: Passage): void => {
    load('quote')
      .then(async ({ quoteForClipboard }) => {
        const quote = quoteForClipboard(article, passage.text, passage.occurrence, opts.style());
        if (!quote) return note(toast, 'quoteNotInText', true);
        await writeRichText(quote.html, quote.text);
        note(toast, 'quoteCopied');
        document.documentElement.dataset.quoteCopied = String(
          Number(document.documentElement.dataset.quoteCopied ?? 0) + 1,
        );
      })
      .catch((error: unknown) => {
        console.error('Archive Reader: copy quote', error);
        note(toast, 'quoteCopyFailed', true);
      });
  };

  const tools = wireSelectionTools(body, $('selection-tools'), {
    copyQuote,
    highlight,
    prepare: () => void load('quote').catch(() => undefined),
  });

  $('copy-highlights').addEventListener('click', () => {
    load('quote')
      .then(async ({ highlightsForClipboard }) => {
        const copy = highlightsForClipboard(article, opts.style(), t('highlightsOf', headerFacts(article).title));
        if (!copy) return;
        await writeRichText(copy.html, copy.text);
        note(panelStatus, 'highlightsCopied');
        document.documentElement.dataset.highlightsCopied = String(highlights.length);
      })
      .catch((error: unknown) => {
        console.error('Archive Reader: copy highlights', error);
        note(panelStatus, 'quoteCopyFailed', true);
      });
  });

  render();
  return tools;
}
