/**
 * The hooks the browser tests (test/e2e) drive the extension by, on an extension page's or the background's own
 * global scope (which web pages and content scripts cannot see). Only the test build has them: build.mjs defines
 * `__TEST_HOOKS__` as true for dist/extension-test and false for dist/extension, and the minifier drops the
 * false branches with the names in them (test/unit/extension/test-hooks.test.ts checks the shipped files).
 */
declare const __TEST_HOOKS__: boolean;

/** True in the test build only; false too where nothing defines the flag (the unit tests). */
export const TEST_HOOKS = typeof __TEST_HOOKS__ === 'boolean' && __TEST_HOOKS__;

/** `archiveReader`: what the tests cannot do through the interface (press the shortcut, read the shown article). */
export function exposeTestHooks(hooks: Record<string, unknown>): void {
  if (TEST_HOOKS) (globalThis as typeof globalThis & { archiveReader?: unknown }).archiveReader = hooks;
}
