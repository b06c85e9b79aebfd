/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// XML 1.0 forbids these code points outright, even as character references, so they are dropped.
const XML_FORBIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|${LONE_SURROGATE.source}`,
  'g',
);

/** Escapes text for XML content and double-quoted attributes, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(/\f/g, ' ').replace(XML_FORBIDDEN, ''));
}

/**
 * Escapes text that runs inline in Markdown (a sentence, a link label). Only the characters that can open
 * a construct mid-line are escaped, so ordinary punctuation stays readable.
 */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>&|~]/g, '\\$&');
}

/** Like escapeMarkdownInline, for text that starts a line, where `#`, `-`, `+`, `=` and `1.` open blocks. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownInline(text.trim())
    .replace(/^[#+=-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function percentEncode(c: string): string {
  return encodeURIComponent(c);
}

/**
 * A URL as a Markdown link destination, `[label](here)`: whitespace and angle brackets, which no URL may
 * hold literally, are percent-encoded; parentheses, which may be meaningful, are backslash-escaped.
 */
export function markdownUrl(url: string): string {
  return url.replace(/[\s<>]/g, percentEncode).replace(/[()]/g, '\\$&');
}

/** A URL as a Markdown autolink, `<https://…>`, which allows no escapes, only percent-encoding. */
export function markdownAutolink(url: string): string {
  return `<${url.replace(/[\s<>]/g, percentEncode)}>`;
}

/**
 * A YAML double-quoted scalar. JSON's escapes are YAML's too; on top, the characters YAML counts as line
 * breaks or non-printable (NEL, C1 controls, LS/PS, BOM) are escaped, and lone surrogates, which no YAML
 * parser accepts, become U+FFFD.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value.replace(LONE_SURROGATE, '\uFFFD')).replace(
    /[\u007F-\u009F\u2028\u2029\uFEFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
