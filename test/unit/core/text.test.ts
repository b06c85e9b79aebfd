import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/core/text.js';
import { parsePage } from '../../support/snapshot.js';

/** The article's plain text: what a reader sees, block by block. */

const text = (html: string) =>
  blockText(parsePage(`<!DOCTYPE html><body>${html}</body>`, 'https://example.invalid/').body);

describe('blockText', () => {
  it('numbers the items of an ordered list, as the page shows them', () => {
    expect(text('<ol><li>Preheat the oven.</li><li><p>Mix the flour.</p><p>Add the eggs.</p></li></ol>')).toBe(
      '1. Preheat the oven.\n\n2. Mix the flour.\n\nAdd the eggs.',
    );
  });

  it('follows start and value, and leaves an empty item unnumbered', () => {
    expect(
      text('<ol start="0"><li>Zero</li><li></li><li>Two</li></ol><ol><li value="7">Seven</li><li>Eight</li></ol>'),
    ).toBe('0. Zero\n\n2. Two\n\n7. Seven\n\n8. Eight');
  });

  it('leaves bullet lists and paragraphs as they are', () => {
    expect(text('<ul><li>One</li><li>Two</li></ul><p>A   paragraph<br>with a break.</p>')).toBe(
      'One\n\nTwo\n\nA paragraph\nwith a break.',
    );
  });
});
