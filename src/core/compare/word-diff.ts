import { diffWordsWithSpace } from 'diff';

/** A run of a changed passage: words both sides share, or words only one side has. */
export interface WordRun {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * The words that differ inside one changed passage (a → b), for showing a change: the reader marks them, the text
 * report brackets them. Only for display; what counts as a change is decided by compareTexts.
 */
export function wordDiff(a: string, b: string): WordRun[] {
  return diffWordsWithSpace(a, b).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
