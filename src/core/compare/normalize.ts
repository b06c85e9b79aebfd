/**
 * Text as two readings of one article are compared: only what is not content is normalised — whitespace, Unicode
 * compatibility forms (NFKC: ligatures, full-width letters, no-break spaces), and the styles of quotes, apostrophes
 * and dashes, which publishers and archives re-typeset. A changed word, number or name stays a change.
 */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same text, as far as a reader can tell. */
export function sameText(a: string, b: string): boolean {
  return normalizeForComparison(a) === normalizeForComparison(b);
}
