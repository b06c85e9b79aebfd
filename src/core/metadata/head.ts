import type { Author } from '../../article.js';
import { normalizeSpace } from '../dom.js';
import { parseByline, splitName } from './names.js';
import { parseIsoDate, parseDateText } from './dates.js';

/**
 * Metadata from an ordinary page's own head: JSON-LD, Open Graph, Dublin Core and the usual meta tags.
 * Never called for archive snapshots, whose head describes the capture instead of the article.
 */

export interface HeadMetadata {
  title: string | null;
  authors: Author[];
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
  section: string | null;
  description: string | null;
  image: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The page's `<meta>` tags by their `property`, `name` or `itemprop`: the first of each key, in document order. */
type MetaTags = Map<string, string>;

/**
 * One pass over the `<meta>` elements. A selector query per key would do the same, but a DOM library parses each
 * selector and scans the whole page for it: on a large ordinary page that was a third of the extraction time.
 */
function metaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content');
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key && content !== null && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = normalizeSpace(tags.get(key));
    if (v) return v;
  }
  return null;
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|WebPage|LiveBlogPosting|SocialMediaPosting)$/;

function objects(node: Json, out: { [k: string]: Json }[] = []): { [k: string]: Json }[] {
  if (Array.isArray(node)) for (const n of node) objects(n, out);
  else if (node && typeof node === 'object') {
    out.push(node);
    if (node['@graph']) objects(node['@graph'], out);
  }
  return out;
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return normalizeSpace(v) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v['name'] ?? v['@value'] ?? v['url']);
  return null;
}

function jsonLdArticle(doc: Document): { [k: string]: Json } | null {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    for (const o of objects(data)) {
      const types = ([] as Json[]).concat(o['@type'] ?? []).map(String);
      if (types.some((t) => ARTICLE_TYPES.test(t)) && (o['headline'] || o['datePublished'] || o['author'])) return o;
    }
  }
  return null;
}

function jsonLdAuthors(node: Json | undefined): Author[] {
  const list = Array.isArray(node) ? node : node ? [node] : [];
  const out: Author[] = [];
  for (const a of list) {
    if (typeof a === 'string') out.push(...parseByline(a));
    else if (a && typeof a === 'object' && !Array.isArray(a)) {
      const name = str(a['name']);
      if (!name) continue;
      const type = String(a['@type'] ?? '');
      out.push(/Organization/i.test(type) ? { literal: name } : splitName(name));
    }
  }
  return out;
}

function date(raw: string | null): string | null {
  if (!raw) return null;
  return parseIsoDate(raw) ?? parseDateText(raw)?.value ?? null;
}

export function readHead(doc: Document): HeadMetadata {
  const ld = jsonLdArticle(doc);
  const tags = metaTags(doc);
  const ldAuthors = ld ? jsonLdAuthors(ld['author']) : [];
  const metaAuthor = meta(
    tags,
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'DC.creator',
  );
  const authors = ldAuthors.length
    ? ldAuthors
    : metaAuthor && !/^https?:/.test(metaAuthor)
      ? parseByline(metaAuthor)
      : [];
  const publisher = ld?.['publisher'];
  return {
    title: str(ld?.['headline']) ?? meta(tags, 'og:title', 'twitter:title', 'dc.title', 'DC.title'),
    authors,
    byline: metaAuthor ?? (ldAuthors.length ? null : null),
    published: date(
      str(ld?.['datePublished']) ??
        meta(
          tags,
          'article:published_time',
          'datePublished',
          'date',
          'pubdate',
          'publishdate',
          'dc.date',
          'DC.date',
          'sailthru.date',
          'parsely-pub-date',
        ),
    ),
    siteName:
      meta(tags, 'og:site_name', 'application-name') ??
      (publisher && typeof publisher === 'object' ? str(publisher) : null),
    lang: doc.documentElement.getAttribute('lang') ?? meta(tags, 'og:locale', 'language', 'dc.language'),
    section: meta(tags, 'article:section') ?? str(ld?.['articleSection']),
    description: meta(tags, 'description', 'og:description', 'twitter:description'),
    image: meta(tags, 'og:image', 'twitter:image') ?? str(ld?.['image']),
  };
}
