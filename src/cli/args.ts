import { CITATION_STYLE_IDS, isCitationStyleId, type CitationStyleId } from '../formats/citation/ids.js';
import { isSaveFormat, SAVE_FORMATS, type SaveFormat } from '../formats/save-format.js';

export type { SaveFormat };

export type OutputFormat = 'json' | 'text' | 'markdown' | 'html' | 'summary';

export interface CliArgs {
  input: string;
  /** Every input, `input` first: several are read into one citation file (--cite) or one book (--save epub). */
  inputs: string[];
  url: string | null;
  format: OutputFormat;
  explain: boolean;
  cite: CitationStyleId | null;
  accessed: string | null;
  citeHtml: boolean;
  save: SaveFormat | null;
  output: string | null;
  offline: boolean;
  allowPrivateHosts: boolean;
  tryAnyway: boolean;
  /** A passage to quote (with --cite as its citation style). */
  quote: string | null;
  /** --format was given (a quote defaults to text, an article to JSON). */
  formatGiven: boolean;
  help: boolean;
  version: boolean;
}

/** Usage lines end by this column. */
const USAGE_WIDTH = 110;
/** Where an option's description starts. */
const USAGE_INDENT = ' '.repeat(23);

/** `lead` followed by `words` separated by commas, wrapped at USAGE_WIDTH under the options' descriptions. */
function wrapWords(lead: string, words: readonly string[]): string {
  const lines = [lead];
  words.forEach((word, i) => {
    const item = i < words.length - 1 ? `${word},` : word;
    const last = lines.length - 1;
    if (lines[last]!.length + 1 + item.length > USAGE_WIDTH) lines.push(USAGE_INDENT + item);
    else lines[last] += ` ${item}`;
  });
  return lines.join('\n');
}

export const USAGE = `Usage: archive-reader <file.html | -> [options]
       archive-reader verify <a.html> <b.html> [--url-a URL] [--url-b URL] [--format text|json]
       archive-reader batch <files or folders…> -o DIR [--format F | --save F] [--jobs N] [--resume]

Reads an archive.today or Wayback Machine snapshot (or any article page) and prints the article.

  --url URL            the address the page was read from (default: the page's own bookmark/canonical link)
  --format FORMAT      json | text | markdown | html | summary   (default: json)
  --explain            list on stderr every element the cleaning removed, with its rule
  --try-anyway         read a page refused as too large, or one with only a line or two of text (the popup's
                       "Try anyway"): no element limit, no shortest article
${wrapWords('  --cite STYLE         print a citation (of several inputs: one file, one record each, unique keys):', CITATION_STYLE_IDS)}
  --accessed DATE      access date for citations (YYYY-MM-DD; default: today)
  --html               with --cite: the HTML form where the style has one
  --quote "PASSAGE"    quote a passage of the article: the passage, its citation (--cite STYLE, default apa) and
                       links to the original and the archived copy that open at it (text fragments);
                       --format text | markdown | html | json (default text); exit 2 if the article lacks it
  --save FORMAT        save the article: html (single file, images inside) | markdown | markdown-zip | epub
                       (epub of several inputs: one book, a chapter per article)
  -o, --output PATH    where --save writes (required with --save)
  --offline            never fetch images over the network when saving (local images are still used)
  --allow-private-hosts  when saving, fetch images from private, loopback and link-local addresses too
  -h, --help           this help
  -v, --version        the version

verify compares the article of two copies of a page passage by passage (archive-reader verify --help);
batch reads many pages into a folder, in parallel (archive-reader batch --help).

Exit codes: 0 article found, 1 usage or I/O error, 2 no article (or input that is not HTML).`;

export class UsageError extends Error {}

/** The value after `argv[i]` (the flag), for every command's parser; a missing value or another flag is a usage error. */
export function flagValue(argv: readonly string[], i: number): string {
  const v = argv[i + 1];
  if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${argv[i]} needs a value`);
  return v;
}

const FORMATS: readonly OutputFormat[] = ['json', 'text', 'markdown', 'html', 'summary'];

export function parseArgs(argv: readonly string[]): CliArgs {
  const args = defaultArgs();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUED_FLAGS.has(a)) setValuedFlag(args, a, flagValue(argv, i++));
    else if (!setSwitch(args, a)) addInput(args, a);
  }
  checkCombination(args);
  return args;
}

function defaultArgs(): CliArgs {
  return {
    input: '',
    inputs: [],
    url: null,
    format: 'json',
    explain: false,
    cite: null,
    accessed: null,
    citeHtml: false,
    save: null,
    output: null,
    offline: false,
    allowPrivateHosts: false,
    tryAnyway: false,
    quote: null,
    formatGiven: false,
    help: false,
    version: false,
  };
}

/** The flags followed by a value (`--url URL`); every other flag is a switch. */
const VALUED_FLAGS: ReadonlySet<string> = new Set([
  '--url',
  '--format',
  '--cite',
  '--accessed',
  '--quote',
  '--save',
  '-o',
  '--output',
]);

function setValuedFlag(args: CliArgs, flag: string, value: string): void {
  switch (flag) {
    case '--url':
      args.url = value;
      break;
    case '--format':
      if (!FORMATS.includes(value as OutputFormat))
        throw new UsageError(`unknown format "${value}" (json, text, markdown, html, summary)`);
      args.format = value as OutputFormat;
      args.formatGiven = true;
      break;
    case '--cite':
      if (!isCitationStyleId(value)) throw new UsageError(`unknown citation style "${value}"`);
      args.cite = value;
      break;
    case '--accessed':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
        throw new UsageError(`--accessed takes a date as YYYY-MM-DD, not "${value}"`);
      args.accessed = value;
      break;
    case '--quote':
      args.quote = value;
      break;
    case '--save':
      if (!isSaveFormat(value)) throw new UsageError(`unknown save format "${value}" (${SAVE_FORMATS.join(', ')})`);
      args.save = value;
      break;
    default: // -o, --output
      args.output = value;
  }
}

/** Sets the switch `flag` names; false when it names none. */
function setSwitch(args: CliArgs, flag: string): boolean {
  switch (flag) {
    case '--summary':
      args.format = 'summary';
      return true;
    case '--explain':
      args.explain = true;
      return true;
    case '--html':
      args.citeHtml = true;
      return true;
    case '--offline':
      args.offline = true;
      return true;
    case '--allow-private-hosts':
      args.allowPrivateHosts = true;
      return true;
    case '--try-anyway':
      args.tryAnyway = true;
      return true;
    case '-h':
    case '--help':
      args.help = true;
      return true;
    case '-v':
    case '--version':
      args.version = true;
      return true;
    default:
      return false;
  }
}

function addInput(args: CliArgs, arg: string): void {
  if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
  if (!args.input) args.input = arg;
  args.inputs.push(arg);
}

/** The rules between flags, checked once every flag is read. */
function checkCombination(args: CliArgs): void {
  if (!args.help && !args.version && !args.input)
    throw new UsageError('no input: give a file name, or - for standard input');
  if (args.save && !args.output) throw new UsageError('--save needs -o <path>');
  if (args.inputs.length > 1) {
    const together = args.cite !== null || args.save === 'epub';
    if (!together || args.quote !== null) {
      const got = `got "${args.inputs[0]}" and "${args.inputs[1]}"`;
      throw new UsageError(
        `one input at a time (${got}), except with --cite STYLE or --save epub; for many outputs, use batch`,
      );
    }
    if (args.url) throw new UsageError('--url names one page: it cannot go with several inputs');
    if (args.inputs.includes('-')) throw new UsageError('standard input (-) is read alone');
  }
  if (args.quote !== null && args.format === 'summary')
    throw new UsageError('--quote prints text, markdown, html or json');
}
