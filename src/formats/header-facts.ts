import { displayName, type Article } from '../article.js';
import { calendarDate } from './dates.js';

/** What a header prints under the title, each part already trimmed; absent parts are null. */
export interface HeaderFacts {
  title: string;
  /** "By Philip Rucker and Karen DeYoung": the printed byline, else one made from the authors. */
  byline: string | null;
  site: string | null;
  /** `YYYY-MM-DD` */
  published: string | null;
}

export function headerFacts(article: Article): HeaderFacts {
  const names = article.authors.map(displayName).filter(Boolean);
  const madeByline = names.length
    ? `By ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]}`
    : null;
  const clean = (text: string | null | undefined): string | null => text?.replace(/\s+/g, ' ').trim() || null;
  return {
    title: clean(article.title) ?? 'Untitled',
    byline: clean(article.byline) ?? madeByline,
    site: clean(article.siteName),
    published: calendarDate(article.published),
  };
}

/** "By Philip Rucker and Karen DeYoung · The Washington Post · 2017-05-16" (the parts that exist). */
export function headerLine(facts: HeaderFacts): string {
  return [facts.byline, facts.site, facts.published].filter(Boolean).join(' · ');
}

/** Well-formed BCP 47 shape (`en`, `pt-BR`, `zh-Hant-TW`); what `lang` attributes may carry. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** The article's language if it is a well-formed language tag, else null. */
export function languageTag(lang: string | null | undefined): string | null {
  return lang && LANGUAGE_TAG.test(lang.trim()) ? lang.trim() : null;
}
