import type { Article } from '../article.js';
import { citeCollection } from '../formats/citation/collection.js';
import type { CliArgs } from './args.js';
import { readArticle } from './read.js';
import { err, out } from './terminal.js';

/**
 * Several inputs into one file: a citation file with a record per article (`--cite`), or one book (`--save
 * epub`). Every input must give an article: a citation file that silently lacks one is worse than an error.
 */
export async function runMany(args: CliArgs, version: string): Promise<number> {
  const articles: Article[] = [];
  for (const [i, input] of args.inputs.entries())
    articles.push(await readArticle(input, null, `input ${i + 1}`, args.tryAnyway));
  if (args.cite) {
    out(citeCollection(articles, args.cite, { accessed: args.accessed ?? undefined }));
    return 0;
  }
  const { saveBook } = await import('./save-book.js');
  await saveBook(articles, args.output!, {
    offline: args.offline,
    allowPrivate: args.allowPrivateHosts,
    version,
    inputs: args.inputs,
  });
  err(`saved ${args.output} (${articles.length} articles)\n`);
  return 0;
}
