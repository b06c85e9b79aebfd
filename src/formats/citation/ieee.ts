/**
 * IEEE (Reference Guide 2023, electronic newspaper): initials first, "[Online]. Available:" and no period after the
 * URL; the access date is given for every electronic source. No archive rule: the original URL unless the reader
 * asks for the archived copy. A single citation is numbered [1].
 */
import { citedUrl, type CitationContext } from './context.js';
import { monthDayYear, SHORT_MONTHS } from './dates.js';
import { initialsFirst, listNames } from './names.js';
import { doubleQuoted, italic, type Piece } from './rich.js';

/** Seven or more authors → the first, then an italic "et al." */
function ieeeNames(context: CitationContext): Piece[] | null {
  const names = context.authors.map(initialsFirst);
  if (names.length === 0) return null;
  if (names.length >= 7) return [`${names[0] ?? ''} `, italic('et al.')];
  return [listNames(names, { and: 'and', serialComma: 'three-or-more' })];
}

export function ieeeReference(context: CitationContext, citeArchivedCopy: boolean): Piece[] {
  const names = ieeeNames(context);
  const pieces: Piece[] = ['[1] '];
  if (names) pieces.push(...names, ', ');
  pieces.push(doubleQuoted(context.title));
  if (context.container) pieces.push(', ', italic(context.container));
  if (context.published) pieces.push(', ', monthDayYear(context.published, SHORT_MONTHS));
  pieces.push('.');
  const url = citedUrl(context, citeArchivedCopy);
  if (url) pieces.push(` Accessed: ${monthDayYear(context.accessed, SHORT_MONTHS)}. [Online]. Available: ${url}`);
  return pieces;
}
