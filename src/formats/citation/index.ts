/**
 * Citations of an article: pure functions of an `Article` (plus an access date).
 *
 * The five text styles (APA 7, MLA 9, Chicago 17, Harvard/Cite Them Right, IEEE) are written by hand against the
 * golden outputs in citations.md rather than run through citeproc-js: building a citeproc engine costs 0.5–0.9 s per
 * style and ~140 KB gzip, its licence (CPAL/AGPL) needs a legal sign-off, current official styles are not available
 * from any package registry, and for one item type cited alone, CSL's sorting and disambiguation do nothing. CSL's
 * title-case rules are implemented for MLA and Chicago (`title-case.ts`). The record formats are hand-written too,
 * because citation-js's RIS and BibTeX output is unfit for newspaper articles (citations.md §0.4).
 *
 * Original first: every style cites the article's own URL and date; the archived copy comes second, where the
 * format has a place for it.
 */
import type { Article } from '../../article.js';
import { apaInText, apaReference } from './apa.js';
import {
  chicagoAuthorDate,
  chicagoAuthorDateInText,
  chicagoBibliography,
  chicagoNote,
  chicagoShortNote,
} from './chicago.js';
import { buildContext, type CitationContext } from './context.js';
import { cslJson } from './csl-json.js';
import { biblatexEntry, bibtexEntry } from './bibtex.js';
import { harvardInText, harvardReference } from './harvard.js';
import { ieeeReference } from './ieee.js';
import { htmlLink, markdownLink } from './link.js';
import { mlaInText, mlaWorksCited } from './mla.js';
import { risRecord } from './ris.js';
import { toHtml, toPlain, type Piece } from './rich.js';
import { wikipediaCitation } from './wikipedia.js';
import { CITATION_STYLE_IDS, type CitationStyleId } from './ids.js';

export type { CitationStyleId } from './ids.js';

export interface CitationOptions {
  /** `YYYY-MM-DD`; default: today's date in the local time zone. */
  accessed?: string;
  /** Wikipedia `|df=` and how every Wikipedia date is written; default `ymd` (ISO). */
  wikipediaDateFormat?: 'ymd' | 'dmy' | 'mdy';
  /** APA, Harvard and IEEE: cite the archived copy's URL instead of the original's; default false. */
  citeArchivedCopy?: boolean;
  /** BibTeX, biblatex and CSL-JSON: this citation key instead of the derived one (see citeCollection). */
  key?: string;
}

/** `html`: the same citation with italics as `<i>` and everything escaped; null when there is no rich form. */
export interface Citation {
  text: string;
  html: string | null;
}

export interface CitationStyleInfo {
  id: CitationStyleId;
  label: string;
  kind: 'text' | 'record';
  fileExtension?: string;
  mimeType?: string;
}

/** What each style is: its label, and for the reference-manager files, their extension and media type. */
const STYLE_FACTS: Record<CitationStyleId, Omit<CitationStyleInfo, 'id'>> = {
  apa: { label: 'APA 7', kind: 'text' },
  'apa-intext': { label: 'APA 7 (in-text)', kind: 'text' },
  mla: { label: 'MLA 9', kind: 'text' },
  'mla-intext': { label: 'MLA 9 (in-text)', kind: 'text' },
  'chicago-note': { label: 'Chicago 17 (note)', kind: 'text' },
  'chicago-short-note': { label: 'Chicago 17 (short note)', kind: 'text' },
  'chicago-bib': { label: 'Chicago 17 (bibliography)', kind: 'text' },
  'chicago-ad': { label: 'Chicago 17 (author-date)', kind: 'text' },
  'chicago-ad-intext': { label: 'Chicago 17 (author-date, in-text)', kind: 'text' },
  harvard: { label: 'Harvard (Cite Them Right)', kind: 'text' },
  'harvard-intext': { label: 'Harvard (Cite Them Right, in-text)', kind: 'text' },
  ieee: { label: 'IEEE', kind: 'text' },
  wikipedia: { label: 'Wikipedia {{cite news}}', kind: 'text' },
  'wikipedia-archive': { label: 'Wikipedia {{cite news}} with archive link', kind: 'text' },
  bibtex: { label: 'BibTeX', kind: 'record', fileExtension: 'bib', mimeType: 'application/x-bibtex' },
  biblatex: { label: 'biblatex', kind: 'record', fileExtension: 'bib', mimeType: 'application/x-bibtex' },
  ris: { label: 'RIS', kind: 'record', fileExtension: 'ris', mimeType: 'application/x-research-info-systems' },
  'csl-json': {
    label: 'CSL-JSON',
    kind: 'record',
    fileExtension: 'json',
    mimeType: 'application/vnd.citationstyles.csl+json',
  },
  markdown: { label: 'Markdown link', kind: 'text' },
  html: { label: 'HTML link', kind: 'text' },
};

/** Every style with its facts, in the order of CITATION_STYLE_IDS. */
export const CITATION_STYLES: readonly CitationStyleInfo[] = CITATION_STYLE_IDS.map((id) => ({
  id,
  ...STYLE_FACTS[id],
}));

type Rendered = { pieces: Piece[] } | { text: string; html: string | null };

function render(context: CitationContext, style: CitationStyleId, options: CitationOptions): Rendered {
  const archived = options.citeArchivedCopy ?? false;
  const dateFormat = options.wikipediaDateFormat ?? 'ymd';
  switch (style) {
    case 'apa':
      return { pieces: apaReference(context, archived) };
    case 'apa-intext':
      return { pieces: apaInText(context) };
    case 'mla':
      return { pieces: mlaWorksCited(context) };
    case 'mla-intext':
      return { pieces: mlaInText(context) };
    case 'chicago-note':
      return { pieces: chicagoNote(context) };
    case 'chicago-short-note':
      return { pieces: chicagoShortNote(context) };
    case 'chicago-bib':
      return { pieces: chicagoBibliography(context) };
    case 'chicago-ad':
      return { pieces: chicagoAuthorDate(context) };
    case 'chicago-ad-intext':
      return { pieces: chicagoAuthorDateInText(context) };
    case 'harvard':
      return { pieces: harvardReference(context, archived) };
    case 'harvard-intext':
      return { pieces: harvardInText(context) };
    case 'ieee':
      return { pieces: ieeeReference(context, archived) };
    // Wikitext and Markdown are code to paste as is: they have no rich form.
    case 'wikipedia':
      return { text: wikipediaCitation(context, { dateFormat, withArchive: false }), html: null };
    case 'wikipedia-archive':
      return { text: wikipediaCitation(context, { dateFormat, withArchive: true }), html: null };
    case 'markdown':
      return { text: markdownLink(context), html: null };
    // The HTML link line is its own rich form: copied as rich text it pastes as a link.
    case 'html': {
      const line = htmlLink(context);
      return { text: line, html: line };
    }
    case 'bibtex':
      return { text: bibtexEntry(context), html: null };
    case 'biblatex':
      return { text: biblatexEntry(context), html: null };
    case 'ris':
      return { text: risRecord(context), html: null };
    case 'csl-json':
      return { text: cslJson(context), html: null };
    default: {
      const unknown: never = style;
      throw new RangeError(`unknown citation style: ${String(unknown)}`);
    }
  }
}

/** Throws a RangeError for an unknown style or an `accessed` that is not a `YYYY-MM-DD` date. */
export function cite(article: Article, style: CitationStyleId, options: CitationOptions = {}): Citation {
  const context = buildContext(article, options);
  const rendered = render(context, style, options);
  if ('pieces' in rendered) return { text: toPlain(rendered.pieces), html: toHtml(rendered.pieces) };
  return rendered;
}
