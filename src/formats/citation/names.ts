/** Author names as the citation styles need them: inverted, initialised, listed, shortened. */
import { isLiteralName, type Author } from '../../article.js';
import { oneLine } from './escape.js';

/**
 * Cleans the extractor's list: trims, drops empty entries, and treats a person with only a given name as a mononym
 * (family name), which is how every style prints one.
 */
export function cleanAuthors(authors: readonly Author[]): Author[] {
  const out: Author[] = [];
  for (const author of authors) {
    if (isLiteralName(author)) {
      const literal = oneLine(author.literal);
      if (literal) out.push({ literal });
      continue;
    }
    const given = oneLine(author.given ?? '');
    const family = oneLine(author.family ?? '');
    if (family) out.push({ given, family });
    else if (given) out.push({ given: '', family: given });
  }
  return out;
}

/** "Rucker" / "Reuters": the name used in in-text citations and short notes. */
export function familyName(author: Author): string {
  return isLiteralName(author) ? author.literal : author.family;
}

/** "Philip Rucker". */
export function naturalName(author: Author): string {
  return isLiteralName(author) ? author.literal : [author.given, author.family].filter(Boolean).join(' ');
}

/** "Rucker, Philip". */
export function invertedName(author: Author): string {
  if (isLiteralName(author)) return author.literal;
  return author.given ? `${author.family}, ${author.given}` : author.family;
}

/**
 * "Philip" → "P.", "Jean-Paul" → "J.-P.", "H.R." → "H. R." (with `separator` " "). CTR writes initials closed up
 * ("H.R."), APA and IEEE spaced.
 */
export function initials(given: string, separator: string): string {
  const words = given.split(/\s+/).filter(Boolean);
  return words
    .map((word) =>
      word
        .split('-')
        .filter(Boolean)
        .map((part) =>
          part
            .split('.')
            .filter(Boolean)
            .map((piece) => (Array.from(piece)[0] ?? '').toLocaleUpperCase('en') + '.')
            .join(separator),
        )
        .join('-'),
    )
    .join(separator);
}

/** "Rucker, P." (APA, CTR). */
export function invertedWithInitials(author: Author, separator: string): string {
  if (isLiteralName(author)) return author.literal;
  return author.given ? `${author.family}, ${initials(author.given, separator)}` : author.family;
}

/** "P. Rucker" (IEEE). */
export function initialsFirst(author: Author): string {
  if (isLiteralName(author)) return author.literal;
  return author.given ? `${initials(author.given, ' ')} ${author.family}` : author.family;
}

export interface ListStyle {
  /** The word before the last name: "and", "&". */
  and: string;
  /** A comma before `and` when there are three names or more (Chicago, MLA, IEEE), or for two as well (APA). */
  serialComma: 'never' | 'three-or-more' | 'always';
}

/** "A and B", "A, B, and C" …: names already formatted. */
export function listNames(names: readonly string[], style: ListStyle): string {
  if (names.length <= 1) return names[0] ?? '';
  const last = names[names.length - 1] ?? '';
  const head = names.slice(0, -1).join(', ');
  const comma = style.serialComma === 'always' || (style.serialComma === 'three-or-more' && names.length >= 3);
  return `${head}${comma ? ',' : ''} ${style.and} ${last}`;
}

/**
 * Wire services credited as authors. On Wikipedia they go in `|agency=`; the list is matched on the whole name, so
 * "Reuters" matches and "Reuters Institute" does not.
 */
const WIRE_AGENCIES = new Set(
  [
    'Reuters',
    'Thomson Reuters',
    'Associated Press',
    'The Associated Press',
    'AP',
    'AFP',
    'Agence France-Presse',
    'Agence France Presse',
    'Bloomberg',
    'Bloomberg News',
    'UPI',
    'United Press International',
    'dpa',
    'Deutsche Presse-Agentur',
    'PA',
    'PA Media',
    'Press Association',
    'The Canadian Press',
    'Canadian Press',
    'AAP',
    'Australian Associated Press',
    'ANSA',
    'EFE',
    'Kyodo',
    'Kyodo News',
    'Xinhua',
    'TASS',
    'Interfax',
    'Yonhap',
    'PTI',
    'Press Trust of India',
    'ANI',
    'Asian News International',
  ].map((name) => name.toLowerCase()),
);

export function isWireAgency(author: Author): boolean {
  return isLiteralName(author) && WIRE_AGENCIES.has(author.literal.replace(/\.$/, '').toLowerCase());
}
