import type { RemovalLog } from '../explain.js';

const SAFE_ATTR_NAME = /^[a-zA-Z_][-a-zA-Z0-9_:.]*$/;
const UNSAFE_URL = /^\s*(javascript|vbscript|data|file):/i;
/** Where lazy-loading scripts keep an image's real address until it scrolls into view. */
const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src', 'data-url', 'data-hi-res-src'];

/** Where lazy-loading scripts keep an image's real address, when they do. */
function lazySource(el: Element): string | null {
  for (const a of LAZY_SRC) {
    const v = el.getAttribute(a);
    if (v) return v;
  }
  return null;
}

/** The address an image shows: its lazy loader's when `src` is missing or a placeholder. */
export function imageAddress(img: Element): string {
  const src = img.getAttribute('src') ?? '';
  return (!src || src.startsWith('data:') ? lazySource(img) : null) ?? src;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

export interface AddressRewriting {
  /** Address a link inside the captured page points to in the clean article. */
  rewriteHref(href: string): string;
  /** Address an image loads from (kept on the archive's hosts); empty when the archive would not have served it. */
  rewriteSrc(src: string): string;
}

/**
 * Step `attributes`: what each element keeps in the clean copy. Presentation, scripts, tracking and frames'
 * sources go; links and images get the addresses the archive adapter gives them; images waiting for a lazy loader
 * get their real address. In place of class names (archive.today strips them; an ordinary page's names would
 * steer Readability differently from its snapshot's), elements that look alike get one neutral class: the same
 * inline computed style on a snapshot, the same class list on an ordinary page. Readability merges the article's
 * sibling blocks when they share a class, and a neutral name never matches its name patterns.
 */
export class AttributePolicy {
  private readonly classes = new Map<string, string>();

  constructor(
    private readonly addresses: AddressRewriting,
    private readonly log: RemovalLog,
  ) {}

  /** The attributes of `el` as written under `tag`, each with a leading space. */
  write(el: Element, tag: string): string {
    let s = this.lookAlikeClass(el);
    for (const name of el.getAttributeNames()) {
      const lower = name.toLowerCase();
      if (
        lower === 'style' ||
        lower === 'class' ||
        lower === 'id' ||
        lower.startsWith('on') ||
        lower === 'srcset' ||
        !SAFE_ATTR_NAME.test(name)
      )
        continue;
      if (lower.startsWith('data-') || lower === 'sizes' || lower === 'loading') continue;
      // What shows was decided when the page was indexed (clean/hidden.ts); Readability must not decide again.
      if (lower === 'hidden' || lower === 'aria-hidden') continue;
      let value = el.getAttribute(name) ?? '';
      if (lower === 'href') {
        value = this.addresses.rewriteHref(value);
        if (!value || UNSAFE_URL.test(value)) {
          this.log.note(el, 'attributes:unsafe-link');
          continue;
        }
      } else if (lower === 'src' && (tag === 'img' || tag === 'source')) {
        const lazy = lazySource(el);
        if (lazy && (!value || value.startsWith('data:'))) {
          value = lazy;
          this.log.note(el, 'attributes:lazy-image');
        }
        if (!value.startsWith('data:')) value = this.addresses.rewriteSrc(value);
        if (!value) {
          this.log.note(el, 'attributes:foreign-image');
          continue;
        }
      } else if (lower === 'src' || lower === 'action' || lower === 'formaction' || lower === 'srcdoc') {
        continue;
      }
      s += ` ${name}="${escapeAttr(value)}"`;
    }
    if (tag === 'img' && !el.hasAttribute('src')) {
      const lazy = lazySource(el);
      const src = lazy ? this.addresses.rewriteSrc(lazy) : '';
      if (src) {
        s += ` src="${escapeAttr(src)}"`;
        this.log.note(el, 'attributes:lazy-image');
      }
    }
    return s;
  }

  private lookAlikeClass(el: Element): string {
    const style = el.getAttribute('style');
    const cls = el.getAttribute('class');
    const key = style ? `style:${style}` : cls ? `class:${cls}` : '';
    if (!key) return '';
    let name = this.classes.get(key);
    if (!name) {
      name = `x${this.classes.size}`; // letters and digits only: never matches Readability's class-name patterns
      this.classes.set(key, name);
    }
    return ` class="${name}"`;
  }
}
