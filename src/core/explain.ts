import { snippet, tagOf } from './dom.js';

/** One element the cleaning removed (or changed), and the rule that did it: what `--explain` prints. */
export interface Removal {
  rule: string;
  tag: string;
  text: string;
}

/**
 * Collects removals when asked to; costs nothing otherwise. The core never changes the page: every rule that
 * leaves an element out of the clean copy notes it here, so that a wrong removal can be traced to its rule in
 * seconds.
 */
export class RemovalLog {
  readonly entries: Removal[] = [];
  constructor(private readonly enabled: boolean) {}

  note(el: Element, rule: string): void {
    if (this.enabled) this.entries.push({ rule, tag: tagOf(el), text: snippet(el) });
  }
}
