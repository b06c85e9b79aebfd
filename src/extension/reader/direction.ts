/** Which way an article's text runs, from its language tag, whatever the language of the browser's interface. */

/** Languages written right to left in their usual script (ISO 639 codes, including the old `iw` and `ji`). */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ji',
  'ks',
  'mzn',
  'nqo',
  'pnb',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
  'prs',
  'glk',
  'lrc',
  'azb',
]);

/** Scripts written right to left (ISO 15924), for tags that name one: `az-Arab`, `pa-Arab`, `ms-Arab`. */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'samr', 'mand', 'yezi']);

/**
 * `rtl` or `ltr` for a BCP 47 tag; `auto` when there is no usable tag, so the browser takes the direction from
 * the article's first strong letter (which is how a page without `lang` shows its own direction).
 */
export function articleDirection(lang: string | null | undefined): 'rtl' | 'ltr' | 'auto' {
  const subtags = (lang ?? '').trim().toLowerCase().replace(/_/g, '-').split('-');
  const language = subtags[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(language)) return 'auto';
  const script = subtags.slice(1).find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
