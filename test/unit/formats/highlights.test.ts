import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article, Highlight } from '../../../src/article.js';
import {
  addHighlight,
  highlightsHtml,
  highlightsMarkdown,
  highlightsText,
  removeHighlight,
  sortHighlights,
} from '../../../src/formats/highlights.js';
import { articleToHtmlDocument } from '../../../src/formats/html-document.js';
import { articleToMarkdown } from '../../../src/formats/markdown.js';
import { occurrenceByContext } from '../../../src/formats/passage-links.js';
import { matchDirective, parseTextDirective } from '../../../src/formats/text-fragment.js';
import reference from '../../support/reference-article.json';

const article = reference as Article;
const AT = '2026-12-05T10:00:00Z';
const FIRST = 'Comfortable chastising and cajoling in his fluent English';
const LATER = 'The meeting that produced one of the biggest crises yet';
const win = new JSDOM('').window as unknown as Window & typeof globalThis;

const withHighlights = (...passages: string[]): Article => {
  let list: Highlight[] = [];
  for (const p of passages) list = addHighlight(article, list, p, 0, AT)!;
  return { ...article, highlights: list };
};

/** What a browser would select with the link's fragment, over the article's text. */
function selected(link: string): string | null {
  const hit = matchDirective(article.text, parseTextDirective(new URL(link).hash)!);
  return hit ? article.text.replace(/\s+/g, ' ').trim().slice(hit[0], hit[1]) : null;
}

describe('highlights as data', () => {
  it('adds a passage in text order, once, with the article’s own whitespace; refuses one the text lacks', () => {
    let list = addHighlight(article, [], `${LATER}  `, 0, AT)!;
    list = addHighlight(article, list, FIRST.replace(/ /g, '\n '), 0, AT)!;
    expect(list.map((h) => h.text)).toEqual([FIRST, LATER]);
    expect(addHighlight(article, list, FIRST, 0, AT)).toEqual(list);
    expect(addHighlight(article, list, 'words the article never had', 0, AT)).toBeNull();
    expect(removeHighlight(list, list[0]!).map((h) => h.text)).toEqual([LATER]);
  });

  it('keeps a highlight the text no longer holds, listed last', () => {
    const gone: Highlight = { text: 'not in this text', occurrence: 0, createdAt: AT };
    const kept: Highlight = { text: FIRST, occurrence: 0, createdAt: AT };
    expect(sortHighlights(article, [gone, kept])).toEqual([kept, gone]);
  });

  it('tells repeated words apart by the words before the selection', () => {
    const text = 'The senator said no. Then the vote. Later, the senator said no again.';
    expect(occurrenceByContext(text, 'senator said no', 'Then the vote. Later, the')).toBe(1);
    expect(occurrenceByContext(text, 'senator said no', 'The')).toBe(0);
    expect(occurrenceByContext(text, 'senator said no', '')).toBe(0);
    expect(occurrenceByContext(text, 'senator said no', 'Something else entirely. Later, the ')).toBe(1);
  });
});

describe('highlights in the saves', () => {
  it('Markdown: a Highlights section, each passage quoted with links that select exactly it', () => {
    const md = highlightsMarkdown(withHighlights(FIRST, LATER));
    expect(md.startsWith('## Highlights\n\n> Comfortable chastising')).toBe(true);
    const links = [...md.matchAll(/\]\((https:[^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links).toHaveLength(4);
    expect(links.map(selected)).toEqual([FIRST, FIRST, LATER, LATER]);
    expect(links[1]!.startsWith(article.source.archiveUrl!)).toBe(true);
    expect(highlightsMarkdown(article)).toBe('');
  });

  it('HTML and text: escaped passages, blockquote cite, both links', () => {
    const html = highlightsHtml(withHighlights(FIRST));
    expect(html).toContain('<h2>Highlights</h2>');
    expect(html).toMatch(
      /<blockquote cite="https:\/\/www\.washingtonpost\.com\/[^"]+#:~:text=[^"]+"><p>Comfortable chastising/,
    );
    expect(html).toMatch(/>Archived copy<\/a>/);
    const text = highlightsText(withHighlights(FIRST), 'Highlights from X');
    expect(text).toMatch(
      /^Highlights from X\n\n“Comfortable chastising and cajoling in his fluent English”\nOriginal: https:/,
    );
    const hostile = {
      ...article,
      text: 'Say <script>alert(1)</script> & more.',
      highlights: [{ text: '<script>alert(1)</script> &', occurrence: 0, createdAt: AT }],
    };
    expect(highlightsHtml(hostile)).not.toContain('<script>');
    expect(highlightsMarkdown(hostile)).toContain('\\<script\\>');
  });

  it('the Markdown and HTML saves end the article with the section; without highlights nothing changes', () => {
    const md = articleToMarkdown(withHighlights(LATER), win, { frontMatter: true, savedAt: AT });
    expect(md).toMatch(/\n## Highlights\n\n> The meeting that produced/);
    expect(articleToMarkdown(article, win)).not.toContain('## Highlights');
    const doc = articleToHtmlDocument(withHighlights(LATER), win, {
      images: new Map(),
      savedAt: AT,
      extensionVersion: '0.1.0',
      textSha256: 'a'.repeat(64),
    });
    expect(doc).toMatch(
      /<section class="ar-highlights">[\s\S]*The meeting that produced[\s\S]*<\/section>\n<\/article>/,
    );
  });
});
