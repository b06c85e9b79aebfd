/**
 * BibTeX and biblatex, written by hand (citation-js drops the archive and writes `month = {may 16}`). Newspaper
 * articles are `@article` in both; the archived copy goes in `note` (BibTeX) or `addendum` (biblatex) with `\url{}`,
 * because `eprint` would print the archive name as an unlinked identifier.
 */
import { isLiteralName, type Author } from '../../article.js';
import type { CitationContext } from './context.js';
import { isoDate } from './dates.js';
import { bibtexInlineUrl, bibtexUrl, escapeBibtex } from './escape.js';
import { citationKey } from './key.js';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** babel/polyglossia names for `langid`, by BCP 47 tag (region first, then language). */
const LANGIDS: Record<string, string> = {
  'en-us': 'american',
  'en-gb': 'british',
  'en-au': 'australian',
  'en-ca': 'canadian',
  'en-nz': 'newzealand',
  en: 'english',
  'pt-br': 'brazilian',
  pt: 'portuguese',
  'de-at': 'austrian',
  'de-ch': 'swissgerman',
  de: 'german',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  nl: 'dutch',
  ca: 'catalan',
  da: 'danish',
  sv: 'swedish',
  nb: 'norsk',
  no: 'norsk',
  nn: 'nynorsk',
  fi: 'finnish',
  pl: 'polish',
  cs: 'czech',
  sk: 'slovak',
  hu: 'hungarian',
  ro: 'romanian',
  hr: 'croatian',
  sl: 'slovene',
  el: 'greek',
  ru: 'russian',
  uk: 'ukrainian',
  tr: 'turkish',
  he: 'hebrew',
  ar: 'arabic',
  ja: 'japanese',
  zh: 'chinese',
  ko: 'korean',
};

function langid(lang: string | null): string | null {
  if (!lang) return null;
  const tag = lang.toLowerCase();
  const [language = ''] = tag.split('-');
  return LANGIDS[tag] ?? LANGIDS[language] ?? null;
}

/** Organisations are wrapped in braces so BibTeX never splits them into first and last names. */
function bibtexName(author: Author): string {
  if (isLiteralName(author)) return `{${escapeBibtex(author.literal)}}`;
  const family = escapeBibtex(author.family);
  return author.given ? `${family}, ${escapeBibtex(author.given)}` : family;
}

/**
 * BibTeX styles lowercase titles: every capitalised word that is not sentence-initial (first, or after a colon), and
 * any word with inner capitals, is protected with braces; neighbouring protected words share one group
 * ("{Oval Office}").
 */
function protectTitle(title: string): string {
  const tokens = title.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let group: string[] = [];
  let sentenceStart = true;
  const flush = (): void => {
    if (group.length) out.push(`{${group.join(' ')}}`);
    group = [];
  };
  for (const token of tokens) {
    const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token);
    const [, lead = '', core = '', trail = ''] = match ?? [];
    const chars = Array.from(core);
    const capitalised = /\p{Lu}/u.test(chars[0] ?? '');
    const innerCapital = /\p{Lu}/u.test(chars.slice(1).join(''));
    const protect = core !== '' && (innerCapital || (capitalised && !sentenceStart));
    if (!protect) {
      flush();
      out.push(escapeBibtex(token));
    } else if (lead !== '') {
      flush();
      out.push(`${escapeBibtex(lead)}{${escapeBibtex(core)}}${escapeBibtex(trail)}`);
    } else {
      group.push(escapeBibtex(core));
      if (trail !== '') {
        flush();
        out[out.length - 1] += escapeBibtex(trail);
      }
    }
    // BibTeX's title case keeps only the first letter of the title and the first after a colon.
    if (core !== '') sentenceStart = trail.endsWith(':');
  }
  flush();
  return out.join(' ');
}

function archiveNote(context: CitationContext): string | null {
  const archive = context.archive;
  if (!archive) return null;
  const when = archive.captured ? ` ${isoDate(archive.captured)}` : '';
  return `Archived${when} at ${escapeBibtex(archive.name)}: \\url{${bibtexInlineUrl(archive.url)}}`;
}

type Field = [name: string, value: string, bare?: boolean];

function entry(key: string, fields: readonly Field[]): string {
  const width = Math.max(...fields.map(([name]) => name.length));
  const lines = fields.map(([name, value, bare]) => `  ${name.padEnd(width)} = ${bare ? value : `{${value}}`},`);
  return `@article{${key},\n${lines.join('\n')}\n}\n`;
}

function commonHead(context: CitationContext): Field[] {
  const fields: Field[] = [];
  if (context.authors.length) fields.push(['author', context.authors.map(bibtexName).join(' and ')]);
  fields.push(['title', protectTitle(context.title)]);
  return fields;
}

export function bibtexEntry(context: CitationContext): string {
  const fields = commonHead(context);
  if (context.container) fields.push(['journal', escapeBibtex(context.container)]);
  if (context.published) {
    fields.push(['year', String(context.published.year)]);
    const month = context.published.month ? MONTH_MACROS[context.published.month - 1] : undefined;
    if (month) fields.push(['month', month, true]);
  }
  const url = context.originalUrl ?? context.archive?.url;
  if (url) fields.push(['url', bibtexUrl(url)], ['urldate', isoDate(context.accessed)]);
  const note = archiveNote(context);
  if (note) fields.push(['note', note]);
  return entry(citationKey(context), fields);
}

export function biblatexEntry(context: CitationContext): string {
  const fields = commonHead(context);
  if (context.container) fields.push(['journaltitle', escapeBibtex(context.container)]);
  if (context.published) fields.push(['date', isoDate(context.published)]);
  const url = context.originalUrl ?? context.archive?.url;
  if (url) fields.push(['url', bibtexUrl(url)], ['urldate', isoDate(context.accessed)]);
  const language = langid(context.lang);
  if (language) fields.push(['langid', language]);
  const note = archiveNote(context);
  if (note) fields.push(['addendum', note]);
  return entry(citationKey(context), fields);
}
