import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { DomWindow } from '../formats/sanitize.js';
import { parseArgs, USAGE } from './args.js';
import { looksLikeHtml, NoArticleError, ownAddress, readInput } from './input.js';
import { err, out } from './terminal.js';

// Everything else is imported by the command that needs it, so that a command loads only its own code: jsdom and
// the extractor only once there is a page to read, citations, quoting, saving (EPUB, zip, images), verify and batch
// only for their own flags (build.mjs splits them into chunks of their own).

/** The command: its output on stdout (and notes on stderr); the exit code, or a thrown UsageError/NoArticleError. */
export async function run(argv: readonly string[], version: string): Promise<number> {
  if (argv[0] === 'verify') return (await import('./verify.js')).runVerify(argv.slice(1));
  if (argv[0] === 'batch') {
    const { runBatch } = await import('./batch/command.js');
    // The worker is its own bundle beside this one (build.mjs: dist/cli-batch-worker.mjs).
    return runBatch(argv.slice(1), version, new URL('./cli-batch-worker.mjs', import.meta.url));
  }
  const args = parseArgs(argv);
  if (args.help) {
    out(USAGE + '\n');
    return 0;
  }
  if (args.version) {
    out(version + '\n');
    return 0;
  }
  if (args.inputs.length > 1) return (await import('./many.js')).runMany(args, version);
  const html = await readInput(args.input);
  if (!looksLikeHtml(html))
    throw new NoArticleError(`${args.input === '-' ? 'standard input' : args.input} is not an HTML page`);
  const inputPath = args.input === '-' ? null : path.resolve(args.input);
  // The document is addressed as the file it came from, so resources saved beside it resolve; the page's own
  // address comes from --url or, without it, from the page's canonical and bookmark links.
  const [{ parseHtml }, { extractWithReport }, { TRY_ANYWAY }] = await Promise.all([
    import('./dom.js'),
    import('../core/extract.js'),
    import('../core/pipeline.js'),
  ]);
  const doc = parseHtml(html, args.url ?? (inputPath ? pathToFileURL(inputPath).href : null));
  const url = args.url ?? ownAddress(doc) ?? doc.URL;
  const report = extractWithReport(doc, url, { explain: args.explain, ...(args.tryAnyway ? TRY_ANYWAY : {}) });
  if (args.explain) {
    err((await import('./output.js')).explainRemovals(report.removals));
  }
  const article = report.article;
  if (!article) throw new NoArticleError((await import('./refusal.js')).refusalMessage(report, args.explain));
  const win = doc.defaultView as unknown as DomWindow; // jsdom's window: the DOM the formats need in Node

  if (args.quote !== null) {
    const { quoteArticle } = await import('../formats/quote.js');
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
    const { cite } = await import('../formats/citation/index.js');
    const c = cite(article, args.cite, { accessed: args.accessed ?? undefined });
    out((args.citeHtml && c.html ? c.html : c.text) + (c.text.endsWith('\n') ? '' : '\n'));
    return 0;
  }
  if (args.save && args.output) {
    const { saveArticle } = await import('./save.js');
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
  out(await (await import('./output.js')).renderArticle(article, args.format, win));
  return 0;
}
