/**
 * Many articles as one EPUB 3 book (reading lists, the sources of a story): a title page listing them, one chapter
 * per article with its header and its provenance, a table of contents with each article and its sections, and every
 * article's images inside the book. Built from the same parts as the one-article book (epub.ts).
 */
import type { Article } from '../article.js';
import { articleBody, headerFacts, headerLine, languageTag } from './article-parts.js';
import { utcSecond } from './dates.js';
import {
  CONTAINER_XML,
  EPUB_CSS,
  EPUB_IMAGE_TYPES,
  fixLinks,
  navDocument,
  placeImages,
  sectionHeadings,
  xhtmlPage,
  type BookFacts,
  type Heading,
} from './epub.js';
import { escapeXml } from './escape.js';
import { URL_NAMESPACE, uuidV5 } from './hash.js';
import { highwireMeta } from './highwire.js';
import type { ImageBytes } from './image-type.js';
import { provenanceDefinitions, provenanceRows } from './provenance.js';
import { imageUrls, type DomWindow } from './sanitize.js';
import { childrenToXhtml, conformToContentModels } from './xhtml.js';
import { collectImages, deterministicZip, type BundledImage } from './zip.js';

export interface BookEntry {
  article: Article;
  /** SHA-256 (hex) of the article's text, for its provenance. */
  textSha256?: string;
}

export interface BookOptions {
  /** Original image `src` → its bytes, or null when it could not be fetched (all articles' images together). */
  images: Map<string, ImageBytes | null>;
  savedAt: string;
  extensionVersion: string;
  /** The book's title; by default "<n> articles". */
  title?: string;
  identifier?: string;
}

interface Chapter {
  file: string;
  title: string;
  headings: Heading[];
  images: BundledImage[];
  xhtml: string;
}

function chapter(entry: BookEntry, n: number, book: BookFacts, win: DomWindow, opts: BookOptions): Chapter {
  const { article } = entry;
  const facts = headerFacts(article);
  const body = articleBody(article, win);
  // Each chapter's images in their own folder, so that two articles' "01.jpg" never meet.
  const bundled = collectImages(imageUrls(body), opts.images, `images/${n}`, EPUB_IMAGE_TYPES);
  placeImages(body, bundled);
  conformToContentModels(body);
  const headings = sectionHeadings(body);
  fixLinks(body);
  const line = headerLine(facts);
  const rows = provenanceRows(article, {
    savedAt: opts.savedAt,
    extensionVersion: opts.extensionVersion,
    textSha256: entry.textSha256,
  });
  const content = [
    '<article>',
    facts.site ? `<p class="site">${escapeXml(facts.site)}</p>` : '',
    `<h1>${escapeXml(facts.title)}</h1>`,
    line ? `<p class="byline">${escapeXml(line)}</p>` : '',
    childrenToXhtml(body),
    `<dl class="provenance">\n${provenanceDefinitions(rows, null)}\n</dl>`,
    '</article>',
  ].filter(Boolean);
  const file = `chapter-${n}.xhtml`;
  const xhtml = xhtmlPage(book, facts.title, 'bodymatter chapter', content.join('\n'), highwireMeta(article));
  return { file, title: facts.title, headings, images: [...bundled.values()], xhtml };
}

function titlePage(book: BookFacts, chapters: Chapter[], entries: BookEntry[]): string {
  const items = chapters.map((c, i) => {
    const facts = headerFacts(entries[i]!.article);
    const by = [facts.site, facts.byline, facts.published].filter(Boolean).join(' · ');
    return `<li><a href="${c.file}">${escapeXml(c.title)}</a>${by ? ` <span class="meta">${escapeXml(by)}</span>` : ''}</li>`;
  });
  const body = [
    '<section class="title-page" epub:type="titlepage">',
    `<h1>${escapeXml(book.title)}</h1>`,
    '<ol>',
    ...items,
    '</ol>',
    '</section>',
  ];
  return xhtmlPage(book, book.title, 'frontmatter', body.join('\n'));
}

function packageDocument(book: BookFacts, chapters: Chapter[]): string {
  const images = chapters.flatMap((c) => c.images);
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="title-page" href="title.xhtml" media-type="application/xhtml+xml"/>',
    ...chapters.map((c, i) => `<item id="chapter-${i + 1}" href="${c.file}" media-type="application/xhtml+xml"/>`),
    '<item id="style" href="style.css" media-type="text/css"/>',
    ...images.map(
      (image, i) => `<item id="image-${i + 1}" href="${escapeXml(image.path)}" media-type="${image.mediaType}"/>`,
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeXml(book.lang)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${escapeXml(book.identifier)}</dc:identifier>
<dc:title>${escapeXml(book.title)}</dc:title>
<dc:language>${escapeXml(book.lang)}</dc:language>
<meta property="dcterms:modified">${book.modified}</meta>
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine>
<itemref idref="title-page"/>
${chapters.map((_, i) => `<itemref idref="chapter-${i + 1}"/>`).join('\n')}
</spine>
</package>
`;
}

/** The articles as one EPUB 3 book; the same inputs always give the same bytes. Needs at least one article. */
export function articlesToEpub(entries: readonly BookEntry[], win: DomWindow, opts: BookOptions): Uint8Array {
  if (!entries.length) throw new RangeError('a book needs at least one article');
  const langs = new Set(entries.map((e) => languageTag(e.article.lang) ?? 'und'));
  const names = entries
    .map((e) => e.article.source.originalUrl ?? e.article.source.archiveUrl ?? e.article.title)
    .join('\n');
  const book: BookFacts = {
    identifier: opts.identifier ?? `urn:uuid:${uuidV5(names, URL_NAMESPACE)}`,
    title: opts.title ?? `${entries.length} articles`,
    // One language when they share it; "mul" (several languages) when they do not.
    lang: langs.size === 1 ? [...langs][0]! : 'mul',
    modified: utcSecond(opts.savedAt) ?? '1980-01-01T00:00:00Z',
  };
  const chapters = entries.map((entry, i) => chapter(entry, i + 1, book, win, opts));
  return deterministicZip(
    [
      { path: 'mimetype', data: 'application/epub+zip', store: true },
      { path: 'META-INF/container.xml', data: CONTAINER_XML },
      { path: 'OEBPS/content.opf', data: packageDocument(book, chapters) },
      { path: 'OEBPS/nav.xhtml', data: navDocument(book, chapters) },
      { path: 'OEBPS/title.xhtml', data: titlePage(book, chapters, [...entries]) },
      ...chapters.map((c) => ({ path: `OEBPS/${c.file}`, data: c.xhtml })),
      { path: 'OEBPS/style.css', data: EPUB_CSS },
      ...chapters.flatMap((c) =>
        c.images.map((image) => ({ path: `OEBPS/${image.path}`, data: image.bytes, store: true })),
      ),
    ],
    opts.savedAt,
  );
}
