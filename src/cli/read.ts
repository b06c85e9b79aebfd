import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../article.js';
import { extractWithReport } from '../core/extract.js';
import { TRY_ANYWAY } from '../core/pipeline.js';
import { parseHtml } from './dom.js';
import { looksLikeHtml, NoArticleError, ownAddress, readInput } from './input.js';
import { refusalMessage } from './refusal.js';

/**
 * One input read to its article, for commands that read several (verify, many-input citations and books). The
 * document is closed afterwards: only the plain `Article` is kept. `label` names the input in messages.
 */
export async function readArticle(
  input: string,
  url: string | null,
  label: string,
  tryAnyway = false,
): Promise<Article> {
  const html = await readInput(input);
  const name = input === '-' ? 'standard input' : input;
  if (!looksLikeHtml(html)) throw new NoArticleError(`${label} (${name}) is not an HTML page`);
  const doc = parseHtml(html, url ?? (input === '-' ? null : pathToFileURL(path.resolve(input)).href));
  try {
    const report = extractWithReport(doc, url ?? ownAddress(doc) ?? doc.URL, tryAnyway ? TRY_ANYWAY : {});
    if (!report.article) throw new NoArticleError(`${label} (${name}): ${refusalMessage(report, false)}`);
    return report.article;
  } finally {
    doc.defaultView?.close();
  }
}
