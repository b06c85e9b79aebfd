/** The citation key shared by BibTeX, biblatex and CSL-JSON: `rucker2017inside`. */
import type { CitationContext } from './context.js';
import { isLiteralName, type Author } from '../../article.js';

const INSIGNIFICANT = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'on',
  'in',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'as',
]);

/** Lowercase ASCII letters and digits only: "DeYoung" → "deyoung", "Müller" → "muller". */
function asciiWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function significantTitleWords(title: string): string[] {
  return title
    .split(/\s+/)
    .map(asciiWord)
    .filter((word) => word !== '' && !INSIGNIFICANT.has(word));
}

/** A person's last family word ("van Beethoven" → "beethoven"), an organisation's first significant word. */
function authorWord(author: Author): string {
  if (isLiteralName(author)) return significantTitleWords(author.literal)[0] ?? '';
  return asciiWord(author.family.split(/\s+/).pop() ?? '');
}

/**
 * `<first author's family name><year><first significant title word>`. Without an author the first significant title
 * word leads (and the next one follows the year); without a year, `nd`.
 */
export function citationKey(context: CitationContext): string {
  if (context.key) return context.key;
  const words = significantTitleWords(context.title);
  const first = context.authors[0];
  const author = first ? authorWord(first) : '';
  const year = context.published ? String(context.published.year) : 'nd';
  const lead = author || words.shift() || 'untitled';
  return `${lead}${year}${words[0] ?? ''}`;
}
