/**
 * CSL-JSON (CSL 1.0.2 `csl-data.json`, which rejects unknown keys). CSL has no variable for an archive URL or a
 * capture date: the Zotero convention is used (`archive`, `archive_location`) and the capture time goes in `custom`.
 * Official styles mishandle `archive*` (APA prints "archive.today (…)"), so a renderer must drop them first.
 */
import { isLiteralName } from '../../article.js';
import type { CitationContext } from './context.js';
import type { DateParts } from './dates.js';
import { citationKey } from './key.js';

type CslName = { family: string; given?: string } | { literal: string };

interface CslDate {
  'date-parts': [number[]];
}

interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  archive?: string;
  archive_location?: string;
  language?: string;
  custom?: { 'archive-date': string };
}

function cslDate(date: DateParts): CslDate {
  const parts = [date.year];
  if (date.month) parts.push(date.month);
  if (date.month && date.day) parts.push(date.day);
  return { 'date-parts': [parts] };
}

/** Bare `en` becomes `en-US` (the locale CSL processors fall back to); other tags are kept. */
function cslLanguage(lang: string): string {
  return lang.toLowerCase() === 'en' ? 'en-US' : lang;
}

function cslItem(context: CitationContext): CslItem {
  const item: CslItem = { id: citationKey(context), type: 'article-newspaper', title: context.title };
  if (context.authors.length) {
    item.author = context.authors.map((author) =>
      isLiteralName(author)
        ? { literal: author.literal }
        : author.given
          ? { family: author.family, given: author.given }
          : { family: author.family },
    );
  }
  if (context.container) item['container-title'] = context.container;
  if (context.published) item.issued = cslDate(context.published);
  const url = context.originalUrl ?? context.archive?.url;
  if (url) {
    item.accessed = cslDate(context.accessed);
    item.URL = url;
  }
  const archive = context.archive;
  if (archive) {
    item.archive = archive.name;
    item.archive_location = archive.url;
  }
  if (context.lang) item.language = cslLanguage(context.lang);
  if (archive?.capturedAt) item.custom = { 'archive-date': archive.capturedAt };
  return item;
}

export function cslJson(context: CitationContext): string {
  return `${JSON.stringify([cslItem(context)], null, 2)}\n`;
}
