import { displayName, isLiteralName, type Article } from '../article.js';
import { articleBody, headerFacts, headerLine, languageTag } from './article-parts.js';
import { utcSecond } from './dates.js';
import { escapeXml } from './escape.js';
import { URL_NAMESPACE, uuidV5 } from './hash.js';
import type { ImageBytes, SniffedImageType } from './image-type.js';
import { highwireMeta } from './highwire.js';
import { provenanceDefinitions, provenanceRows, type SavedCopy } from './provenance.js';
import { httpUrl, imageUrls, type DomWindow } from './sanitize.js';
import { childrenToXhtml, conformToContentModels } from './xhtml.js';
import { collectImages, deterministicZip, type BundledImage } from './zip.js';

export interface EpubOptions extends SavedCopy {
  /** Original image `src` → its bytes, or null when it could not be fetched. */
  images: Map<string, ImageBytes | null>;
  /** When the book was made (ISO 8601): `dcterms:modified` and every zip timestamp, so output is reproducible. */
  savedAt: string;
  /** The book's `dc:identifier`; by default a UUID v5 of the original URL, so re-saving gives the same id. */
  identifier?: string;
}

// EPUB 3.2's core image types (what epubcheck 4 and older readers accept without a fallback). WebP and AVIF
// became core only in EPUB 3.3, so they are left out of the book and shown as placeholders.
export const EPUB_IMAGE_TYPES: readonly SniffedImageType[] = ['image/jpeg', 'image/png', 'image/gif'];

export const EPUB_CSS = `body { margin: 0 5%; font-family: serif; line-height: 1.5; }
h1, h2, h3, h4, h5, h6 { font-family: sans-serif; line-height: 1.25; page-break-after: avoid; break-after: avoid; }
h1 { font-size: 1.6em; margin: 1em 0 .4em; }
.site, .byline, .meta, figcaption, .provenance, .missing-image { font-family: sans-serif; font-size: .85em; }
.site { text-transform: uppercase; letter-spacing: .05em; margin: 0; }
.byline, .meta { margin: 0 0 1.5em; }
img { max-width: 100%; height: auto; }
figure { margin: 1em 0; page-break-inside: avoid; break-inside: avoid; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #999; }
pre { white-space: pre-wrap; font-size: .85em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: .2em .4em; vertical-align: top; }
.missing-image { display: block; border: 1px dashed #999; padding: 1em; text-align: center; word-wrap: break-word; }
.title-page { margin-top: 20%; text-align: center; }
.title-page h1 { font-size: 2em; }
.provenance { margin-top: 3em; text-align: left; }
.provenance dt { font-weight: bold; margin-top: .5em; }
.provenance dd { margin: 0; word-wrap: break-word; }
`;

export const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

export interface BookFacts {
  identifier: string;
  title: string;
  lang: string;
  modified: string;
}

export function xhtmlPage(book: BookFacts, title: string, bodyType: string, body: string, extraHead = ''): string {
  const lang = escapeXml(book.lang);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}">
<head>
<meta charset="utf-8"/>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>${extraHead ? `\n${extraHead}` : ''}
</head>
<body epub:type="${bodyType}">
${body}
</body>
</html>
`;
}

function titlePage(article: Article, book: BookFacts, opts: EpubOptions): string {
  const facts = headerFacts(article);
  const body = [
    '<section class="title-page" epub:type="titlepage">',
    facts.site ? `<p class="site">${escapeXml(facts.site)}</p>` : '',
    `<h1>${escapeXml(facts.title)}</h1>`,
    facts.byline ? `<p class="byline">${escapeXml(facts.byline)}</p>` : '',
    facts.published ? `<p class="meta">${escapeXml(facts.published)}</p>` : '',
    `<dl class="provenance">\n${provenanceDefinitions(provenanceRows(article, opts), null)}\n</dl>`,
    '</section>',
  ].filter(Boolean);
  return xhtmlPage(book, facts.title, 'frontmatter', body.join('\n'));
}

export interface Heading {
  id: string;
  text: string;
}

/** Gives every `<h2>` an id (keeping existing ones) so the navigation document can point at it. */
export function sectionHeadings(body: HTMLElement): Heading[] {
  const taken = new Set([...body.querySelectorAll('[id]')].map((el) => el.id));
  let n = 0;
  return [...body.querySelectorAll('h2')].flatMap((heading) => {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return [];
    if (!heading.id) {
      let id: string;
      do id = `section-${++n}`;
      while (taken.has(id));
      taken.add(id);
      heading.id = id;
    }
    return [{ id: heading.id, text }];
  });
}

export function placeImages(body: HTMLElement, bundled: Map<string, BundledImage>): void {
  for (const img of [...body.querySelectorAll('img')]) {
    const src = img.getAttribute('src') ?? '';
    const image = bundled.get(src);
    if (image) {
      img.setAttribute('src', image.path);
      continue;
    }
    const placeholder = img.ownerDocument.createElement('span');
    placeholder.className = 'missing-image';
    const alt = img.getAttribute('alt')?.trim();
    placeholder.textContent = `${alt ? `Image not included: ${alt}` : 'Image not included'} (${src})`;
    img.replaceWith(placeholder);
  }
}

function fragmentId(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1); // a stray `%` that is not an escape
  }
}

/** Links inside the book must resolve: fragment links whose target is gone lose their href. */
export function fixLinks(body: HTMLElement): void {
  const ids = new Set([...body.querySelectorAll('[id]')].map((el) => el.id));
  for (const a of body.querySelectorAll('a')) {
    a.removeAttribute('rel'); // `noopener` is unknown to EPUB 3.2's vocabulary, and there is no window to protect
    const href = a.getAttribute('href');
    if (href?.startsWith('#') && !ids.has(fragmentId(href))) a.removeAttribute('href');
  }
}

function articlePage(article: Article, book: BookFacts, body: HTMLElement): string {
  const facts = headerFacts(article);
  const line = headerLine(facts);
  const content = [
    '<article>',
    `<h1>${escapeXml(facts.title)}</h1>`,
    line ? `<p class="byline">${escapeXml(line)}</p>` : '',
    childrenToXhtml(body),
    '</article>',
  ].filter(Boolean);
  return xhtmlPage(book, facts.title, 'bodymatter', content.join('\n'), highwireMeta(article));
}

/** A document of the book as the table of contents lists it: its file, its title, its `<h2>` sections. */
export interface TocEntry {
  file: string;
  title: string;
  headings: Heading[];
}

/** The navigation document: the title page, then each document with its sections; landmarks for readers that use them. */
export function navDocument(book: BookFacts, entries: readonly TocEntry[]): string {
  const entry = (e: TocEntry): string => {
    const items = e.headings.map((h) => `<li><a href="${e.file}#${escapeXml(h.id)}">${escapeXml(h.text)}</a></li>`);
    const sections = e.headings.length ? `\n<ol>\n${items.join('\n')}\n</ol>\n` : '';
    return `<li><a href="${e.file}">${escapeXml(e.title)}</a>${sections}</li>`;
  };
  const body = `<nav epub:type="toc" id="toc">
<h1>Contents</h1>
<ol>
<li><a href="title.xhtml">Title page</a></li>
${entries.map(entry).join('\n')}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">
<ol>
<li><a epub:type="titlepage" href="title.xhtml">Title page</a></li>
<li><a epub:type="bodymatter" href="${entries[0]!.file}">Start of content</a></li>
</ol>
</nav>`;
  return xhtmlPage(book, book.title, 'frontmatter', body);
}

function packageDocument(article: Article, book: BookFacts, images: BundledImage[]): string {
  const facts = headerFacts(article);
  const meta: string[] = [
    `<dc:identifier id="book-id">${escapeXml(book.identifier)}</dc:identifier>`,
    `<dc:title>${escapeXml(book.title)}</dc:title>`,
  ];
  article.authors.forEach((author, i) => {
    const name = displayName(author).trim();
    if (!name) return;
    const id = `creator-${i + 1}`;
    meta.push(`<dc:creator id="${id}">${escapeXml(name)}</dc:creator>`);
    meta.push(`<meta refines="#${id}" property="role" scheme="marc:relators">aut</meta>`);
    if (!isLiteralName(author) && author.family) {
      const fileAs = [author.family, author.given].filter(Boolean).join(', ');
      meta.push(`<meta refines="#${id}" property="file-as">${escapeXml(fileAs)}</meta>`);
    }
  });
  meta.push(`<dc:language>${escapeXml(book.lang)}</dc:language>`);
  if (facts.published) meta.push(`<dc:date>${facts.published}</dc:date>`);
  if (facts.site) meta.push(`<dc:publisher>${escapeXml(facts.site)}</dc:publisher>`);
  const original = httpUrl(article.source.originalUrl);
  if (original) meta.push(`<dc:source>${escapeXml(original)}</dc:source>`);
  const excerpt = article.excerpt?.replace(/\s+/g, ' ').trim();
  if (excerpt) meta.push(`<dc:description>${escapeXml(excerpt)}</dc:description>`);
  meta.push(`<meta property="dcterms:modified">${book.modified}</meta>`);

  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="title-page" href="title.xhtml" media-type="application/xhtml+xml"/>',
    '<item id="article" href="article.xhtml" media-type="application/xhtml+xml"/>',
    '<item id="style" href="style.css" media-type="text/css"/>',
    ...images.map(
      (image, i) => `<item id="image-${i + 1}" href="${escapeXml(image.path)}" media-type="${image.mediaType}"/>`,
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeXml(book.lang)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${meta.join('\n')}
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine>
<itemref idref="title-page"/>
<itemref idref="article"/>
</spine>
</package>
`;
}

/**
 * The article as an EPUB 3 book: a title page with provenance, the article as XHTML with its images inside
 * the book (those not available become a textual placeholder), a navigation document and a small style
 * sheet. The same inputs always give the same bytes.
 */
export function articleToEpub(article: Article, win: DomWindow, opts: EpubOptions): Uint8Array {
  const facts = headerFacts(article);
  const name = article.source.originalUrl ?? article.source.archiveUrl ?? `archive-reader:${facts.title}`;
  const book: BookFacts = {
    identifier: opts.identifier ?? `urn:uuid:${uuidV5(name, URL_NAMESPACE)}`,
    title: facts.title,
    lang: languageTag(article.lang) ?? 'und',
    modified: utcSecond(opts.savedAt) ?? '1980-01-01T00:00:00Z',
  };

  const body = articleBody(article, win);
  const bundled = collectImages(imageUrls(body), opts.images, 'images', EPUB_IMAGE_TYPES);
  placeImages(body, bundled);
  conformToContentModels(body);
  const headings = sectionHeadings(body);
  fixLinks(body);

  return deterministicZip(
    [
      { path: 'mimetype', data: 'application/epub+zip', store: true },
      { path: 'META-INF/container.xml', data: CONTAINER_XML },
      { path: 'OEBPS/content.opf', data: packageDocument(article, book, [...bundled.values()]) },
      { path: 'OEBPS/nav.xhtml', data: navDocument(book, [{ file: 'article.xhtml', title: book.title, headings }]) },
      { path: 'OEBPS/title.xhtml', data: titlePage(article, book, opts) },
      { path: 'OEBPS/article.xhtml', data: articlePage(article, book, body) },
      { path: 'OEBPS/style.css', data: EPUB_CSS },
      ...[...bundled.values()].map((image) => ({ path: `OEBPS/${image.path}`, data: image.bytes, store: true })),
    ],
    opts.savedAt,
  );
}
