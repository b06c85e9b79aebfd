/**
 * Chicago 17: notes and bibliography, and author-date. Original URL first, then the CMOS Q&A's Wayback form
 * ("archived January 2, 2021, at the Wayback Machine"); when only the archive URL is known, the Q&A's other form
 * (archive URL last). No access date unless the article has no date (CMOS 14.12). Initial "The" of the newspaper
 * is dropped (CMOS Q&A faq0016).
 */
import type { CitationContext } from './context.js';
import { monthDayYear } from './dates.js';
import { familyName, invertedName, listNames, naturalName } from './names.js';
import { doubleQuoted, italic, joinGroups, type Piece } from './rich.js';
import { isEnglish, shortTitle, titleCase } from './title-case.js';

const AND = { and: 'and', serialComma: 'three-or-more' } as const;

function chicagoTitle(context: CitationContext, title: string): string {
  return isEnglish(context.lang) ? titleCase(title) : title;
}

function newspaper(context: CitationContext): string | null {
  if (!context.container) return null;
  return context.container.replace(/^The\s+(?=\S)/, '') || context.container;
}

/** Notes: up to three names, then "First et al." */
function noteNames(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length >= 4) return `${names[0] ?? ''} et al.`;
  return listNames(names, AND);
}

/** Bibliography and reference list: first name inverted; 11 or more → the first seven, then "et al." */
function bibliographyNames(context: CitationContext): string | null {
  const names = context.authors.map((author, index) => (index === 0 ? invertedName(author) : naturalName(author)));
  if (names.length === 0) return null;
  if (names.length >= 11) return `${names.slice(0, 7).join(', ')}, et al.`;
  if (names.length === 1) return names[0] ?? null;
  // An inverted first name already holds a comma, so Chicago keeps the comma before "and" even for two names.
  const last = names[names.length - 1] ?? '';
  return `${names.slice(0, -1).join(', ')}, and ${last}`;
}

/** "archived July 19, 2017, at archive.today" */
function archivedPhrase(context: CitationContext): string | null {
  const archive = context.archive;
  if (!archive) return null;
  const when = archive.captured ? ` ${monthDayYear(archive.captured)},` : '';
  return `archived${when} at ${archive.nameInProse}`;
}

const accessedPhrase = (context: CitationContext): string => `accessed ${monthDayYear(context.accessed)}`;
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function chicagoNote(context: CitationContext): Piece[] {
  const names = noteNames(context.authors.map(naturalName));
  const paper = newspaper(context);
  const archived = archivedPhrase(context);
  const hasUrl = Boolean(context.originalUrl ?? context.archive);
  const tail = joinGroups(
    [
      paper ? [italic(paper)] : null,
      context.published ? [monthDayYear(context.published)] : null,
      !context.published && hasUrl ? [accessedPhrase(context)] : null,
      context.originalUrl ? [context.originalUrl] : null,
      archived ? [archived] : null,
      !context.originalUrl && context.archive ? [context.archive.url] : null,
    ],
    ', ',
  );
  const pieces: Piece[] = [];
  if (names) pieces.push(names, ', ');
  pieces.push(doubleQuoted(chicagoTitle(context, context.title)));
  if (tail.length) pieces.push(', ', ...tail);
  pieces.push('.');
  return pieces;
}

export function chicagoShortNote(context: CitationContext): Piece[] {
  const names = noteNames(context.authors.map(familyName));
  const short = shortTitle(chicagoTitle(context, context.title));
  return names ? [names, ', ', doubleQuoted(short), '.'] : [doubleQuoted(short), '.'];
}

/** The part after the title, shared by the bibliography and the author-date reference list. */
function referenceTail(context: CitationContext): Piece[] {
  const paper = newspaper(context);
  const pieces: Piece[] = [];
  const publication = joinGroups(
    [paper ? [italic(paper)] : null, context.published ? [monthDayYear(context.published)] : null],
    ', ',
  );
  if (publication.length) pieces.push(' ', ...publication, '.');
  if (!context.published && (context.originalUrl ?? context.archive))
    pieces.push(` ${capitalise(accessedPhrase(context))}.`);
  if (context.originalUrl) pieces.push(` ${context.originalUrl}.`);
  const archived = archivedPhrase(context);
  if (archived && context.archive) {
    pieces.push(` ${capitalise(archived)}${context.originalUrl ? '' : `, ${context.archive.url}`}.`);
  }
  return pieces;
}

export function chicagoBibliography(context: CitationContext): Piece[] {
  const names = bibliographyNames(context);
  const pieces: Piece[] = names ? [names, '. '] : [];
  pieces.push(doubleQuoted(chicagoTitle(context, context.title)), '.', ...referenceTail(context));
  return pieces;
}

export function chicagoAuthorDate(context: CitationContext): Piece[] {
  const names = bibliographyNames(context);
  const year = context.published ? String(context.published.year) : 'n.d.';
  const title = doubleQuoted(chicagoTitle(context, context.title));
  // Without an author the title leads and the year follows it.
  const head: Piece[] = names ? [names, '. ', year, '. ', title, '.'] : [title, '. ', year, '.'];
  return [...head, ...referenceTail(context)];
}

export function chicagoAuthorDateInText(context: CitationContext): Piece[] {
  const year = context.published ? String(context.published.year) : 'n.d.';
  const names = noteNames(context.authors.map(familyName));
  if (!names) return ['(', doubleQuoted(shortTitle(chicagoTitle(context, context.title))), ` ${year})`];
  return [`(${names} ${year})`];
}
