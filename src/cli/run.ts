import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { extractWithReport } from '../core/extract.js';
import { TRY_ANYWAY } from '../core/pipeline.js';
import { cite } from '../formats/citation/index.js';
import { quoteArticle } from '../formats/quote.js';
import type { DomWindow } from '../formats/sanitize.js';
import { parseArgs, USAGE } from './args.js';
import { looksLikeHtml, NoArticleError, ownAddress, parseHtml, readInput } from './input.js';
import { explainRemovals, renderArticle } from './output.js';
import { refusalMessage } from './refusal.js';
import { saveArticle } from './save.js';
import { err, out } from './terminal.js';
import { runVerify } from './verify.js';
import { runMany } from './many.js';
import { runBatch } from './batch/command.js';

/** The command: its output on stdout (and notes on stderr); the exit code, or a thrown UsageError/NoArticleError. */
export async function run(argv: readonly string[], version: string): Promise<number> {
  if (argv[0] === 'verify') return runVerify(argv.slice(1));
  // The worker is its own bundle beside this one (build.mjs: dist/cli-batch-worker.mjs).
  if (argv[0] === 'batch') return runBatch(argv.slice(1), version, new URL('./cli-batch-worker.mjs', import.meta.url));
  const args = parseArgs(argv);
  if (args.help) {
    out(USAGE + '\n');
    return 0;
  }
  if (args.version) {
    out(version + '\n');
    return 0;
  }
  if (args.inputs.length > 1) return runMany(args, version);
  const html = await readInput(args.input);
  if (!looksLikeHtml(html))
    throw new NoArticleError(`${args.input === '-' ? 'standard input' : args.input} is not an HTML page`);
  const inputPath = args.input === '-' ? null : path.resolve(args.input);
  // The document is addressed as the file it came from, so resources saved beside it resolve; the page's own
  // address comes from --url or, without it, from the page's canonical and bookmark links.
  const doc = parseHtml(html, args.url ?? (inputPath ? pathToFileURL(inputPath).href : null));
  const url = args.url ?? ownAddress(doc) ?? doc.URL;
  const report = extractWithReport(doc, url, { explain: args.explain, ...(args.tryAnyway ? TRY_ANYWAY : {}) });
  if (args.explain) err(explainRemovals(report.removals));
  const article = report.article;
  if (!article) throw new NoArticleError(refusalMessage(report, args.explain));
  const win = doc.defaultView as unknown as DomWindow; // jsdom's window: the DOM the formats need in Node

  if (args.quote !== null) {
    const quote = quoteArticle(article, args.quote, {
      style: args.cite ?? 'apa',
      accessed: args.accessed ?? undefined,
    });
    if (!quote)
      throw new NoArticleError(
        "the passage is not in the article (it must be the article's exact words; spacing aside)",
      );
    const format = args.formatGiven ? args.format : 'text';
    out(
      format === 'json'
        ? JSON.stringify(quote, null, 2) + '\n'
        : format === 'markdown'
          ? quote.markdown
          : format === 'html'
            ? quote.html
            : quote.text,
    );
    return 0;
  }
  if (args.cite) {
    const c = cite(article, args.cite, { accessed: args.accessed ?? undefined });
    out((args.citeHtml && c.html ? c.html : c.text) + (c.text.endsWith('\n') ? '' : '\n'));
    return 0;
  }
  if (args.save && args.output) {
    const saved = await saveArticle(article, args.save, args.output, win, {
      inputPath,
      offline: args.offline,
      allowPrivate: args.allowPrivateHosts,
      version,
    });
    const note =
      saved.images > saved.embedded
        ? ` (${saved.images - saved.embedded} of ${saved.images} images could not be reached and stay as links)`
        : '';
    err(`saved ${args.output}${note}\n`);
    return 0;
  }
  out(renderArticle(article, args.format, win));
  return 0;
}
