/**
 * Checks an article read from outside the extension (an import file) field by field, and rebuilds it from the
 * fields the `Article` type has, so nothing unexpected is stored. The body is sanitised later, before storing.
 */
import type { Article, ArticleSource, Author, LeadImage } from '../../../article.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** `value` if it is a string or null; undefined (invalid) otherwise. */
function nullableString(value: unknown): string | null | undefined {
  return value === null || isString(value) ? value : undefined;
}

const SERVICES: readonly ArticleSource['service'][] = ['archive.today', 'wayback', 'none'];

export function validateSource(raw: unknown): ArticleSource | null {
  if (!isObject(raw) || !SERVICES.includes(raw.service as ArticleSource['service'])) return null;
  const fields = ['originalUrl', 'archiveUrl', 'archiveShortUrl', 'archivedAt'] as const;
  const values = fields.map((field) => nullableString(raw[field]));
  if (values.some((value) => value === undefined)) return null;
  const [originalUrl, archiveUrl, archiveShortUrl, archivedAt] = values as (string | null)[];
  return {
    service: raw.service as ArticleSource['service'],
    originalUrl: originalUrl ?? null,
    archiveUrl: archiveUrl ?? null,
    archiveShortUrl: archiveShortUrl ?? null,
    archivedAt: archivedAt ?? null,
  };
}

function validateAuthor(raw: unknown): Author | null {
  if (!isObject(raw)) return null;
  if (isString(raw.literal)) return { literal: raw.literal };
  if (isString(raw.given) && isString(raw.family)) return { given: raw.given, family: raw.family };
  return null;
}

function validateLeadImage(raw: unknown): LeadImage | null | undefined {
  if (raw === null) return null;
  if (!isObject(raw) || !isString(raw.url)) return undefined;
  const caption = nullableString(raw.caption);
  return caption === undefined ? undefined : { url: raw.url, caption };
}

export function validateArticle(raw: unknown): Article | null {
  if (!isObject(raw) || !isString(raw.title) || !isString(raw.contentHtml) || !isString(raw.text)) return null;
  if (!Array.isArray(raw.authors) || !isCount(raw.wordCount) || !isCount(raw.readingMinutes)) return null;
  const authors = raw.authors.map(validateAuthor);
  if (authors.some((author) => author === null)) return null;
  const optional = ['byline', 'published', 'siteName', 'lang', 'section', 'excerpt'] as const;
  const values = optional.map((field) => nullableString(raw[field]));
  if (values.some((value) => value === undefined)) return null;
  const [byline, published, siteName, lang, section, excerpt] = values as (string | null)[];
  const leadImage = validateLeadImage(raw.leadImage);
  const source = validateSource(raw.source);
  if (leadImage === undefined || !source) return null;
  return {
    title: raw.title,
    authors: authors as Author[],
    byline: byline ?? null,
    published: published ?? null,
    siteName: siteName ?? null,
    lang: lang ?? null,
    section: section ?? null,
    excerpt: excerpt ?? null,
    leadImage,
    contentHtml: raw.contentHtml,
    text: raw.text,
    wordCount: raw.wordCount,
    readingMinutes: raw.readingMinutes,
    source,
  };
}
