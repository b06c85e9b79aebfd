/**
 * A fault to inject into the next library write, for tests only: the write then fails part-way through its
 * transaction, the way a full disk makes it fail, so tests can see that nothing half-saved remains and that
 * the person is told why. Nothing in the extension arms it; the unit tests import it, and the browser tests
 * reach it through `archiveReaderTest` on an extension page's own global scope (which web pages and content
 * scripts cannot see), in the test build only (../test-hooks.ts).
 */
import { TEST_HOOKS } from '../test-hooks.js';

interface Fault {
  /** How many record/image writes succeed before the failure. */
  afterWrites: number;
  error: () => Error;
}

// Kept on the page's global scope, not in this module: a page may load the library code in more than one
// bundle (the popup's own script and the save script it loads on demand), and all of them must see one fault.
const KEY = Symbol.for('archive-reader.library-fault');
type FaultScope = typeof globalThis & { [KEY]?: Fault | null };
const scope = globalThis as FaultScope;

/** Makes the next library write throw `name` (a DOMException) after `afterWrites` successful puts. */
export function armLibraryFault(name = 'QuotaExceededError', afterWrites = 1): void {
  scope[KEY] = {
    afterWrites,
    error: () =>
      new DOMException(name === 'QuotaExceededError' ? 'The quota has been exceeded.' : `Injected ${name}`, name),
  };
}

export function disarmLibraryFault(): void {
  scope[KEY] = null;
}

/** Called by the write path before each put, with the number of puts already made in this transaction. */
export function checkLibraryFault(writesSoFar: number): void {
  const armed = scope[KEY];
  if (armed && writesSoFar >= armed.afterWrites) {
    scope[KEY] = null;
    throw armed.error();
  }
}

/** Puts the hook on the page's global scope for the browser tests, in the test build only. */
export function exposeLibraryTestHook(): void {
  if (!TEST_HOOKS) return;
  (globalThis as typeof globalThis & { archiveReaderTest?: unknown }).archiveReaderTest = {
    failNextLibraryWrite: (name?: string) => armLibraryFault(name),
  };
}
