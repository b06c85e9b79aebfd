/**
 * Checks an article read from outside the extension (an import file) field by field, and rebuilds it from the
 * fields the `Article` type has, so nothing unexpected is stored. The body is sanitised later, before storing.
 */
import type { Article, ArticleSource, Author, Highlight, LeadImage, Verification } from '../../../article.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
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

const VERDICTS: readonly Verification['verdict'][] = ['identical', 'differs', 'unrelated'];
const SHA256 = /^[0-9a-f]{64}$/;
const isSha256 = (value: unknown): value is string => isString(value) && SHA256.test(value);

/**
 * The last Verify kept with an article: null when absent, undefined when present but malformed (the article is
 * then refused like any other damaged field, rather than imported with a check that claims what it cannot).
 */
export function validateVerification(raw: unknown): Verification | null | undefined {
  if (raw === undefined || raw === null) return null;
  if (!isObject(raw) || !VERDICTS.includes(raw.verdict as Verification['verdict'])) return undefined;
  const { similarity, changes, checkedAt, textSha256, other } = raw;
  if (
    typeof similarity !== 'number' ||
    !(similarity >= 0 && similarity <= 1) ||
    !isCount(changes) ||
    !Number.isInteger(changes)
  )
    return undefined;
  if (!isString(checkedAt) || Number.isNaN(Date.parse(checkedAt)) || !isSha256(textSha256) || !isObject(other))
    return undefined;
  if (
    !SERVICES.includes(other.service as ArticleSource['service']) ||
    !isString(other.url) ||
    !isSha256(other.textSha256)
  )
    return undefined;
  const archivedAt = nullableString(other.archivedAt);
  if (archivedAt === undefined) return undefined;
  return {
    verdict: raw.verdict as Verification['verdict'],
    similarity,
    changes,
    checkedAt,
    textSha256,
    other: {
      service: other.service as ArticleSource['service'],
      url: other.url,
      archivedAt,
      textSha256: other.textSha256,
    },
  };
}

/** The most highlights one article may bring: far more than anyone makes, few enough that a file cannot flood the reader. */
export const MAX_HIGHLIGHTS = 1000;

/**
 * The reader's highlights kept with an article: an empty list when absent, undefined when present but malformed.
 * Each is rebuilt from its three fields; its words are checked against the text only when shown or exported.
 */
export function validateHighlights(raw: unknown): Highlight[] | undefined {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.length > MAX_HIGHLIGHTS) return undefined;
  const highlights: Highlight[] = [];
  for (const item of raw) {
    if (
      !isObject(item) ||
      !isString(item.text) ||
      !item.text.trim() ||
      !isString(item.createdAt) ||
      Number.isNaN(Date.parse(item.createdAt))
    )
      return undefined;
    if (!isCount(item.occurrence) || !Number.isInteger(item.occurrence)) return undefined;
    highlights.push({ text: item.text, occurrence: item.occurrence, createdAt: item.createdAt });
  }
  return highlights;
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
  const verification = validateVerification(raw.verification);
  const highlights = validateHighlights(raw.highlights);
  if (leadImage === undefined || !source || verification === undefined || highlights === undefined) return null;
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
    // Only articles that were verified carry the field, as they did before the import.
    ...(verification ? { verification } : {}),
    ...(highlights.length ? { highlights } : {}),
  };
}
