/**
 * A passage of an article and the two links that open at it: the original address and the archived copy, each
 * with the same text fragment. Shared by the quote and the highlights, so both link a passage the same way.
 */
import type { Article } from '../article.js';
import { httpUrl } from './sanitize.js';
import { directiveFor, findPassage, originalSpan, withTextFragment } from './text-fragment.js';

export interface PassageLinks {
  /** The passage exactly as the article has it (paragraph breaks kept). */
  passage: string;
  /** The article's original address, without a fragment, or null when unknown. */
  original: string | null;
  /** The archived copy's address, without a fragment, or null for an ordinary page. */
  archived: string | null;
  /** `original` opening at the passage. */
  originalLink: string | null;
  /** `archived` opening at the passage. */
  archiveLink: string | null;
}

/** The passage's links, or null when the article's text does not hold it (whitespace aside). */
export function passageLinks(article: Article, passage: string, occurrence = 0): PassageLinks | null {
  const place = findPassage(article.text, passage, occurrence);
  if (!place) return null;
  const directive = directiveFor(article.text, place[0], place[1]);
  const original = httpUrl(article.source.originalUrl);
  const archived =
    article.source.service === 'none' ? null : httpUrl(article.source.archiveUrl ?? article.source.archiveShortUrl);
  // Without a directive (a passage no fragment can single out) the link still opens the right page, at its top.
  const link = (url: string | null): string | null =>
    url ? (directive ? withTextFragment(url, directive) : url) : null;
  return {
    passage: originalSpan(article.text, place[0], place[1]).trim(),
    original,
    archived,
    originalLink: link(original),
    archiveLink: link(archived),
  };
}

/**
 * Which occurrence of `passage` in `text` is the one a reader selected, told by the words just before the
 * selection on the page (`before`): the occurrence whose preceding text agrees with them over the most characters.
 * Whitespace and case aside; 0 when the passage occurs once or the context tells nothing.
 */
export function occurrenceByContext(text: string, passage: string, before: string): number {
  const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const hay = flat(text);
  const needle = flat(passage);
  const context = flat(before).toLowerCase();
  if (!needle || !context) return 0;
  let best = 0;
  let bestLength = -1;
  let occurrence = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1), occurrence++) {
    const preceding = hay.slice(0, at).trimEnd().toLowerCase();
    let same = 0;
    while (
      same < preceding.length &&
      same < context.length &&
      preceding[preceding.length - 1 - same] === context[context.length - 1 - same]
    )
      same++;
    if (same > bestLength) {
      best = occurrence;
      bestLength = same;
    }
  }
  return best;
}
