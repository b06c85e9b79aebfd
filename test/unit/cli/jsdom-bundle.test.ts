import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/dom.js';
import { jsdomFromBundle } from '../../../src/cli/jsdom-load.js';
import { extractArticle } from '../../../src/index.js';

// dist/cli-jsdom.cjs: jsdom as one file, which the built command line loads with a V8 code cache
// (src/cli/jsdom-load.ts). `npm test` builds before it runs these.
const BUNDLE = path.resolve('dist/cli-jsdom.cjs');
const SNAPSHOT = 'test/fixtures/wapo-2017-oval-office/snapshot.html';
const SNAPSHOT_URL = 'https://archive.ph/qF3xK';

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('dist/cli-jsdom.cjs is missing: run `node build.mjs` first');
});

describe('jsdom bundled for the command line', () => {
  it('is the package: the reference snapshot gives the same document and the same article', () => {
    const html = readFileSync(SNAPSHOT, 'utf8');
    const fromPackage = parseHtml(html, SNAPSHOT_URL);
    const fromBundle = parseHtml(html, SNAPSHOT_URL, jsdomFromBundle(BUNDLE, null));
    // Two copies of jsdom, not one loaded twice.
    expect(Object.getPrototypeOf(fromBundle) === Object.getPrototypeOf(fromPackage)).toBe(false);
    expect(fromBundle.documentElement.outerHTML).toBe(fromPackage.documentElement.outerHTML);
    const article = extractArticle(fromBundle, SNAPSHOT_URL);
    expect(article?.title).toBe('Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips');
    expect(JSON.stringify(article)).toBe(JSON.stringify(extractArticle(fromPackage, SNAPSHOT_URL)));
  });

  it("hands out the modules the command line's jsdom fixes patch, and they are patched", () => {
    const jsdom = jsdomFromBundle(BUNDLE, null);
    const collections = (
      jsdom.internal('lib/jsdom/living/nodes/HTMLCollection-impl.js') as {
        implementation: { prototype: { namedItem: unknown } };
      }
    ).implementation.prototype;
    const styles = jsdom.internal('lib/generated/idl/CSSStyleProperties.js') as {
      createImpl(...a: unknown[]): unknown;
    };
    const scan = collections.namedItem;
    const createImpl = styles.createImpl;
    let declarations = 0;
    styles.createImpl = (...args: unknown[]) => {
      declarations++;
      return createImpl.apply(styles, args);
    };
    const doc = parseHtml(`<body>${'<div style="color: red">x</div>'.repeat(50)}</body>`, null, jsdom);
    expect(collections.namedItem).not.toBe(scan);
    // Style declarations are built when `style` is read, not for every element as the page loads.
    expect(declarations).toBe(0);
    expect(doc.querySelector('div')!.style.color).toBe('red');
    expect(declarations).toBe(1);
  });
});

describe('the code cache of the bundled jsdom', () => {
  const run = promisify(execFile);
  // A copy of the command line in its own folder inside dist/ (so that its packages resolve), with no cache yet.
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.resolve('dist/code-cache-test-'));
    for (const part of ['cli.mjs', 'cli-chunks', 'cli-jsdom.cjs'])
      cpSync(`dist/${part}`, path.join(dir, part), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = async () =>
    JSON.parse(
      (await run(process.execPath, [path.join(dir, 'cli.mjs'), SNAPSHOT, '--url', SNAPSHOT_URL, '--format', 'json']))
        .stdout,
    );

  it('is made by the first run, and a refused cache changes nothing but is made again', async () => {
    const cache = path.join(dir, 'cli-jsdom.cache');
    const expected = JSON.parse(
      JSON.stringify(extractArticle(parseHtml(readFileSync(SNAPSHOT, 'utf8'), SNAPSHOT_URL), SNAPSHOT_URL)),
    );
    expect(existsSync(cache)).toBe(false);
    expect(await cli()).toEqual(expected);
    expect(statSync(cache).size).toBeGreaterThan(100_000);
    expect(await cli()).toEqual(expected);

    writeFileSync(cache, 'not a code cache');
    expect(await cli()).toEqual(expected);
    expect(statSync(cache).size).toBeGreaterThan(100_000);
  }, 60_000);
});
