/** How the citation styles are named wherever they are offered (the Cite panel, the options page). */
import { CITATION_STYLES, type CitationStyleId, type CitationStyleInfo } from '../../formats/citation/index.js';
import { t, type MessageKey } from './i18n.js';

const STYLE_LABELS: Record<CitationStyleId, MessageKey> = {
  apa: 'citeStyleApa',
  'apa-intext': 'citeStyleApaIntext',
  mla: 'citeStyleMla',
  'mla-intext': 'citeStyleMlaIntext',
  'chicago-note': 'citeStyleChicagoNote',
  'chicago-short-note': 'citeStyleChicagoShortNote',
  'chicago-bib': 'citeStyleChicagoBib',
  'chicago-ad': 'citeStyleChicagoAd',
  'chicago-ad-intext': 'citeStyleChicagoAdIntext',
  harvard: 'citeStyleHarvard',
  'harvard-intext': 'citeStyleHarvardIntext',
  ieee: 'citeStyleIeee',
  wikipedia: 'citeStyleWikipedia',
  'wikipedia-archive': 'citeStyleWikipediaArchive',
  bibtex: 'citeStyleBibtex',
  biblatex: 'citeStyleBiblatex',
  ris: 'citeStyleRis',
  'csl-json': 'citeStyleCslJson',
  markdown: 'citeStyleMarkdown',
  html: 'citeStyleHtml',
};

/** `<option>`s for every style, grouped: citation styles, then the files for reference managers. */
export function styleOptions(): HTMLOptGroupElement[] {
  const group = (label: MessageKey, styles: CitationStyleInfo[]): HTMLOptGroupElement => {
    const optgroup = document.createElement('optgroup');
    optgroup.label = t(label);
    for (const style of styles) {
      const option = document.createElement('option');
      option.value = style.id;
      option.textContent = t(STYLE_LABELS[style.id]);
      optgroup.append(option);
    }
    return optgroup;
  };
  return [
    group(
      'citeGroupStyles',
      CITATION_STYLES.filter((s) => s.kind === 'text'),
    ),
    group(
      'citeGroupRecords',
      CITATION_STYLES.filter((s) => s.kind === 'record'),
    ),
  ];
}
