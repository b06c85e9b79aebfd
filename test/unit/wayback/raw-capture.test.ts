// The raw form Verify fetches (`/web/<timestamp>id_/<original>`, the page as crawled, with no replay markers) reads
// as a Wayback capture: its time, its original, and the ordinary replay address as the archived copy.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';

const ORIGINAL =
  'https://www.washingtonpost.com/politics/inside-the-oval-office-with-trump-and-the-russians-broad-smiles-and-loose-lips/2017/05/16/2c7f8a3e-3a5a-11e7-9e48-c4f199710b69_story.html';
const html = readFileSync(new URL('../../fixtures/wapo-2017-oval-office/original.html', import.meta.url), 'utf8');

describe('a raw id_ capture', () => {
  test('is a Wayback capture at the time its address names, archived at the normal replay address', () => {
    const url = `https://web.archive.org/web/20170720011502id_/${ORIGINAL}`;
    const article = extractArticle(new JSDOM(html, { url }).window.document, url);
    expect(article?.source).toEqual({
      service: 'wayback',
      originalUrl: ORIGINAL,
      archiveUrl: `https://web.archive.org/web/20170720011502/${ORIGINAL}`,
      archiveShortUrl: null,
      archivedAt: '2017-07-20T01:15:02Z',
    });
    expect(article?.text).toContain('The meeting took place the morning of May 10 in the Oval Office');
  });
});
