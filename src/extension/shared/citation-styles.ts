/** How the citation styles are named wherever they are offered (the Cite panel, the options page). */
import { CITATION_STYLES, type CitationStyleId, type CitationStyleInfo } from '../../formats/citation/index.js';
import { t, type MessageKey } from './i18n.js';

/** `chicago-ad-intext` → `ChicagoAdIntext`, at the type level too, so that every style's message key is checked. */
type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** A style's name in the person's language: the message `citeStyle` + its id in PascalCase (`citeStyleApaIntext`). */
function styleLabelKey(id: CitationStyleId): MessageKey {
  const key = `citeStyle${id.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase())}`;
  return key as `citeStyle${PascalCase<CitationStyleId>}` satisfies MessageKey;
}

/** `<option>`s for every style, grouped: citation styles, then the files for reference managers. */
export function styleOptions(): HTMLOptGroupElement[] {
  const group = (label: MessageKey, styles: CitationStyleInfo[]): HTMLOptGroupElement => {
    const optgroup = document.createElement('optgroup');
    optgroup.label = t(label);
    for (const style of styles) {
      const option = document.createElement('option');
      option.value = style.id;
      option.textContent = t(styleLabelKey(style.id));
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
