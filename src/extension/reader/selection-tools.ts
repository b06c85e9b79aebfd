/**
 * The small toolbar that appears over a selection in the article: *Copy quote* and *Highlight*. It follows the
 * mouse (after a selection is made) and the keyboard (`q` opens it on the selection and moves focus into it; the
 * arrow keys move between its buttons; Escape closes it and gives focus back to the article).
 */
import { selectedPassage, type Passage } from './highlight-marks.js';

export interface SelectionActions {
  copyQuote: (passage: Passage) => void;
  highlight: (passage: Passage) => void;
  /** Called the first time the toolbar appears, to load what its buttons need ahead of a click. */
  prepare: () => void;
}

export interface SelectionTools {
  /** Shows the toolbar for the current selection and focuses it; false when nothing in the article is selected. */
  openFromKeyboard: () => boolean;
  hide: () => void;
}

const GAP_PX = 8;

export function wireSelectionTools(body: HTMLElement, bar: HTMLElement, actions: SelectionActions): SelectionTools {
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button')];
  let passage: Passage | null = null;
  let prepared = false;

  const hide = (): void => {
    bar.hidden = true;
    passage = null;
  };

  /** Above the selection, inside the page's width; below it when there is no room above. */
  const place = (range: Range): void => {
    const rect = range.getBoundingClientRect();
    const width = bar.offsetWidth;
    const height = bar.offsetHeight;
    const left = Math.min(
      Math.max(rect.left + rect.width / 2 - width / 2, GAP_PX),
      document.documentElement.clientWidth - width - GAP_PX,
    );
    const above = rect.top - height - GAP_PX;
    const top = above > GAP_PX * 6 ? above : rect.bottom + GAP_PX;
    bar.style.left = `${Math.round(left + scrollX)}px`;
    bar.style.top = `${Math.round(top + scrollY)}px`;
  };

  const show = (): boolean => {
    const found = selectedPassage(body);
    const selection = document.getSelection();
    if (!found || !selection?.rangeCount) {
      hide();
      return false;
    }
    passage = found;
    bar.hidden = false;
    place(selection.getRangeAt(0));
    if (!prepared) {
      prepared = true;
      actions.prepare();
    }
    return true;
  };

  // After the mouse or a Shift+arrow selection settles; not on every change while dragging.
  let timer: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (bar.contains(document.activeElement)) return; // using the toolbar: keep it where it is
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed) hide();
      else show();
    }, 250);
  });

  // A press on a button must not take the selection away before the click.
  bar.addEventListener('mousedown', (event) => event.preventDefault());
  const run = (action: (p: Passage) => void) => (): void => {
    if (!passage) return;
    action(passage);
  };
  buttons[0]?.addEventListener('click', run(actions.copyQuote));
  buttons[1]?.addEventListener('click', run(actions.highlight));

  bar.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      hide();
      body.closest<HTMLElement>('main')?.focus();
    } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && index >= 0) {
      event.preventDefault();
      event.stopPropagation();
      buttons[(index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
    }
  });

  return {
    openFromKeyboard: () => {
      if (!show()) return false;
      buttons[0]?.focus();
      return true;
    },
    hide,
  };
}
