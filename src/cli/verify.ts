import { verificationReport, verificationText } from '../formats/verification.js';
import { flagValue, UsageError } from './args.js';
import { readArticle } from './read.js';
import { out } from './terminal.js';

const VERIFY_USAGE = `Usage: archive-reader verify <a.html> <b.html> [--url-a URL] [--url-b URL] [--format text|json]

Compares the article of two copies of a page (an archive.today snapshot, a Wayback Machine capture, the original)
passage by passage: are they the same text?

  --url-a URL, --url-b URL   the address each page was read from (default: the page's own canonical/bookmark link)
  --format FORMAT            text (a readable report, the default) | json

Exit codes: 0 identical, 3 the texts differ (or are unrelated), 1 usage or I/O error, 2 no article on a side.`;

interface VerifyArgs {
  a: string;
  b: string;
  urlA: string | null;
  urlB: string | null;
  format: 'text' | 'json';
  help: boolean;
}

function parseVerifyArgs(argv: readonly string[]): VerifyArgs {
  const args: VerifyArgs = { a: '', b: '', urlA: null, urlB: null, format: 'text', help: false };
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => flagValue(argv, i++);
    if (flag === '--url-a') args.urlA = value();
    else if (flag === '--url-b') args.urlB = value();
    else if (flag === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new UsageError(`verify: unknown format "${f}" (text, json)`);
      args.format = f;
    } else if (flag === '-h' || flag === '--help') args.help = true;
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`verify: unknown option ${flag}`);
    else inputs.push(flag);
  }
  if (args.help) return args;
  if (inputs.length !== 2) throw new UsageError(`verify takes two pages, got ${inputs.length}`);
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('verify: only one side can be standard input');
  [args.a, args.b] = inputs as [string, string];
  return args;
}

/** `archive-reader verify a b`: 0 identical, 3 differs or unrelated. */
export async function runVerify(argv: readonly string[]): Promise<number> {
  const args = parseVerifyArgs(argv);
  if (args.help) {
    out(VERIFY_USAGE + '\n');
    return 0;
  }
  const a = await readArticle(args.a, args.urlA, 'A');
  const b = await readArticle(args.b, args.urlB, 'B');
  const report = await verificationReport(a, b);
  out(args.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : verificationText(report));
  return report.verdict === 'identical' ? 0 : 3;
}
