/**
 * Harvard as Cite Them Right 12 (British English: single quotes with the comma outside, "16 May", "(Accessed: 27
 * November 2026)"). The access date is mandatory. CTR has no archive rule: the original URL is cited unless the
 * reader asks for the archived copy.
 */
import { citedUrl, type CitationContext } from './context.js';
import { ENGLISH_MONTHS } from '../../core/time.js';
import { dayMonthYear } from './dates.js';
import { familyName, invertedWithInitials, listNames } from './names.js';
import { italic, singleQuoted, type Piece } from './rich.js';
import { shortTitle } from './title-case.js';

const AND = { and: 'and', serialComma: 'never' } as const;

/** Four or more authors → the first, then an italic "et al." */
function ctrNames(names: readonly string[]): Piece[] | null {
  if (names.length === 0) return null;
  if (names.length >= 4) return [`${names[0] ?? ''} `, italic('et al.')];
  return [listNames(names, AND)];
}

const year = (context: CitationContext): string => (context.published ? String(context.published.year) : 'no date');

export function harvardReference(context: CitationContext, citeArchivedCopy: boolean): Piece[] {
  const names = ctrNames(context.authors.map((author) => invertedWithInitials(author, '')));
  const title = singleQuoted(context.title);
  const pieces: Piece[] = names ? [...names, ` (${year(context)}) `, title] : [title, ` (${year(context)})`];
  if (context.container) pieces.push(names ? ', ' : ' ', italic(context.container));
  const published = context.published;
  if (published?.month) {
    const dayMonth = published.day
      ? `${published.day} ${ENGLISH_MONTHS[published.month - 1] ?? ''}`
      : (ENGLISH_MONTHS[published.month - 1] ?? '');
    pieces.push(', ', dayMonth);
  }
  pieces.push('.');
  const url = citedUrl(context, citeArchivedCopy);
  if (url) pieces.push(` Available at: ${url} (Accessed: ${dayMonthYear(context.accessed)}).`);
  return pieces;
}

export function harvardInText(context: CitationContext): Piece[] {
  const names = ctrNames(context.authors.map(familyName));
  if (!names) return ['(', singleQuoted(shortTitle(context.title)), `, ${year(context)})`];
  return ['(', ...names, `, ${year(context)})`];
}
