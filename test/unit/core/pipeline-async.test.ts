// The extension reads pages with `runExtractionInSteps`, which gives the event loop a turn between its phases; the
// command line and the library use the one-go `runExtraction`. Both must give the same report, article and all.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/core/archives/index.js';
import { readHead } from '../../../src/core/metadata/head.js';
import { publisherForHost } from '../../../src/core/metadata/publishers.js';
import { runExtraction, runExtractionInSteps, type ExtractOptions } from '../../../src/core/pipeline.js';
import { fixture, parseDocument } from '../../support/dom.js';
import { sharedCorpus } from '../../support/shared-corpus.js';

/** The options the extension reads pages with (src/extension/shared/extract-copy.ts). */
const OPTIONS: ExtractOptions = { adapters: ADAPTERS, readHead, publisherFor: publisherForHost };

/** Both runs, each on its own parse of the page (a run must not lean on what the other left in the document). */
async function bothRuns(html: string, url: string) {
  const oneGo = runExtraction(parseDocument(html, url), url, OPTIONS);
  let pauses = 0;
  const stepped = await runExtractionInSteps(parseDocument(html, url), url, OPTIONS, async () => {
    pauses++;
  });
  return { oneGo, stepped, pauses };
}

describe('runExtractionInSteps gives what runExtraction gives', () => {
  it('on the reference snapshot, pausing between the phases', async () => {
    const url = 'https://archive.ph/qF3xK';
    const { oneGo, stepped, pauses } = await bothRuns(fixture('snapshot.html'), url);
    expect(pauses).toBe(2);
    expect(oneGo.article?.title).toMatch(/Oval Office/);
    expect(stepped).toEqual(oneGo);
  });

  it('with the default pause (the event loop really turns)', async () => {
    const url = 'https://archive.ph/qF3xK';
    const html = fixture('snapshot.html');
    const oneGo = runExtraction(parseDocument(html, url), url, OPTIONS);
    let turned = false;
    setTimeout(() => {
      turned = true;
    }, 0);
    const stepped = await runExtractionInSteps(parseDocument(html, url), url, OPTIONS);
    expect(stepped).toEqual(oneGo);
    expect(turned).toBe(true);
  });

  const corpus = sharedCorpus('readability-archived');
  const cases = ['aclu', '001', 'wikipedia'].filter((name) => existsSync(path.join(corpus, name, 'page.html')));
  it.skipIf(cases.length === 0).each(cases)('on the corpus page %s', async (name) => {
    const meta = JSON.parse(readFileSync(path.join(corpus, name, 'meta.json'), 'utf8')) as { url: string };
    const { oneGo, stepped } = await bothRuns(readFileSync(path.join(corpus, name, 'page.html'), 'utf8'), meta.url);
    expect(oneGo.article).not.toBeNull();
    expect(stepped).toEqual(oneGo);
  });
});
