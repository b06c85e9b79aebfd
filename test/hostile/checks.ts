/**
 * What "no script vector, no foreign request" means for a piece of output, as a list of findings (empty = clean).
 * Shared by the hostile corpus test and usable by any harness that holds the HTML a page would show.
 */
import type { Article } from '../../src/article.js';
import type { DomWindow } from '../../src/formats/sanitize.js';

/** Elements that run script, load something on their own, submit, or change how the page is parsed or addressed. */
export const FORBIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'form',
  'input',
  'button',
  'isindex',
  'base',
  'meta',
  'style',
  'link',
  'template',
  'noscript',
  'portal',
  'fencedframe',
  'video',
  'audio',
  'source',
  'track',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
  'listing',
  'svg',
  'math',
  'image',
  'use',
  'foreignobject',
  'animate',
  'set',
]);

/** Attributes that make a request or navigate by themselves (beyond src/href, checked on their own). */
export const REQUEST_ATTRIBUTES: ReadonlySet<string> = new Set([
  'srcset',
  'imagesrcset',
  'srcdoc',
  'ping',
  'action',
  'formaction',
  'background',
  'poster',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'data',
  'codebase',
  'xlink:href',
  'manifest',
  'icon',
  'profile',
]);

const URL_ATTRIBUTES = [
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'data',
  'codebase',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'ping',
];

/** What browsers ignore in front of and inside a URL scheme. */
const URL_NOISE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

export function isScriptUrl(value: string): boolean {
  return /^(?:javascript|vbscript|livescript|mocha):/i.test(value.replace(URL_NOISE, ''));
}

function hostOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function isHttpUrl(value: string): boolean {
  return hostOf(value) !== null;
}

/** `foreign-host`: an image would load from a host outside the allowed ones; `vector`: anything else. */
export interface Finding {
  kind: 'vector' | 'foreign-host';
  message: string;
}

const vector = (message: string): Finding => ({ kind: 'vector', message });

export interface VectorOptions {
  /** Hosts an `<img>` may load from. */
  allowedHosts: readonly string[];
  /** When given, every element must be one of these (the sanitiser's allowlist). */
  allowedTags?: readonly string[];
  /** `data:image/*` sources count as clean (saved copies with inlined images). */
  allowDataImages?: boolean;
}

function describe(el: Element): string {
  const id = el.getAttribute('id');
  return `<${el.localName}${id ? `#${id.slice(0, 20)}` : ''}>`;
}

/** Findings for one element's attributes. */
function attributeFindings(el: Element, opts: VectorOptions, out: Finding[]): void {
  const tag = el.localName;
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    const value = attr.value;
    if (name.startsWith('on')) out.push(vector(`${describe(el)} has event handler ${name}`));
    if (REQUEST_ATTRIBUTES.has(name)) out.push(vector(`${describe(el)} has request attribute ${name}`));
    if (name === 'style' && /url\s*\(|expression\s*\(|@import|behavior|binding/i.test(value.replace(/\\/g, ''))) {
      out.push(vector(`${describe(el)} has a style that can load: ${value.slice(0, 80)}`));
    }
    if (URL_ATTRIBUTES.includes(name) && isScriptUrl(value))
      out.push(vector(`${describe(el)} ${name} is a script URL: ${value.slice(0, 80)}`));
    if (URL_ATTRIBUTES.includes(name) && /^data:/i.test(value.replace(URL_NOISE, ''))) {
      const image = tag === 'img' && name === 'src' && /^data:image\//i.test(value.trim());
      if (!image || !opts.allowDataImages)
        out.push(vector(`${describe(el)} ${name} is a data: URL: ${value.slice(0, 80)}`));
    }
  }
  const href = el.getAttribute('href');
  if (href !== null && !href.trim().startsWith('#') && !/^mailto:/i.test(href.trim()) && !isHttpUrl(href)) {
    out.push(vector(`${describe(el)} href is not http(s): ${href.slice(0, 80)}`));
  }
  const src = el.getAttribute('src');
  if (src !== null) {
    const dataImage = opts.allowDataImages && tag === 'img' && /^data:image\//i.test(src.trim());
    const host = hostOf(src);
    if (!dataImage && host === null) out.push(vector(`${describe(el)} src is not http(s): ${src.slice(0, 80)}`));
    else if (host !== null && !opts.allowedHosts.includes(host))
      out.push({
        kind: 'foreign-host',
        message: `${describe(el)} loads from foreign host ${host}: ${src.slice(0, 100)}`,
      });
  }
}

/**
 * Findings for an HTML fragment as it would be shown: parsed into an inert template, every element and
 * attribute checked, plus the raw string for `<script`.
 */
export function findVectors(html: string, win: DomWindow, opts: VectorOptions): Finding[] {
  const out: Finding[] = [];
  if (/<script/i.test(html)) out.push(vector('the markup contains "<script"'));
  const template = win.document.createElement('template');
  template.innerHTML = html;
  findVectorsIn(template.content, opts, out);
  return out;
}

/** Findings for every element under `root` (nested template contents included). */
export function findVectorsIn(root: ParentNode, opts: VectorOptions, out: Finding[] = []): Finding[] {
  const allowed = opts.allowedTags ? new Set(opts.allowedTags) : null;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
      out.push(vector(`${describe(el)} is in namespace ${el.namespaceURI ?? 'none'}`));
    if (FORBIDDEN_ELEMENTS.has(tag)) out.push(vector(`forbidden element ${describe(el)}`));
    else if (allowed && !allowed.has(tag)) out.push(vector(`element ${describe(el)} is not on the allowlist`));
    attributeFindings(el, opts, out);
    if (tag === 'template') findVectorsIn((el as HTMLTemplateElement).content, opts, out);
  }
  return out;
}

/** Markdown that carries raw HTML outside code: a Markdown viewer that renders HTML would run it. */
export function rawHtmlInMarkdown(markdown: string): Finding[] {
  const prose = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '') // YAML front matter: quoted strings, not Markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/(`+)[^`]*?\1/g, '');
  const out: Finding[] = [];
  // A backslash before "<" makes it literal text in CommonMark: only an unescaped one can open a tag.
  for (const m of prose.matchAll(/(?<!\\)<(?!https?:|mailto:)(?:\/?[a-z][a-z0-9-]*(?=[\s/>])|!--)[^>\n]{0,60}/gi))
    out.push(vector(`raw HTML in Markdown: ${m[0]}`));
  return out;
}

/** Normalised visible text of a fragment. */
export function fragmentText(html: string, win: DomWindow): string {
  const template = win.document.createElement('template');
  template.innerHTML = html;
  return collapse(template.content.textContent ?? '');
}

const ARCHIVE_OUTBOUND = /^(?:https?:)?(?:\/\/(?:www\.)?archive\.(?:today|ph|is|li|vn|fo|md))?\/o\/[A-Za-z0-9]+\//i;

/** Links in an article body that still point through archive.today's /o/ wrapper instead of at their target. */
export function outboundWrapperLinks(html: string, win: DomWindow): string[] {
  const template = win.document.createElement('template');
  template.innerHTML = html;
  return Array.from(template.content.querySelectorAll('[href]'))
    .map((el) => el.getAttribute('href') ?? '')
    .filter((href) => ARCHIVE_OUTBOUND.test(href.trim()));
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The addresses an Article carries outside its body, which readers and formats turn into links and images. */
export function articleUrlFindings(article: Article, allowedHosts: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const { source } = article;
  for (const [name, value] of [
    ['originalUrl', source.originalUrl],
    ['archiveUrl', source.archiveUrl],
    ['archiveShortUrl', source.archiveShortUrl],
  ] as const) {
    if (value !== null && !isHttpUrl(value))
      out.push(vector(`source.${name} is not an http(s) URL: ${value.slice(0, 80)}`));
  }
  if (article.leadImage) {
    const host = hostOf(article.leadImage.url);
    if (host === null) out.push(vector(`leadImage.url is not http(s): ${article.leadImage.url.slice(0, 80)}`));
    else if (!allowedHosts.includes(host))
      out.push({ kind: 'foreign-host', message: `leadImage.url loads from foreign host ${host}` });
  }
  return out;
}
