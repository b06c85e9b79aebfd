import type { ExtractReport } from '../core/extract.js';
import { refusalLines } from '../formats/refusal.js';
import { english } from './messages.js';

const FAILURE_MESSAGES = {
  'no-article': 'no article found in this page',
  'too-large': 'page too large: more elements than the extractor reads (--try-anyway reads it all the same)',
} as const;

/** The one-line message of a page without an article: its cause, and with `--explain` where the page's text went. */
export function refusalMessage(report: ExtractReport, explain: boolean): string {
  const failure = FAILURE_MESSAGES[report.failure ?? 'no-article'];
  if (!report.refusal) return failure;
  const [cause, ...rest] = refusalLines(report.refusal, english, (n) => n.toLocaleString('en'));
  if (!explain) return `${failure}: ${cause}${rest.length ? ' (--explain says more)' : ''}`;
  return [`${failure}: ${cause}`, ...rest.map((line) => `  ${line}`)].join('\n');
}
