/**
 * APA 7, newspaper article online (§10.1 ex. 16): no retrieval date (the article is dated and not meant to change),
 * no period after the URL. APA has no rule for web archives: the original URL is cited unless the reader asks for
 * the archived copy.
 */
import { citedUrl, type CitationContext } from './context.js';
import { yearMonthDay } from './dates.js';
import { familyName, invertedWithInitials, listNames } from './names.js';
import { doubleQuoted, italic, type Piece } from './rich.js';
import { isEnglish, shortTitle, titleCase } from './title-case.js';

/** APA lists up to 20 authors; from 21 on, the first 19, an ellipsis, and the last. */
function apaAuthors(context: CitationContext): string {
  const names = context.authors.map((author) => invertedWithInitials(author, ' '));
  if (names.length >= 21) return `${names.slice(0, 19).join(', ')}, … ${names[names.length - 1] ?? ''}`;
  return listNames(names, { and: '&', serialComma: 'always' });
}

const endWithPeriod = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

export function apaReference(context: CitationContext, citeArchivedCopy: boolean): Piece[] {
  const date = `(${context.published ? yearMonthDay(context.published) : 'n.d.'}).`;
  // Without an author the title moves into the author position, before the date.
  const pieces: Piece[] = context.authors.length
    ? [endWithPeriod(apaAuthors(context)), ' ', date, ' ', endWithPeriod(context.title)]
    : [endWithPeriod(context.title), ' ', date];
  if (context.container) pieces.push(' ', italic(context.container), '.');
  const url = citedUrl(context, citeArchivedCopy);
  if (url) pieces.push(' ', url);
  return pieces;
}

export function apaInText(context: CitationContext): Piece[] {
  const year = context.published ? String(context.published.year) : 'n.d.';
  const families = context.authors.map(familyName);
  if (families.length === 0) {
    const short = shortTitle(context.title);
    return ['(', doubleQuoted(isEnglish(context.lang) ? titleCase(short) : short), ', ', year, ')'];
  }
  const who = families.length >= 3 ? `${families[0] ?? ''} et al.` : families.join(' & ');
  return [`(${who}, ${year})`];
}
