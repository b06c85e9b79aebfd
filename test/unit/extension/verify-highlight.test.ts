// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import type { TextChange } from '../../../src/core/compare/compare.js';
import { clearHighlights, highlightChanges } from '../../../src/extension/verify/highlight.js';

function body(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

const changed = (a: string, b: string, before: string | null = null): TextChange => ({ kind: 'changed', a, b, before });

describe('highlightChanges', () => {
  test('wraps the passage, marks the changed words more strongly, and leaves the text as it was', () => {
    const root = body(
      '<p>First one.  The meeting took\n place on May 10 in the <a href="#x">Oval Office</a>. Last one.</p><p>Next.</p>',
    );
    const text = root.textContent;
    const targets = highlightChanges(
      root,
      [
        changed(
          'The meeting took place on May 10 in the Oval Office.',
          'The meeting took place on May 11 in the Oval Office.',
          'First one.',
        ),
      ],
      'gap',
    );
    expect(root.textContent).toBe(text);
    expect([...root.querySelectorAll('mark.ar-change-word')].map((m) => m.textContent)).toEqual(['10']);
    expect([...root.querySelectorAll('mark.ar-change')].map((m) => m.textContent).join('')).toBe(
      'The meeting took\n place on May 10 in the Oval Office.',
    );
    expect(root.querySelector('a mark.ar-change')?.textContent).toBe('Oval Office'); // marks inside the link, not around it
    expect(targets.get(0)?.textContent).toBe('The meeting took\n place on May ');
  });

  test('a passage only in the other copy: a labelled marker after the sentence before it; a removed one: wrapped', () => {
    const root = body('<p>Alpha beta. Gamma delta.</p><p>Epsilon.</p>');
    const targets = highlightChanges(
      root,
      [
        { kind: 'added', a: null, b: 'New sentence.', before: 'Alpha beta.' },
        { kind: 'removed', a: 'Epsilon.', b: null, before: 'Gamma delta.' },
      ],
      'Text only in the other copy comes here',
    );
    const gap = root.querySelector('.ar-change-gap');
    expect(gap?.getAttribute('aria-label')).toBe('Text only in the other copy comes here');
    expect(gap?.previousSibling?.textContent).toBe('Alpha beta.');
    expect(root.querySelector('p + p mark.ar-change')?.textContent).toBe('Epsilon.');
    expect(targets.size).toBe(2);
  });

  test('a passage spanning paragraphs, and one not found, are handled; clearing restores the body', () => {
    const root = body('<p>One.</p><p>Two <em>three</em>.</p>');
    const before = root.innerHTML;
    const targets = highlightChanges(
      root,
      [
        { kind: 'removed', a: 'One.\n\nTwo three.', b: null, before: null },
        changed('Not in this body at all.', 'Other.'),
      ],
      'gap',
    );
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['One.', 'Two ', 'three', '.']);
    expect(targets.has(1)).toBe(false);
    clearHighlights(root);
    expect(root.innerHTML).toBe(before);
  });
});
