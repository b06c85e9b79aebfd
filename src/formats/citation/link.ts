/**
 * The house link lines (citations.md §1.10): a linked title, the byline, the publication and date, and the archived
 * copy in parentheses. Only http(s) addresses become links.
 */
import type { CitationContext } from './context.js';
import { isoDate, monthDayYear } from './dates.js';
import { escapeHtml, escapeMarkdown, isWebUrl, markdownUrl } from './escape.js';
import { listNames, naturalName } from './names.js';

function byline(context: CitationContext): string | null {
  const names = context.authors.map(naturalName);
  if (names.length === 0) return null;
  if (names.length >= 4) return `${names[0] ?? ''} et al.`;
  return listNames(names, { and: 'and', serialComma: 'three-or-more' });
}

/** The title links to the original, or to the archived copy when that is the only address. */
function titleTarget(context: CitationContext): string | null {
  const target = context.originalUrl ?? context.archive?.url ?? null;
  return target && isWebUrl(target) ? target : null;
}

/** The archived copy is mentioned only beside an original link; otherwise the title already points to it. */
const showsArchive = (context: CitationContext): boolean =>
  Boolean(context.originalUrl && context.archive && isWebUrl(context.archive.url));

export function markdownLink(context: CitationContext): string {
  const target = titleTarget(context);
  const title = escapeMarkdown(context.title);
  // Unlinked, the line starts with the title: keep "# …", "- …" or "1. …" from becoming a heading or a list.
  let line = target ? `[${title}](${markdownUrl(target)})` : title.replace(/^([#>+-]|\d+[.)])/, '\\$1');
  const details = [
    byline(context) && escapeMarkdown(byline(context) ?? ''),
    context.container && `*${escapeMarkdown(context.container)}*`,
    context.published && monthDayYear(context.published),
  ].filter(Boolean);
  if (details.length) line += ` — ${details.join(', ')}`;
  const archive = context.archive;
  if (archive && showsArchive(context)) {
    const when = archive.captured ? ` ${monthDayYear(archive.captured)}` : '';
    line += ` ([archived](${markdownUrl(archive.url)})${when})`;
  }
  return line;
}

export function htmlLink(context: CitationContext): string {
  const target = titleTarget(context);
  const title = escapeHtml(context.title);
  let line = target ? `<a href="${escapeHtml(target)}">${title}</a>` : title;
  const by = byline(context);
  const details = [
    by && escapeHtml(by),
    context.container && `<cite>${escapeHtml(context.container)}</cite>`,
    context.published &&
      `<time datetime="${escapeHtml(datetimeOf(context))}">${monthDayYear(context.published)}</time>`,
  ].filter(Boolean);
  if (details.length) line += ` — ${details.join(', ')}`;
  const archive = context.archive;
  if (archive && showsArchive(context)) {
    const when = archive.captured
      ? ` <time datetime="${escapeHtml(archive.capturedAt ?? isoDate(archive.captured))}">${monthDayYear(archive.captured)}</time>`
      : '';
    line += ` (<a href="${escapeHtml(archive.url)}">archived</a>${when})`;
  }
  return line;
}

/** The publication date as given when it is a valid `datetime` value (a date or an ISO datetime), else the date. */
function datetimeOf(context: CitationContext): string {
  const raw = context.publishedRaw;
  if (raw && /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.test(raw)) return raw;
  return context.published ? isoDate(context.published) : '';
}
