/**
 * MLA 9. The archived copy is a second container (title, date, location), the way MLA cites a database; no MLA
 * statement on web archives exists, so this is derived. The access date is included because the work was read
 * through an archive, MLA's "altered or removed" case.
 */
import type { CitationContext } from './context.js';
import { dayMonthYear, SHORT_MONTHS } from './dates.js';
import { familyName, invertedName, naturalName } from './names.js';
import { doubleQuoted, italic, joinGroups, type Piece } from './rich.js';
import { isEnglish, shortTitle, titleCase } from './title-case.js';

function mlaAuthors(context: CitationContext): string | null {
  const [first, second] = context.authors;
  if (!first) return null;
  if (context.authors.length >= 3) return `${invertedName(first)}, et al.`;
  if (second) return `${invertedName(first)}, and ${naturalName(second)}`;
  return invertedName(first);
}

const mlaTitle = (context: CitationContext, title: string): string =>
  isEnglish(context.lang) ? titleCase(title) : title;

export function mlaWorksCited(context: CitationContext): Piece[] {
  const authors = mlaAuthors(context);
  const firstContainer = joinGroups(
    [
      context.container ? [italic(context.container)] : null,
      context.published ? [dayMonthYear(context.published, SHORT_MONTHS)] : null,
      context.originalUrl ? [context.originalUrl] : null,
    ],
    ', ',
  );
  const archive = context.archive;
  const secondContainer = archive
    ? joinGroups(
        [
          [italic(archive.name)],
          archive.captured ? [dayMonthYear(archive.captured, SHORT_MONTHS)] : null,
          [archive.url],
        ],
        ', ',
      )
    : [];
  const pieces: Piece[] = [];
  if (authors) pieces.push(authors, '. ');
  pieces.push(doubleQuoted(mlaTitle(context, context.title)), '.');
  for (const container of [firstContainer, secondContainer]) {
    if (container.length) pieces.push(' ', ...container, '.');
  }
  pieces.push(` Accessed ${dayMonthYear(context.accessed, SHORT_MONTHS)}.`);
  return pieces;
}

export function mlaInText(context: CitationContext): Piece[] {
  const families = context.authors.map(familyName);
  if (families.length === 0) return ['(', doubleQuoted(mlaTitle(context, shortTitle(context.title))), ')'];
  const who = families.length >= 3 ? `${families[0] ?? ''} et al.` : families.join(' and ');
  return [`(${who})`];
}
