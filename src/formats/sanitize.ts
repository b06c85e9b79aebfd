import type { Article, ArticleSource } from '../article.js';
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { imageHostAllowed, unwrapArchiveLink } from '../core/archives/hosts.js';

/**
 * The DOM every format works in: the browser's `window`, or `new JSDOM('').window` in Node. The constructors
 * (`DOMParser`) are read from it, never from globals, so the same code runs in the extension and the CLI.
 */
export type DomWindow = Window & typeof globalThis;

/** Elements an article body may keep. Everything else is removed; its text stays unless listed in DROPPED_WITH_CONTENT. */
export const ALLOWED_TAGS: readonly string[] = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'mark',
  'small',
  'blockquote',
  'q',
  'cite',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'img',
  'picture',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'colgroup',
  'col',
  'pre',
  'code',
  'hr',
  'br',
  'abbr',
  'time',
  'span',
  'div',
  'section',
  'article',
  'aside',
  'details',
  'summary',
];

/**
 * Attributes an article body may keep. `id` is kept on purpose: footnote and table-of-contents links
 * (`#fn1`) need their targets, and DOMPurify's SANITIZE_DOM already drops ids that would clobber
 * `document` properties. `start` keeps an ordered list's numbering. No `class` and no `style`: the
 * article is shown in our styles, never the page's.
 */
export const ALLOWED_ATTRIBUTES: readonly string[] = [
  'href',
  'src',
  'alt',
  'title',
  'datetime',
  'colspan',
  'rowspan',
  'scope',
  'lang',
  'dir',
  'width',
  'height',
  'cite',
  'id',
  'start',
];

/** Removed together with their content: their text is controls or fallback, never article prose. */
const DROPPED_WITH_CONTENT: readonly string[] = [
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'object',
  'embed',
  'applet',
  'canvas',
];

const LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];
const HTTP_PROTOCOLS: readonly string[] = ['http:', 'https:'];

const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+(?:;[a-z0-9=.+-]+)*,/i;

function absoluteUrl(value: string, protocols: readonly string[]): string | null {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) ? value.trim() : null;
  } catch {
    return null; // relative or malformed: there is no page to resolve it against
  }
}

/** `value` if it is an absolute http(s) URL, else null: the only addresses provenance and source lines print as links. */
export function httpUrl(value: string | null | undefined): string | null {
  return value ? absoluteUrl(value, HTTP_PROTOCOLS) : null;
}

/** The href a copy may carry: an absolute http(s)/mailto URL (archive wrappers unwrapped) or a `#fragment`. */
function safeLinkHref(value: string): string | null {
  const trimmed = value.trim();
  if (/^#[^\s]*$/.test(trimmed)) return trimmed;
  return absoluteUrl(unwrapArchiveLink(trimmed), LINK_PROTOCOLS);
}

export function isDataImage(value: string): boolean {
  return DATA_IMAGE.test(value.trim());
}

function safeImageSrc(value: string, allowDataImages: boolean): string | null {
  const trimmed = value.trim();
  if (isDataImage(trimmed)) return allowDataImages ? trimmed : null;
  return absoluteUrl(trimmed, HTTP_PROTOCOLS);
}

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  ADD_FORBID_CONTENTS: [...DROPPED_WITH_CONTENT],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify tests every attribute that is not URI-safe (datetime, scope, …) against this, so it must pass
  // plain values; it is DOMPurify's default without the extra schemes. The real URL rules are in enforceUrls.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/** Whose images an article body may show: an archived article's come only from its archive; null for any host. */
type ImageService = Exclude<ArticleSource['service'], 'none'> | null;

function allowedImage(src: string, imageService: ImageService): boolean {
  if (!imageService || isDataImage(src)) return true;
  try {
    return imageHostAllowed(imageService, new URL(src).hostname.toLowerCase());
  } catch {
    return false;
  }
}

function enforceUrls(el: Element, allowDataImages: boolean, imageService: ImageService): void {
  const tag = el.localName;
  const href = el.getAttribute('href');
  if (href !== null) {
    const safe = tag === 'a' ? safeLinkHref(href) : null;
    if (safe === null) el.removeAttribute('href');
    else el.setAttribute('href', safe);
  }
  if (tag === 'a' && !(el.getAttribute('href') ?? '#').startsWith('#')) el.setAttribute('rel', 'noopener noreferrer');

  const cite = el.getAttribute('cite');
  if (cite !== null && httpUrl(cite) === null) el.removeAttribute('cite');

  const src = el.getAttribute('src');
  if (tag === 'img') {
    const safe = src === null ? null : safeImageSrc(src, allowDataImages);
    // An image with nothing safe to show is noise in every format; one on a host the article may not load from
    // (a tracking pixel in a hostile snapshot) would be a request nobody asked for.
    if (safe === null || !allowedImage(safe, imageService)) el.remove();
    // The archives serve their copies over https; an http: address would be a plain, rewritable request.
    else el.setAttribute('src', imageService && /^http:/i.test(safe) ? `https:${safe.slice(5)}` : safe);
  } else if (src !== null) {
    el.removeAttribute('src');
  }
}

/**
 * Hooks belong to a DOMPurify instance, so each policy (data images or not, whose images) has its own instance,
 * built once per window rather than on every call: at most six, and no policy is ever shared between calls.
 */
const purifiers = new WeakMap<object, Map<string, Purifier>>();

function purifierFor(win: DomWindow, allowDataImages: boolean, imageService: ImageService): Purifier {
  let byPolicy = purifiers.get(win);
  if (!byPolicy) purifiers.set(win, (byPolicy = new Map()));
  const policy = `${allowDataImages} ${imageService ?? 'any'}`;
  let purifier = byPolicy.get(policy);
  if (!purifier) {
    purifier = DOMPurify(win);
    // An unsupported DOM makes DOMPurify hand its input back untouched; refusing is the only safe answer.
    if (!purifier.isSupported) throw new Error('DOMPurify cannot run in this window');
    purifier.addHook('afterSanitizeAttributes', (el) => enforceUrls(el, allowDataImages, imageService));
    byPolicy.set(policy, purifier);
  }
  return purifier;
}

export interface SanitizeOptions {
  /** Keep `data:image/*` sources (saved copies whose images are already inlined). */
  allowDataImages?: boolean;
  /**
   * The article's service: an archived article's images load only from its archive's hosts
   * (core/archives/hosts.ts), over https. By default, and for an ordinary page, any http(s) host.
   */
  imageService?: ArticleSource['service'];
}

/** The one sanitising path: every piece of extracted HTML passes here before it is shown or saved. */
export function sanitizeArticleHtml(html: string, win: DomWindow, opts: SanitizeOptions = {}): string {
  const service = opts.imageService ?? 'none';
  return purifierFor(win, opts.allowDataImages ?? false, service === 'none' ? null : service).sanitize(html, CONFIG);
}

/**
 * The sanitised article as the `<body>` of an inert document (DOMParser documents run no script and load
 * no images), for formats that walk or rewrite the DOM.
 */
export function sanitizeArticleBody(html: string, win: DomWindow, opts: SanitizeOptions = {}): HTMLElement {
  const clean = sanitizeArticleHtml(html, win, opts);
  return new win.DOMParser().parseFromString(`<!DOCTYPE html><body>${clean}`, 'text/html').body;
}

/** The distinct image addresses under `root`, in reading order. */
export function imageUrls(root: ParentNode): string[] {
  const urls = [...root.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
  return [...new Set(urls.filter(Boolean))];
}

/** The distinct image addresses of an article body, in reading order: what a saved copy needs fetched. */
export function articleImageUrls(article: Pick<Article, 'contentHtml' | 'source'>, win: DomWindow): string[] {
  return imageUrls(sanitizeArticleBody(article.contentHtml, win, { imageService: article.source.service })).slice(
    0,
    MAX_SAVED_IMAGES,
  );
}

/** More pictures than any article has: beyond it a page is trying to make the save fetch without end. */
const MAX_SAVED_IMAGES = 300;
