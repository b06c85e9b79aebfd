// What the browser suites check against: the reference snapshot's truth, and the checks both suites share.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// The test build: the production one (dist/extension) has none of the hooks these suites drive it by (build.mjs).
export const EXTENSION_DIR = path.resolve(here, '../../dist/extension-test');
export const ARTIFACTS = path.resolve(here, '../../test-artifacts');
export const truth = JSON.parse(
  readFileSync(path.resolve(here, '../fixtures/wapo-2017-oval-office/truth.json'), 'utf8'),
);

export const SNAPSHOT_URL = 'https://archive.ph/qF3xK';
export const NO_ARTICLE_URL = 'https://archive.ph/nOArt';
/** The reference snapshot carrying named elements that clobber globals and document properties (server.mjs). */
export const CLOBBERED_URL = 'https://archive.ph/cL0bR';
export const GECKO_ID = JSON.parse(readFileSync(path.resolve(here, '../../manifest.json'), 'utf8'))
  .browser_specific_settings.gecko.id;

export const normalise = (text) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Every truth paragraph present, none of the clutter: the article, and only the article. */
export function assertCleanArticle(text, where) {
  const flat = normalise(text);
  const missing = truth.paragraphs.filter((p) => !flat.includes(normalise(p)));
  assert.deepEqual(missing, [], `${where}: ${missing.length} of ${truth.paragraphs.length} truth paragraphs missing`);
  const clutter = truth.mustNotContain.filter((s) => flat.includes(s));
  assert.deepEqual(clutter, [], `${where}: clutter present`);
}

/** Markdown read as prose: images dropped, links reduced to their text, escapes undone. */
export function markdownProse(markdown) {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[((?:\\.|[^\]\\])*)\]\((?:<[^>]*>|[^)\s]*)(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
}

/** Links point to the original pages, never to archive.ph/o/…; the truth's in-text links are all there. */
export function assertOriginalLinks(hrefs, where) {
  const wrapped = hrefs.filter((href) => /archive\.(?:ph|is|li|vn|fo|md|today)\/o\//.test(href));
  assert.deepEqual(wrapped, [], `${where}: links still wrapped by the archive`);
  const missing = truth.links.map((l) => l.href).filter((href) => !hrefs.includes(href));
  assert.deepEqual(missing, [], `${where}: original links missing`);
}

export async function artifactPath(name) {
  await mkdir(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

export async function poll(check, { timeout = 10_000, interval = 50, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
