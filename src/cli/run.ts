import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { extractWithReport, type ExtractReport } from '../core/extract.js';
import { TRY_ANYWAY } from '../core/pipeline.js';
import { cite } from '../formats/citation/index.js';
import { quoteArticle } from '../formats/quote.js';
import { refusalLines } from '../formats/refusal.js';
import type { DomWindow } from '../formats/sanitize.js';
import { parseArgs, USAGE } from './args.js';
import { looksLikeHtml, NoArticleError, ownAddress, parseHtml, readInput } from './input.js';
import { english } from './messages.js';
import { explainRemovals, renderArticle } from './output.js';
import { saveArticle } from './save.js';
import { err, out } from './terminal.js';
import { runVerify } from './verify.js';

const FAILURE_MESSAGES = {
  'no-article': 'no article found in this page',
  'too-large': 'page too large: more elements than the extractor reads (--try-anyway reads it all the same)',
} as const;

/** The one-line message of a page without an article: its cause, and with `--explain` where the page's text went. */
function refusalMessage(report: ExtractReport, explain: boolean): string {
  const failure = FAILURE_MESSAGES[report.failure ?? 'no-article'];
  if (!report.refusal) return failure;
  const [cause, ...rest] = refusalLines(report.refusal, english, (n) => n.toLocaleString('en'));
  if (!explain) return `${failure}: ${cause}${rest.length ? ' (--explain says more)' : ''}`;
  return [`${failure}: ${cause}`, ...rest.map((line) => `  ${line}`)].join('\n');
}

/** The command: its output on stdout (and notes on stderr); the exit code, or a thrown UsageError/NoArticleError. */
export async function run(argv: readonly string[], version: string): Promise<number> {
  if (argv[0] === 'verify') return runVerify(argv.slice(1));
  const args = parseArgs(argv);
  if (args.help) {
    out(USAGE + '\n');
    return 0;
  }
  if (args.version) {
    out(version + '\n');
    return 0;
  }
  const html = await readInput(args.input);
  if (!looksLikeHtml(html)) throw new NoArticleError(`${args.input === '-' ? 'standard input' : args.input} is not an HTML page`);
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
    const quote = quoteArticle(article, args.quote, { style: args.cite ?? 'apa', accessed: args.accessed ?? undefined });
    if (!quote) throw new NoArticleError('the passage is not in the article (it must be the article\'s exact words; spacing aside)');
    const format = args.formatGiven ? args.format : 'text';
    out(format === 'json' ? JSON.stringify(quote, null, 2) + '\n' : format === 'markdown' ? quote.markdown : format === 'html' ? quote.html : quote.text);
    return 0;
  }
  if (args.cite) {
    const c = cite(article, args.cite, { accessed: args.accessed ?? undefined });
    out((args.citeHtml && c.html ? c.html : c.text) + (c.text.endsWith('\n') ? '' : '\n'));
    return 0;
  }
  if (args.save && args.output) {
    const saved = await saveArticle(article, args.save, args.output, win, { inputPath, offline: args.offline, allowPrivate: args.allowPrivateHosts, version });
    const note = saved.images > saved.embedded ? ` (${saved.images - saved.embedded} of ${saved.images} images could not be reached and stay as links)` : '';
    err(`saved ${args.output}${note}\n`);
    return 0;
  }
  out(renderArticle(article, args.format, win));
  return 0;
}

