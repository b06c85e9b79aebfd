import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article.js';
import { articleFileName, slugify } from '../../../src/formats/filename.js';
import reference from '../../support/reference-article.json';

const article = reference as Article;

function named(title: string, siteName: string | null, originalUrl: string | null = null): Article {
  return { ...article, title, siteName, source: { ...article.source, originalUrl } };
}

describe('articleFileName', () => {
  it('names the reference article by site and title, within 80 characters', () => {
    const name = articleFileName(article, 'md');
    expect(name).toBe('the-washington-post-inside-the-oval-office-with-trump-and-the-russians-broad.md');
    expect(name.length).toBeLessThanOrEqual(80);
  });

  it.each([
    [
      named('Tête-à-tête: Œuvres complètes de la Straße', 'Le Monde'),
      'epub',
      'le-monde-tete-a-tete-oeuvres-completes-de-la-strasse.epub',
    ],
    [named('東京の天気', null, 'https://www.nhk.or.jp/news/1'), 'html', 'nhk-or-jp.html'],
    [named('', null), 'md', 'article.md'],
    [named('../../etc/passwd', null), 'md', 'etc-passwd.md'],
    [named('CON', null), 'txt', 'con-article.txt'],
    [named('Reuters: Oil prices rise', 'Reuters'), 'zip', 'reuters-oil-prices-rise.zip'],
    [named("Don't stop", null), '.EPUB', 'dont-stop.epub'],
    [named('a<b>c:d"e/f\\g|h?i*j', null), 'html', 'a-b-c-d-e-f-g-h-i-j.html'],
  ])('%#: %s', (input, ext, expected) => {
    expect(articleFileName(input, ext)).toBe(expected);
  });

  it('cuts long titles at a word boundary and stays ASCII', () => {
    const name = articleFileName(named('word '.repeat(40) + 'end', 'Some Very Long Publication Name Indeed'), 'epub');
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^[a-z0-9-]+[a-z0-9]\.epub$/);
    expect(name.startsWith('some-very-long-publication-name-indeed-word-word')).toBe(true);
  });
});

describe('slugify', () => {
  it('folds accents and ligatures to ASCII', () => {
    expect(slugify('Æsir Łódź Þór façade naïve São Paulo')).toBe('aesir-lodz-thor-facade-naive-sao-paulo');
  });
});
