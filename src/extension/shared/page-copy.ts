/**
 * The one piece of code the extension runs inside a page: it copies the page as the tab shows it now. Everything
 * else (the core's extraction) runs in the extension's own pages on that copy, so a page never hosts the
 * extractor's code, cannot see or switch it off, and never stalls while the article is read.
 */

/** The tab's page, serialised, with the address it was read at. */
export interface PageCopy {
  html: string;
  url: string;
}

/**
 * Runs in the tab through `scripting.executeScript({ func })`, so it must not refer to anything outside itself.
 * It reads through the DOM's own prototype getters: a page's named elements (`<img name="documentElement">`,
 * `<form name="compatMode">`) shadow same-named properties of `document` and would otherwise stand in for them.
 */
export function copyPage(): PageCopy {
  const getter = (proto: object, name: string): ((this: unknown) => unknown) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor?.get) throw new Error(`no ${name} getter`);
    return descriptor.get;
  };
  const root = getter(Document.prototype, 'documentElement').call(document) as Element | null;
  const quirks = getter(Document.prototype, 'compatMode').call(document) === 'BackCompat';
  // Not `outerHTML`: the tab runs scripts, so its <noscript>s hold plain text, which `outerHTML` writes out unescaped,
  // and the copy is parsed without scripts, where that text becomes markup (`<noscript><!-- </noscript><img onerror…>`
  // would swallow the rest of the story, or worse). The XML serialiser escapes every text node, so each parses back
  // as the text it was. Only the `xmlns` attributes it adds differ, and they mean nothing to an HTML parser.
  const html = root ? new XMLSerializer().serializeToString(root) : '';
  // The copy is parsed in the page's own mode (quirks or standards), which decides how some markup nests.
  // `location` needs no care: the window's own `location` cannot be shadowed.
  return { html: (quirks ? '' : '<!DOCTYPE html>') + html, url: location.href };
}

/**
 * How many elements the tab's page holds, without copying it: the background reads a page ahead only when it is of
 * ordinary size (background/pre-read.ts). Self-contained like `copyPage`, and read through the prototypes for the
 * same reason (`<img name="getElementsByTagName">` would shadow the method on `document`).
 */
export function countElements(): number {
  const all = Document.prototype.getElementsByTagName.call(document, '*');
  const length = Object.getOwnPropertyDescriptor(HTMLCollection.prototype, 'length')?.get;
  return length ? (length.call(all) as number) : Number.POSITIVE_INFINITY;
}
