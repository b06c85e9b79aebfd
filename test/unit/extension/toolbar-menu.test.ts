// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { wireToolbarMenu } from '../../../src/extension/reader/toolbar-menu.js';

let more: HTMLButtonElement;
let menu: HTMLElement;
/** Escapes that reached the page's own shortcuts (a document listener, as in the reader). */
let escapesSeen: number;

const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;
const press = (target: Element, key: string): void => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
};

beforeEach(() => {
  document.body.innerHTML = `
    <div class="toolbar">
      <button id="more" aria-expanded="false" aria-controls="menu">More</button>
      <div id="menu">
        <div id="speech-controls"><button id="previous">Previous</button></div>
        <div><button id="cite">Cite</button><button id="print">Print</button></div>
      </div>
    </div>
    <div id="panel" tabindex="-1"></div>
    <main id="article">Text</main>`;
  more = byId('more') as HTMLButtonElement;
  menu = byId('menu');
  escapesSeen = 0;
  wireToolbarMenu(more, menu);
});
// Once: the document outlives each test's markup.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') escapesSeen++;
});

const isOpen = (): boolean => more.getAttribute('aria-expanded') === 'true' && menu.classList.contains('is-open');

describe('the toolbar menu', () => {
  test('More opens the list and puts focus on its first action; pressed again it closes', () => {
    more.click();
    expect(isOpen()).toBe(true);
    expect(document.activeElement?.id).toBe('previous');
    more.click();
    expect(isOpen()).toBe(false);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);
  });

  test('Escape inside the list closes it, gives focus back to More, and goes no further', () => {
    more.click();
    byId('cite').focus();
    press(byId('cite'), 'Escape');
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(more);
    expect(escapesSeen).toBe(0);
    // Closed, Escape is the page's again (close a panel, stop reading aloud).
    press(more, 'Escape');
    expect(escapesSeen).toBe(1);
  });

  test('a reading control keeps the list open; another action closes it', () => {
    more.click();
    byId('previous').click();
    expect(isOpen()).toBe(true);
    byId('print').focus();
    byId('print').click();
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(more);
  });

  test('an action that moves focus into a panel keeps it there', () => {
    byId('cite').addEventListener('click', () => byId('panel').focus());
    more.click();
    byId('cite').click();
    expect(isOpen()).toBe(false);
    expect(document.activeElement?.id).toBe('panel');
  });

  test('a press outside closes it', () => {
    more.click();
    byId('article').dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(isOpen()).toBe(false);
  });
});
