import { describe, expect, test } from 'vitest';
import { selectRange, selectedInOrder, uniqueNames } from '../../../src/extension/library/selection.js';

const shown = ['a', 'b', 'c', 'd', 'e'];

describe('selectRange', () => {
  test('without an anchor only the target changes', () => {
    expect([...selectRange(new Set(), shown, null, 'c', true)]).toEqual(['c']);
  });
  test('a range from the anchor to the target, in either direction, takes the target state', () => {
    expect([...selectRange(new Set(['b']), shown, 'b', 'd', true)].sort()).toEqual(['b', 'c', 'd']);
    expect([...selectRange(new Set(['a', 'b', 'c', 'd', 'e']), shown, 'd', 'b', false)].sort()).toEqual(['a', 'e']);
  });
  test('an anchor the search now hides starts no range; hidden choices are kept', () => {
    expect([...selectRange(new Set(['z']), shown, 'z', 'c', true)].sort()).toEqual(['c', 'z']);
  });
  test('does not change the set it is given', () => {
    const before = new Set(['a']);
    selectRange(before, shown, 'a', 'e', true);
    expect([...before]).toEqual(['a']);
  });
});

test('selectedInOrder follows the given order and drops ids no longer there', () => {
  expect(selectedInOrder(new Set(['e', 'gone', 'b']), shown)).toEqual(['b', 'e']);
});

test('uniqueNames numbers repeats, case-insensitively, keeping the extension', () => {
  expect(uniqueNames(['story.md', 'story.md', 'Story.md', 'other.md', 'story-2.md', 'noext'])).toEqual([
    'story.md',
    'story-2.md',
    'Story-3.md',
    'other.md',
    'story-2-2.md',
    'noext',
  ]);
});
