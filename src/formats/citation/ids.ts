/**
 * Every citation style's id, in the order the styles are offered: the one list the registry (index.ts: labels,
 * file extensions), the settings' validation, the extension's style picker and the command line's usage text
 * derive from. Small on purpose: the popup loads it with the settings, without any formatter.
 */
export const CITATION_STYLE_IDS = [
  'apa',
  'apa-intext',
  'mla',
  'mla-intext',
  'chicago-note',
  'chicago-short-note',
  'chicago-bib',
  'chicago-ad',
  'chicago-ad-intext',
  'harvard',
  'harvard-intext',
  'ieee',
  'wikipedia',
  'wikipedia-archive',
  'bibtex',
  'biblatex',
  'ris',
  'csl-json',
  'markdown',
  'html',
] as const;

export type CitationStyleId = (typeof CITATION_STYLE_IDS)[number];

export function isCitationStyleId(value: string): value is CitationStyleId {
  return (CITATION_STYLE_IDS as readonly string[]).includes(value);
}
