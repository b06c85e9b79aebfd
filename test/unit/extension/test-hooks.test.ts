// The hooks the browser tests drive the extension by are compiled into the test build only (build.mjs,
// src/extension/shared/test-hooks.ts): the extension people install has none of them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PRODUCTION = path.join(ROOT, 'dist/extension');
const TEST_BUILD = path.join(ROOT, 'dist/extension-test');
/** Every name a hook is reached by (test/e2e) or defined under (src/extension). */
const HOOK_NAMES = [
  'archiveReader',
  'archiveReaderTest',
  'failNextLibraryWrite',
  'exposeLibraryTestHook',
  'exposeTestHooks',
  '__TEST_HOOKS__',
];

function scripts(dir: string): Map<string, string> {
  if (!existsSync(dir)) throw new Error(`${path.relative(ROOT, dir)} is missing: run npm run build first`);
  const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
  return new Map(files.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

describe('test hooks', () => {
  it('appear in no script of the production build', () => {
    const found: string[] = [];
    for (const [name, code] of scripts(PRODUCTION)) {
      for (const hook of HOOK_NAMES) if (code.includes(hook)) found.push(`${name}: ${hook}`);
    }
    expect(found).toEqual([]);
  });

  it('are in the test build, which the browser tests load', () => {
    const code = [...scripts(TEST_BUILD).values()].join('\n');
    for (const hook of ['archiveReader', 'archiveReaderTest', 'failNextLibraryWrite']) expect(code).toContain(hook);
  });
});
