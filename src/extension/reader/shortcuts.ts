import { t, type MessageKey } from '../shared/i18n.js';

/** One keyboard shortcut of the reader page: the keys that trigger it, and what the help overlay calls it. */
export interface Shortcut {
  keys: string[];
  label: MessageKey;
  run: () => void;
}

/** Keys shown to people as they type them; `event.key` values are matched as they are. */
function keyLabel(key: string): string {
  return key === ' ' ? 'Space' : key === 'Escape' ? 'Esc' : key;
}

function typingInto(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/** Single keys without modifiers, so the browser's own shortcuts (Ctrl+P, Alt+←, …) keep working. */
export function listenForShortcuts(shortcuts: Shortcut[]): void {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (typingInto(event.target) && event.key !== 'Escape') return;
    // Behind an open modal (the help) only the keys that close it count.
    if (document.querySelector('dialog[open]') && event.key !== '?' && event.key !== 'Escape') return;
    const shortcut = shortcuts.find((s) => s.keys.includes(event.key));
    if (!shortcut) return;
    event.preventDefault();
    shortcut.run();
  });
}

/** The table in the help overlay, built from the same list the keyboard uses, so the two never disagree. */
export function fillHelp(tbody: HTMLElement, shortcuts: Shortcut[]): void {
  tbody.replaceChildren(
    ...shortcuts.map((shortcut) => {
      const row = document.createElement('tr');
      const keys = document.createElement('th');
      keys.scope = 'row';
      shortcut.keys.forEach((key, i) => {
        if (i > 0) keys.append(' / ');
        const kbd = document.createElement('kbd');
        kbd.textContent = keyLabel(key);
        keys.append(kbd);
      });
      const what = document.createElement('td');
      what.textContent = t(shortcut.label);
      row.append(keys, what);
      return row;
    }),
  );
}
