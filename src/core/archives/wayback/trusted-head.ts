import { rewriteJsonLd } from './json-ld.js';
import { isInjected } from './replay-detection.js';

/** Image-valued meta tags, whose content the archive rewrites to `…/web/<ts>im_/…`. */
const IMAGE_META = /^(og:image(:url|:secure_url)?|twitter:image(:src)?|thumbnail(url)?|image)$/i;
/** Address-valued meta tags, rewritten to `…/web/<ts>/…`. */
const URL_META = /^(og:url|twitter:url|url)$/i;

/**
 * The original `<head>` without the archive's includes, its addresses read back (og:url, canonical → original;
 * og:image → the archived copy). Its meta tags and JSON-LD are the publisher's own, captured with the page; so are
 * the JSON-LD blocks and microdata `<meta>` tags some publishers put in the body, which follow the head's, as on an
 * ordinary page.
 */
export function trustedHeadOf(
  doc: Document,
  root: Element,
  isChrome: (el: Element) => boolean,
  rewriteHref: (h: string) => string,
  rewriteSrc: (s: string) => string,
): Document | null {
  const head = doc.head;
  if (!head) return null;
  const copy = doc.implementation.createHTMLDocument('');
  const lang = doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang');
  if (lang) copy.documentElement.setAttribute('lang', lang);
  // Tag-name collections, not a selector scan: a big page has hundreds of thousands of elements.
  const inBody = [
    ...Array.from(root.getElementsByTagName('meta')),
    ...Array.from(root.getElementsByTagName('script')),
  ].filter((el) => {
    if (
      el.localName === 'meta'
        ? !el.hasAttribute('content')
        : (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json'
    )
      return false;
    for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (isChrome(p)) return false;
    return true;
  });
  for (const el of [...Array.from(head.children), ...inBody]) {
    const tag = el.localName;
    if (tag === 'base' || tag === 'style' || isInjected(el)) continue;
    if (tag === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const clone = copy.importNode(el, true);
    if (tag === 'meta') {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim();
      const content = el.getAttribute('content');
      if (content && IMAGE_META.test(key)) clone.setAttribute('content', rewriteSrc(content));
      else if (content && URL_META.test(key)) clone.setAttribute('content', rewriteHref(content));
    } else if (tag === 'link') {
      const href = el.getAttribute('href');
      if (href)
        clone.setAttribute(
          'href',
          /\bicon\b/i.test(el.getAttribute('rel') ?? '') ? rewriteSrc(href) : rewriteHref(href),
        );
    } else if (tag === 'script') {
      clone.textContent = rewriteJsonLd(el.textContent ?? '', rewriteHref, rewriteSrc);
    }
    copy.head.appendChild(clone);
  }
  return copy;
}
