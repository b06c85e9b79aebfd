/**
 * Wikipedia `{{cite news}}` (CS1). Since February 2026 English Wikipedia blocks archive.today links and CS1 no longer
 * renders them, so the default output never contains an archive.today address, anywhere. Wayback links are still
 * accepted and are included — the snapshot itself when it is a Wayback capture, or the Wayback capture that Verify
 * found to hold the same text as an archive.today snapshot. The `withArchive` variant (for wikis that still accept archive.today) adds
 * `|archive-url=` with `|archive-date=` and `|url-status=live` (the original is cited first; whether it is still
 * live cannot be known offline).
 */
import { isLiteralName } from '../../article.js';
import type { CitationContext } from './context.js';
import { dayMonthYear, isoDate, monthDayYear, type DateParts } from './dates.js';
import { escapeWikitext, wikitextUrl } from './escape.js';
import { ARCHIVE_TODAY_MIRROR_PATTERN } from '../../core/archives/hosts.js';
import { isWireAgency } from './names.js';
import { isEnglish } from './title-case.js';

type WikipediaDateFormat = 'ymd' | 'dmy' | 'mdy';

const ARCHIVE_TODAY_DOMAIN = new RegExp(`${ARCHIVE_TODAY_MIRROR_PATTERN}(?![\\p{L}\\p{N}-])`, 'giu');

/** Dates in the article's chosen format. A numeric year-month ("2017-05") is not a valid CS1 date: spell the month. */
function wikiDate(date: DateParts, format: WikipediaDateFormat): string {
  if (format === 'dmy') return dayMonthYear(date);
  if (format === 'mdy') return monthDayYear(date);
  return date.month && !date.day ? monthDayYear(date) : isoDate(date);
}

export interface WikipediaOptions {
  dateFormat: WikipediaDateFormat;
  withArchive: boolean;
}

export function wikipediaCitation(context: CitationContext, options: WikipediaOptions): string {
  const { dateFormat, withArchive } = options;
  const params: [string, string][] = [];
  const people = context.authors.filter((author) => !isWireAgency(author));
  const agencies = context.authors.filter(isWireAgency).map((author) => (isLiteralName(author) ? author.literal : ''));
  people.forEach((author, index) => {
    const n = index + 1;
    if (isLiteralName(author)) {
      params.push([people.length === 1 ? 'author' : `author${n}`, author.literal]);
    } else {
      params.push([`last${n}`, author.family]);
      if (author.given) params.push([`first${n}`, author.given]);
    }
  });
  if (context.published) params.push(['date', wikiDate(context.published, dateFormat)]);
  params.push(['title', context.title]);

  const archive =
    withArchive || context.archive?.service === 'wayback' ? context.archive : (context.verifiedCopy ?? context.archive);
  const archiveAllowed =
    archive !== null && (withArchive || (archive.service === 'wayback' && !matchesArchiveToday(archive.url)));
  // An archive.today address never goes in the default output, even where the original should have been.
  const url =
    context.originalUrl && (withArchive || !matchesArchiveToday(context.originalUrl)) ? context.originalUrl : null;
  const citedUrl = url ?? (archiveAllowed && archive ? archive.url : null);
  if (citedUrl) params.push(['url', wikitextUrl(citedUrl)]);

  if (context.container) params.push(['newspaper', context.container]);
  if (agencies.length) params.push(['agency', agencies.join(', ')]);
  if (context.lang && !isEnglish(context.lang)) params.push(['language', context.lang]);
  if (citedUrl) params.push(['access-date', wikiDate(context.accessed, dateFormat)]);
  // CS1 needs |url= and a whole |archive-date= beside |archive-url=; without either the archive is left out.
  if (archiveAllowed && archive && url && archive.captured) {
    params.push(['archive-url', wikitextUrl(archive.url)]);
    params.push(['archive-date', wikiDate(archive.captured, dateFormat)]);
    params.push(['url-status', 'live']);
  }
  if (dateFormat !== 'ymd') params.push(['df', dateFormat]);

  const urlParams = new Set(['url', 'archive-url']);
  const body = params
    .map(([name, value]) => {
      if (urlParams.has(name)) return ` |${name}=${value}`;
      const text = escapeWikitext(value);
      return ` |${name}=${withArchive ? text : defuseArchiveToday(text)}`;
    })
    .join('');
  return `<ref>{{cite news${body}}}</ref>`;
}

function matchesArchiveToday(text: string): boolean {
  ARCHIVE_TODAY_DOMAIN.lastIndex = 0;
  return ARCHIVE_TODAY_DOMAIN.test(text);
}

/** A title that merely mentions an archive.today address must not become one: the dot is written as an entity. */
function defuseArchiveToday(text: string): string {
  return text.replace(ARCHIVE_TODAY_DOMAIN, (domain) => domain.replace('.', '&#46;'));
}
