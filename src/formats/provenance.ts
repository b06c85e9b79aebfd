import type { Article, Verification } from '../article.js';
import { utcReadable, utcSecond } from './dates.js';
import { escapeXml } from './escape.js';
import { httpUrl } from './sanitize.js';

export interface SavedCopy {
  /** When the copy was saved (ISO 8601). */
  savedAt: string;
  extensionVersion: string;
  /** SHA-256 (hex) of `article.text`, when the format carries it. */
  textSha256?: string;
}

export interface ProvenanceRow {
  term: string;
  value: string;
  kind: 'url' | 'time' | 'text' | 'code';
  /** For times: the ISO form, for `datetime`. */
  iso?: string;
}

function urlRow(term: string, value: string | null): ProvenanceRow | null {
  const url = httpUrl(value);
  return url ? { term, value: url, kind: 'url' } : null;
}

function timeRow(term: string, value: string | null): ProvenanceRow | null {
  const label = utcReadable(value, 'second');
  const iso = utcSecond(value);
  return label && iso ? { term, value: label, kind: 'time', iso } : null;
}

const VERDICT_WORDS: Record<Verification['verdict'], string> = {
  identical: 'same text',
  differs: 'the text differs',
  unrelated: 'a different article',
};

/** The last Verify check, so a saved copy shows whether another archive agreed and which texts were compared. */
function verificationRows(check: Verification | null | undefined): (ProvenanceRow | null)[] {
  if (!check) return [];
  const passages = check.verdict === 'differs' ? ` in ${check.changes} passage${check.changes === 1 ? '' : 's'}` : '';
  const checked = utcReadable(check.checkedAt, 'second');
  return [
    urlRow('Compared with', check.other.url),
    timeRow('Other copy captured', check.other.archivedAt),
    {
      term: 'Comparison',
      value: `${VERDICT_WORDS[check.verdict]}${passages}${checked ? `, checked ${checked}` : ''}`,
      kind: 'text',
    },
    { term: 'SHA-256 of the compared text', value: check.textSha256, kind: 'code' },
    { term: 'SHA-256 of the other copy’s text', value: check.other.textSha256, kind: 'code' },
  ];
}

/** Where a saved copy came from, the same in every format that carries it; unknown facts are left out. */
export function provenanceRows(article: Article, copy: SavedCopy): ProvenanceRow[] {
  const { source } = article;
  const rows = [
    urlRow('Original', source.originalUrl),
    urlRow('Archived copy', source.archiveUrl),
    urlRow('Short link', source.archiveShortUrl),
    timeRow('Captured', source.archivedAt),
    timeRow('Saved', copy.savedAt),
    { term: 'Saved with', value: `Archive Reader ${copy.extensionVersion}`, kind: 'text' } as const,
    copy.textSha256 ? ({ term: 'SHA-256 of the article text', value: copy.textSha256, kind: 'code' } as const) : null,
    ...verificationRows(article.verification),
  ];
  return rows.filter((row): row is ProvenanceRow => row !== null);
}

/**
 * The rows as `<dt>`/`<dd>` pairs, valid both as HTML and as XHTML (escaping drops what XML cannot carry).
 * `linkRel` is for web pages; EPUB content has no window to protect and no use for it.
 */
export function provenanceDefinitions(rows: ProvenanceRow[], linkRel: string | null): string {
  const rel = linkRel ? ` rel="${escapeXml(linkRel)}"` : '';
  const value = (row: ProvenanceRow): string => {
    const text = escapeXml(row.value);
    switch (row.kind) {
      case 'url':
        return `<a href="${text}"${rel}>${text}</a>`;
      case 'time':
        return `<time datetime="${escapeXml(row.iso ?? '')}">${text}</time>`;
      case 'code':
        return `<code>${text}</code>`;
      case 'text':
        return text;
    }
  };
  return rows.map((row) => `<dt>${escapeXml(row.term)}</dt>\n<dd>${value(row)}</dd>`).join('\n');
}
