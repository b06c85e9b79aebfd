import { displayName, type Article } from '../article.js';
import type { Removal } from '../core/explain.js';
import type { DomWindow } from '../formats/sanitize.js';
import { articleToText } from '../formats/text.js';
import type { OutputFormat } from './args.js';

export async function renderArticle(article: Article, format: OutputFormat, win: DomWindow): Promise<string> {
  // Markdown (turndown and the DOM it brings) and the HTML writer load only for their own format.
  switch (format) {
    case 'json':
      return JSON.stringify(article, null, 2) + '\n';
    case 'text':
      return articleToText(article, win, { sourceLine: true }) + '\n';
    case 'markdown':
      return (await import('../formats/markdown.js')).articleToMarkdown(article, win, { frontMatter: true }) + '\n';
    case 'html':
      return (
        (await import('../formats/html-document.js')).articleToHtmlFragment(article, win, { sourceLine: true }) + '\n'
      );
    case 'summary':
      return summary(article);
  }
}

/** What `npm start` shows: the facts a reader checks first, then the opening paragraphs. */
function summary(a: Article): string {
  const s = a.source;
  const lines = [
    `Title      ${a.title}`,
    `Authors    ${a.authors.map(displayName).join('; ') || '(none found)'}`,
    `Published  ${a.published ?? '(unknown)'}`,
    `Site       ${a.siteName ?? '(unknown)'}`,
    `Language   ${a.lang ?? '(unknown)'}`,
    `Length     ${a.wordCount} words, ${a.readingMinutes} min read`,
    `Original   ${s.originalUrl ?? '(unknown)'}`,
  ];
  if (s.service !== 'none') {
    lines.push(`Archived   ${s.archivedAt ?? '(unknown time)'} on ${s.service}`);
    for (const url of [s.archiveUrl, s.archiveShortUrl]) if (url) lines.push(`           ${url}`);
  }
  const paragraphs = a.text.split('\n\n').slice(0, 3);
  return (
    [
      ...lines,
      '',
      ...paragraphs.map((p) => wrap(p, 100)),
      paragraphs.length < a.text.split('\n\n').length ? '…' : '',
    ].join('\n') + '\n'
  );
}

function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n') + '\n';
}

/** `--explain`: one line per removed element, grouped under its rule. */
export function explainRemovals(removals: Removal[]): string {
  if (!removals.length) return 'explain: the cleaning removed nothing\n';
  const lines = [`explain: ${removals.length} elements removed`];
  for (const r of removals) lines.push(`  ${r.rule.padEnd(34)} <${r.tag}> ${JSON.stringify(r.text)}`);
  return lines.join('\n') + '\n';
}
