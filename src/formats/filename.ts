import type { Article } from '../article.js';

const MAX_LENGTH = 80;

// Letters NFKD does not decompose into ASCII.
const FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ŋ: 'ng',
  ĸ: 'k',
};

// Names Windows refuses for a file whatever its extension.
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/** "Tête-à-tête: Œuvres" → "tete-a-tete-oeuvres" */
export function slugify(text: string): string {
  return text
    .replace(/[^\u0000-\u007f]/g, (c) => FOLDS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function siteSlug(article: Article): string {
  if (article.siteName) return slugify(article.siteName);
  try {
    return slugify(new URL(article.source.originalUrl ?? '').hostname.replace(/^www\./, ''));
  } catch {
    return '';
  }
}

/** Cuts a slug to `max` characters at a word boundary where there is one. */
function truncate(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > max / 2 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * A short, safe file name for a saved article: `the-washington-post-inside-the-oval-office-….md`, ASCII only,
 * at most 80 characters with the extension.
 */
export function articleFileName(article: Article, ext: string): string {
  const extension =
    ext
      .replace(/^\.+/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 10) || 'txt';
  const site = siteSlug(article);
  let title = slugify(article.title);
  // Titles often repeat the publisher ("Reuters: …"); the name needs it once.
  if (site && title.startsWith(`${site}-`)) title = title.slice(site.length + 1);
  let slug = truncate([site, title].filter(Boolean).join('-'), MAX_LENGTH - extension.length - 1) || 'article';
  if (RESERVED.test(slug)) slug = `${slug}-article`;
  return `${slug}.${extension}`;
}
