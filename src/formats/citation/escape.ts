/**
 * Escaping for every target a citation is written into. Article fields come from archived pages and are hostile
 * until proven otherwise: each function makes a value inert in one format, and nothing else.
 */

/** Collapses newlines and runs of whitespace: no value may break out of its line (RIS, wikitext, BibTeX). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Only web addresses become links; anything else (`javascript:`, `data:`) is left as text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}

/**
 * CommonMark text: backslash-escape the characters that open markup ([ ] * _ ` \ < > ~), and `&` when it would
 * start an entity. CommonMark allows a backslash before any ASCII punctuation, so this never shows a stray `\`.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>~]/g, '\\$&')
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
}

/** A link destination: wrapped in <…> when it holds spaces or parentheses, with `<`, `>` percent-encoded. */
export function markdownUrl(url: string): string {
  const safe = url.trim().replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\n/g, '%0A');
  return /[\s()]/.test(safe) ? `<${safe}>` : safe;
}

/**
 * Wikitext inside a template parameter. `{` `}` go first so the `{{!}}` written for `|` survives; `[` `]` would start
 * links, `<` tags (including a stray `</ref>`), `''` italics and `~~~` a signature expanded on save.
 */
export function escapeWikitext(text: string): string {
  return oneLine(text)
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .replace(/\|/g, '{{!}}')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;')
    .replace(/</g, '&lt;')
    .replace(/''/g, '&#39;&#39;')
    .replace(/~{3,}/g, (tildes) => '&#126;'.repeat(tildes.length));
}

/** A URL inside a template parameter: characters that end the parameter or open markup are percent-encoded. */
export function wikitextUrl(url: string): string {
  return url.trim().replace(/[\s|[\]{}<>"]/g, (c) => percentEncode(c));
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default OT1 encoding these print as ¡ ¿ and an em dash.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** A BibTeX/biblatex text field (everything but `url`). */
export function escapeBibtex(text: string): string {
  return oneLine(text).replace(/[\\{}%&#_$~^<>|]/g, (c) => BIBTEX_SPECIALS[c] ?? c);
}

/**
 * A BibTeX `url` field is read verbatim, so only what would unbalance the braces (or end the value) is
 * percent-encoded.
 */
export function bibtexUrl(url: string): string {
  return url.trim().replace(/[\s{}\\]/g, (c) => percentEncode(c));
}

/**
 * A URL inside `\url{…}` in a text field. The field is read as an argument, so `%` would start a TeX comment and `#`
 * a parameter: hyperref's `\url` accepts `\%` and `\#` and prints them bare.
 */
export function bibtexInlineUrl(url: string): string {
  return bibtexUrl(url).replace(/[%#]/g, '\\$&');
}

/** RIS has one value per line and no escape mechanism: the value is flattened to a single line. */
export function risValue(text: string): string {
  return oneLine(text);
}

function percentEncode(char: string): string {
  return Array.from(
    new TextEncoder().encode(char),
    (byte) => '%' + byte.toString(16).toUpperCase().padStart(2, '0'),
  ).join('');
}
