import TurndownService from 'turndown';
import { strikethrough, tables } from '@joplin/turndown-plugin-gfm';
import { displayName, type Article } from '../article.js';
import { articleBody, headerFacts, headerLine } from './article-parts.js';
import { escapeMarkdownLine, markdownUrl, yamlString } from './escape.js';
import { highlightsMarkdown } from './highlights.js';
import { httpUrl, type DomWindow } from './sanitize.js';
import { sourceLine } from './source-line.js';

export interface MarkdownOptions {
  /** YAML front matter with the article's metadata and provenance. */
  frontMatter?: boolean;
  /** Start with `# Title` and a "By … · publisher · date" line (default true). */
  header?: boolean;
  /** Append the source line. */
  sourceLine?: boolean;
  /** When the copy was saved (ISO 8601); printed as `saved` in the front matter. Never read from a clock here. */
  savedAt?: string;
  /** 'links' (default): images point at their URLs. 'files': at the relative paths in `imageNames`. */
  images?: 'links' | 'files';
  /** Original image `src` → relative path in a bundle (`images/01.jpg`). */
  imageNames?: Map<string, string>;
}

function frontMatter(article: Article, savedAt: string | undefined): string {
  const { source } = article;
  const lines = ['---'];
  const field = (key: string, value: string | null | undefined): void => {
    if (value) lines.push(`${key}: ${yamlString(value)}`);
  };
  // The keys Obsidian Web Clipper writes (title, source, author, published, created, description, tags), so notes
  // saved here sit beside clipped ones, then the archive's own.
  field('title', article.title);
  field('source', httpUrl(source.originalUrl));
  const authors = article.authors.map(displayName).filter(Boolean);
  if (authors.length) lines.push('author:', ...authors.map((name) => `  - ${yamlString(name)}`));
  field('published', article.published);
  field('created', savedAt?.slice(0, 10));
  field('description', article.excerpt?.replace(/\s+/g, ' ').trim());
  lines.push('tags:', '  - clippings');
  field('site', article.siteName);
  field('lang', article.lang);
  field('archive_url', httpUrl(source.archiveUrl));
  field('archive_short_url', httpUrl(source.archiveShortUrl));
  field('archived', source.archivedAt);
  field('saved', savedAt);
  const check = article.verification;
  if (check) {
    // The last Verify check: which other copy was compared, when, and what came out.
    lines.push('verification:');
    const nested = (key: string, value: string | null): void => {
      if (value) lines.push(`  ${key}: ${yamlString(value)}`);
    };
    nested('verdict', check.verdict);
    nested('compared_with', httpUrl(check.other.url));
    nested('other_archived', check.other.archivedAt);
    nested('checked', check.checkedAt);
    nested('text_sha256', check.textSha256);
    nested('other_text_sha256', check.other.textSha256);
  }
  lines.push('---');
  return lines.join('\n');
}

function escapeLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\[\]]/g, '\\$&');
}

function converter(opts: MarkdownOptions): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '*',
    strongDelimiter: '**',
    hr: '---',
    linkStyle: 'inlined',
  });
  service.use([tables, strikethrough]);
  // Turndown leaves `<` and `&` alone, so article text that reads "<script>" would become live HTML in any
  // renderer that allows it; escape the two where they could open a tag, comment or entity.
  const escapeText = service.escape.bind(service);
  service.escape = (text: string): string =>
    escapeText(text)
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // Turndown pads markers to four columns ("-   item"); the content column after "- " / "3. " is enough.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentElement;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number.parseInt(parent.getAttribute('start') ?? '', 10);
        prefix = `${(Number.isFinite(start) ? start : 1) + [...parent.children].indexOf(node)}. `;
      }
      const paragraph = /\n$/.test(content);
      const body = content.replace(/^\n+|\n+$/g, '') + (paragraph ? '\n' : '');
      return prefix + body.replace(/\n/g, `\n${' '.repeat(prefix.length)}`) + (node.nextSibling ? '\n' : '');
    },
  });
  // Markdown has no syntax for these; inline HTML keeps footnote markers and formulas (H₂O, x²) intact.
  service.addRule('subSup', {
    filter: ['sub', 'sup'],
    replacement: (content, node) => (content ? `<${node.localName}>${content}</${node.localName}>` : ''),
  });
  service.addRule('inlineQuote', {
    filter: 'q',
    replacement: (content) => `“${content}”`,
  });
  service.addRule('link', {
    filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
    replacement: (content, node) => {
      const title = node.getAttribute('title')?.replace(/\s+/g, ' ').trim();
      const titlePart = title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
      return `[${content}](${markdownUrl(node.getAttribute('href') ?? '')}${titlePart})`;
    },
  });
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = node.getAttribute('src') ?? '';
      const alt = escapeLabel(node.getAttribute('alt') ?? '');
      if (opts.images !== 'files') return `![${alt}](${markdownUrl(src)})`;
      const file = opts.imageNames?.get(src);
      // An image that could not be saved stays a link to where it was, and says so.
      return file ? `![${alt}](${markdownUrl(file)})` : `![${alt}](${markdownUrl(src)}) *(image not saved)*`;
    },
  });
  return service;
}

/**
 * The article as Markdown (ATX headings, `-` bullets, fenced code, `*`/`**`, GFM tables and strikethrough),
 * links pointing at the original pages, optionally with YAML front matter and a source line; the reader's
 * highlights, when it has any, follow the body.
 */
export function articleToMarkdown(article: Article, win: DomWindow, opts: MarkdownOptions = {}): string {
  const parts: string[] = [];
  if (opts.frontMatter) parts.push(frontMatter(article, opts.savedAt));
  if (opts.header ?? true) {
    const facts = headerFacts(article);
    parts.push(`# ${escapeMarkdownLine(facts.title)}`);
    const line = headerLine(facts);
    if (line) parts.push(escapeMarkdownLine(line));
  }
  const body = converter(opts).turndown(articleBody(article, win)).trim();
  if (body) parts.push(body);
  const highlights = highlightsMarkdown(article);
  if (highlights) parts.push(highlights);
  if (opts.sourceLine) parts.push(sourceLine(article, 'markdown'));
  return `${parts.join('\n\n')}\n`;
}
