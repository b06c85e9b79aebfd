/**
 * Many articles cited in one file: a `.bib` or `.ris` with one record per article, a CSL-JSON array, or a
 * bibliography of text citations one per paragraph. Keys stay unique: articles whose derived keys collide get
 * BibTeX's customary letters (`rucker2017insidea`, `rucker2017insideb`).
 */
import type { Article } from '../../article.js';
import { buildContext } from './context.js';
import { cite, type CitationOptions, type CitationStyleId } from './index.js';
import { citationKey } from './key.js';

function uniqueKeys(articles: readonly Article[], options: CitationOptions): string[] {
  const keys = articles.map((article) => citationKey(buildContext(article, options)));
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const used = new Map<string, number>();
  return keys.map((key) => {
    if (counts.get(key)! < 2) return key;
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    // a…z, then aa, ab…: as many letters as it takes.
    let suffix = '';
    for (let i = n; ; i = Math.floor(i / 26) - 1) {
      suffix = String.fromCharCode(97 + (i % 26)) + suffix;
      if (i < 26) break;
    }
    return `${key}${suffix}`;
  });
}

export function citeCollection(
  articles: readonly Article[],
  style: CitationStyleId,
  options: CitationOptions = {},
): string {
  const keys = uniqueKeys(articles, options);
  const texts = articles.map((article, i) => cite(article, style, { ...options, key: keys[i] }).text);
  if (style === 'csl-json')
    return (
      JSON.stringify(
        texts.flatMap((text) => JSON.parse(text) as unknown[]),
        null,
        2,
      ) + '\n'
    );
  const records = texts.map((text) => text.replace(/\s+$/, ''));
  // One record (or, for text styles, one citation) per paragraph; RIS keeps its CRLF line ends.
  return style === 'ris' ? records.join('\r\n\r\n') + '\r\n' : records.join('\n\n') + '\n';
}
