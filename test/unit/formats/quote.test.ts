import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article.js';
import { quoteArticle } from '../../../src/formats/quote.js';
import {
  directiveFor,
  directiveString,
  findPassage,
  matchDirective,
  parseTextDirective,
} from '../../../src/formats/text-fragment.js';
import reference from '../../support/reference-article.json';

const article = reference as Article;
const ORIG = article.source.originalUrl!;
const ARCH = article.source.archiveUrl!;
const paras = article.text.split('\n\n');

/** The passage the quote's link opens at, found the way a browser does: parse the fragment, run the spec's search. */
function selected(text: string, link: string): string | null {
  const directive = parseTextDirective(new URL(link).hash);
  if (!directive) return null;
  const hit = matchDirective(text, directive);
  return hit ? text.replace(/\s+/g, ' ').trim().slice(hit[0], hit[1]) : null;
}

function fragmentOf(text: string, passage: string, occurrence = 0): string {
  const place = findPassage(text, passage, occurrence)!;
  return directiveString(directiveFor(text, place[0], place[1])!);
}

describe('text fragments for a passage of the article', () => {
  it.each([
    ['at the start', paras[0]!.split(' ').slice(0, 12).join(' ')],
    ['in the middle', 'The meeting took place the morning of May 10 in the Oval Office'],
    ['at the end', paras[paras.length - 1]!.split(' ').slice(-10).join(' ')],
    ['over two paragraphs', `${paras[3]}\n\n${paras[4]}`],
  ])('selects exactly the passage %s, on the original and the archived copy', (_, passage) => {
    const quote = quoteArticle(article, passage, { accessed: '2026-12-05' })!;
    expect(quote.originalLink!.startsWith(`${ORIG}#:~:text=`)).toBe(true);
    expect(quote.archiveLink!.startsWith(`${ARCH}#:~:text=`)).toBe(true);
    const want = passage.replace(/\s+/g, ' ').trim();
    expect(selected(article.text, quote.originalLink!)).toBe(want);
    expect(selected(article.text, quote.archiveLink!)).toBe(want);
  });

  it('writes a short passage whole and a long one as start,end', () => {
    expect(fragmentOf(article.text, 'the morning of May 10')).toBe(':~:text=the%20morning%20of%20May%2010');
    const long = `${paras[3]}\n\n${paras[4]}`;
    const words = long.replace(/\s+/g, ' ').split(' ');
    const [start, end] = [words.slice(0, 3), words.slice(-3)];
    expect(fragmentOf(article.text, long)).toBe(
      `:~:text=${encodeURIComponent(start.join(' ')).replace(/-/g, '%2D')},${encodeURIComponent(end.join(' ')).replace(/-/g, '%2D')}`,
    );
  });

  it('adds a prefix and suffix only when the words occur more than once', () => {
    const text = 'The vote was close. The senator said no. Later, the senator said no again.\n\nThe end.';
    expect(fragmentOf(text, 'The senator said no')).toBe(':~:text=The%20senator%20said%20no');
    // Matching ignores case, so the lower-case words occur twice: the second needs the word before it.
    const second = fragmentOf(text, 'the senator said no');
    expect(second).toBe(':~:text=Later%2C-,the%20senator%20said%20no');
    expect(matchDirective(text, parseTextDirective(second)!)).toEqual([
      text.indexOf('the senator said no again'),
      text.indexOf(' again'),
    ]);
  });

  it('percent-encodes the characters the syntax uses (- & ,) and reads them back', () => {
    const text = 'Ties: Smith-Jones & Co., 2–1, at 5-4.\n\nNothing else.';
    const fragment = fragmentOf(text, 'Smith-Jones & Co., 2–1');
    expect(fragment).toBe(':~:text=Smith%2DJones%20%26%20Co.%2C%202%E2%80%931');
    expect(selected(text, `https://example.org/#${fragment}`)).toBe('Smith-Jones & Co., 2–1');
  });

  it('works on text without spaces and in other scripts', () => {
    const zh = '卢宇说，在国外学习生活了将近10年。我愈发感觉到祖国的变化。\n\nМосква — столица России.';
    for (const passage of ['我愈发感觉到祖国的变化', 'Москва — столица']) {
      expect(selected(zh, `https://example.org/#${fragmentOf(zh, passage)}`)).toBe(passage);
    }
  });

  it('matches as the spec does: case-insensitive, whole words, whitespace free', () => {
    const text = 'A category of cats.\n\nThe  Cat sat.';
    expect(matchDirective(text, { prefix: null, start: 'cat', end: null, suffix: null })).toEqual([
      text.replace(/\s+/g, ' ').indexOf('Cat'),
      text.replace(/\s+/g, ' ').indexOf('Cat') + 3,
    ]);
    expect(matchDirective(text, { prefix: null, start: 'dog', end: null, suffix: null })).toBeNull();
  });
});

describe('quoteArticle', () => {
  const passage = 'The meeting took place the morning of May 10 in the Oval Office';

  it('gives the passage, the citation and both links in text', () => {
    const quote = quoteArticle(article, passage, { accessed: '2026-12-05' })!;
    expect(quote.text).toBe(
      `“${passage}”\n\n` +
        `Rucker, P., & DeYoung, K. (2017, May 16). Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips. The Washington Post. ${ORIG}\n` +
        `Original: ${ORIG}#:~:text=The%20meeting%20took%20place%20the%20morning%20of%20May%2010%20in%20the%20Oval%20Office\n` +
        `Archived copy: ${ARCH}#:~:text=The%20meeting%20took%20place%20the%20morning%20of%20May%2010%20in%20the%20Oval%20Office\n`,
    );
  });

  it('is a blockquote with a Robust Link in HTML', () => {
    const quote = quoteArticle(article, passage, { style: 'mla', accessed: '2026-12-05' })!;
    const doc = new JSDOM(quote.html).window.document;
    expect(doc.querySelector('blockquote')?.getAttribute('cite')).toBe(quote.originalLink);
    expect(doc.querySelector('blockquote p')?.textContent).toBe(passage);
    const robust = doc.querySelector('a[data-versionurl]')!;
    expect(robust.getAttribute('href')).toBe(quote.originalLink);
    expect(robust.getAttribute('data-originalurl')).toBe(ORIG);
    expect(robust.getAttribute('data-versionurl')).toBe(quote.archiveLink);
    expect(robust.getAttribute('data-versiondate')).toBe('2017-07-19');
    expect(doc.querySelector('blockquote + p')?.textContent).toContain('Rucker, Philip, and Karen DeYoung.');
  });

  it('is > lines with autolinked addresses in Markdown', () => {
    const quote = quoteArticle(article, `${paras[3]}\n\n${paras[4]}`, { accessed: '2026-12-05' })!;
    expect(quote.markdown.startsWith(`> ${paras[3]}\n>\n> ${paras[4]}\n\nRucker, P., \\& DeYoung, K.`)).toBe(true);
    expect(quote.markdown).toContain(`<${ORIG}>`);
    expect(quote.markdown).toContain(`[Archived copy](${ARCH}#:~:text=`);
  });

  it('is null for a passage the article does not hold, and ignores spacing', () => {
    expect(quoteArticle(article, 'the morning of May 11')).toBeNull();
    expect(quoteArticle(article, '  the morning\n of   May 10 ')?.passage).toBe('the morning of May 10');
  });

  it('links only the page itself for an ordinary page', () => {
    const page: Article = {
      ...article,
      source: { ...article.source, service: 'none', archiveUrl: null, archiveShortUrl: null, archivedAt: null },
    };
    const quote = quoteArticle(page, passage, { accessed: '2026-12-05' })!;
    expect(quote.archiveLink).toBeNull();
    expect(quote.html).not.toContain('data-versionurl');
  });
});
