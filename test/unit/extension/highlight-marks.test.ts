// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { markHighlights, selectedPassage } from '../../../src/extension/reader/highlight-marks.js';

const AT = '2026-12-05T10:00:00Z';

function body(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

function select(from: Node, fromOffset: number, to: Node, toOffset: number): void {
  const range = document.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('the reader’s highlight marks', () => {
  test('a selection gives its words (whitespace collapsed) and which occurrence of them it is', () => {
    const root = body('<p>The senator said no.</p><p>Later,  the <em>senator</em>\n said no again.</p>');
    const second = root.querySelectorAll('p')[1]!;
    select(second.firstChild!, 8, second.lastChild!, 9);
    expect(selectedPassage(root)).toEqual({ text: 'the senator said no', occurrence: 0 });
    const first = root.querySelector('p')!;
    select(first.firstChild!, 4, second.firstChild!, 6);
    expect(selectedPassage(root)).toEqual({ text: 'senator said no. Later,', occurrence: 0 });
    select(second.querySelector('em')!.firstChild!, 0, second.lastChild!, 9);
    expect(selectedPassage(root)).toEqual({ text: 'senator said no', occurrence: 1 });
    document.getSelection()!.removeAllRanges();
    expect(selectedPassage(root)).toBeNull();
  });

  test('marks each highlight across inline elements, the text unchanged; unmarks on the next call', () => {
    const root = body('<p>One two <a href="#x">three four</a> five.</p><p>Two three again.</p>');
    const text = root.textContent;
    const firsts = markHighlights(root, [
      { text: 'two three', occurrence: 0, createdAt: AT },
      { text: 'Two three', occurrence: 0, createdAt: AT },
      { text: 'not there', occurrence: 0, createdAt: AT },
    ]);
    expect(root.textContent).toBe(text);
    expect([...root.querySelectorAll('mark.ar-highlight')].map((m) => m.textContent)).toEqual([
      'two ',
      'three',
      'Two three',
    ]);
    expect(root.querySelector('a mark')?.textContent).toBe('three');
    expect(firsts.get(0)?.textContent).toBe('two ');
    expect(firsts.get(1)?.textContent).toBe('Two three');
    expect(firsts.has(2)).toBe(false);
    markHighlights(root, []);
    expect(root.querySelectorAll('mark').length).toBe(0);
    expect(root.innerHTML).toBe('<p>One two <a href="#x">three four</a> five.</p><p>Two three again.</p>');
  });

  test('overlapping highlights share marks; each still finds its first one', () => {
    const root = body('<p>alpha beta gamma delta</p>');
    const firsts = markHighlights(root, [
      { text: 'beta gamma', occurrence: 0, createdAt: AT },
      { text: 'alpha beta', occurrence: 0, createdAt: AT },
    ]);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['alpha beta gamma']);
    expect(firsts.get(0)).toBe(firsts.get(1));
  });
});
