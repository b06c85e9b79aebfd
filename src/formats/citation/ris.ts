/**
 * RIS, `TY  - NEWS`, as Zotero reads and writes it: CRLF line endings, one line per value and never wrapped (Zotero
 * joins continuation lines with a space, which corrupts URLs), dates as `YYYY/MM/DD/`. The archived copy goes in
 * `DB`/`AN` (Zotero's archive/archiveLocation) and, readably, in `N1`.
 */
import { isLiteralName } from '../../article.js';
import type { CitationContext } from './context.js';
import type { DateParts } from './dates.js';
import { risValue } from './escape.js';

const pad = (n: number | undefined): string => (n ? String(n).padStart(2, '0') : '');

/** `2017/05/16/`, `2017/05//`, `2017///`. */
function risDate(date: DateParts): string {
  return `${String(date.year).padStart(4, '0')}/${pad(date.month)}/${pad(date.month && date.day)}/`;
}

export function risRecord(context: CitationContext): string {
  const lines: [tag: string, value: string][] = [
    ['TY', 'NEWS'],
    ['TI', context.title],
  ];
  for (const author of context.authors) {
    lines.push([
      'AU',
      isLiteralName(author) ? author.literal : [author.family, author.given].filter(Boolean).join(', '),
    ]);
  }
  if (context.container) lines.push(['T2', context.container]);
  if (context.published) lines.push(['DA', risDate(context.published)], ['PY', String(context.published.year)]);
  if (context.lang) lines.push(['LA', context.lang]);
  const url = context.originalUrl ?? context.archive?.url;
  if (url) lines.push(['UR', url], ['Y2', risDate(context.accessed)]);
  const archive = context.archive;
  if (archive) {
    const details = [archive.name, archive.capturedAt].filter(Boolean).join(', ');
    lines.push(['DB', archive.name], ['AN', archive.url], ['N1', `Archived copy (${details}): ${archive.url}`]);
  }
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${risValue(value)}\r\n`).join('');
}
