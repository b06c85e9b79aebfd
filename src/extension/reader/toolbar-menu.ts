/**
 * On narrow screens the reader's toolbar keeps its first buttons and folds the rest behind one *More* button
 * (reader.css decides when, by the screen's width). The button discloses the folded actions as a list: it says
 * whether the list is open (`aria-expanded`), opening moves focus to the first action, Escape closes the list and
 * gives focus back to the button, and so does a click outside it. On wide screens the button is not shown and the
 * list's class changes nothing.
 */

const FOCUSABLE = 'button:not([hidden]), select, a[href]';

export interface ToolbarMenu {
  /** Closes the list; true if it was open. */
  close: (returnFocus: boolean) => boolean;
}

export function wireToolbarMenu(button: HTMLElement, menu: HTMLElement): ToolbarMenu {
  const isOpen = (): boolean => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean): void => {
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('is-open', open);
  };
  const close = (returnFocus: boolean): boolean => {
    if (!isOpen()) return false;
    setOpen(false);
    if (returnFocus) button.focus();
    return true;
  };

  button.addEventListener('click', () => {
    if (close(true)) return;
    setOpen(true);
    menu.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  });
  // Before the page's own shortcuts (a document listener): Escape closes the list first, and only the list.
  for (const target of [button, menu]) {
    target.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !close(true)) return;
      event.preventDefault();
      event.stopPropagation();
    });
  }
  // An action that opens a panel or a page closes the list; the reading controls keep it open to be pressed again.
  menu.addEventListener('click', (event) => {
    const pressed = (event.target as Element).closest('button');
    // The pressed button disappears with the list: unless its action moved focus (into a panel), the button
    // that opened the list takes it.
    if (pressed && !pressed.closest('#speech-controls')) close(document.activeElement === pressed);
  });
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (!menu.contains(target) && !button.contains(target)) close(false);
  });
  return { close };
}
