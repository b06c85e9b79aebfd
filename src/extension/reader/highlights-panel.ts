/**
 * The Highlights panel's list: each highlight's words (as text, never as markup), with *Show* (scrolls to it in
 * the article and focuses it) and *Remove*, each labelled with the highlight's number for screen readers.
 */
import type { Highlight } from '../../article.js';
import { t } from '../shared/i18n.js';

export interface PanelActions {
  show: (index: number) => void;
  remove: (index: number) => void;
}

/** How much of a long highlight the list shows; the whole passage is in the article and in every export. */
const SHOWN_CHARS = 280;

function button(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'tool';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

/** Fills `list` (an `<ol>`); `found` says which highlights are marked in the article (the others cannot be shown). */
export function fillHighlightList(
  list: HTMLOListElement,
  highlights: readonly Highlight[],
  found: ReadonlySet<number>,
  actions: PanelActions,
): void {
  list.replaceChildren(
    ...highlights.map((highlight, index) => {
      const item = document.createElement('li');
      item.className = 'highlight-item';
      const words = highlight.text.replace(/\s+/g, ' ').trim();
      const quote = document.createElement('blockquote');
      quote.className = 'highlight-text';
      quote.textContent = words.length > SHOWN_CHARS ? `${words.slice(0, SHOWN_CHARS)}…` : words;
      const number = String(index + 1);
      const controls = document.createElement('div');
      controls.className = 'highlight-actions';
      if (found.has(index))
        controls.append(button(t('highlightShow'), t('highlightShowLabel', number), () => actions.show(index)));
      controls.append(button(t('highlightRemove'), t('highlightRemoveLabel', number), () => actions.remove(index)));
      item.append(quote, controls);
      return item;
    }),
  );
}
