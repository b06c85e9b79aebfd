import type { Article } from '../../article.js';
import { articleToHtmlFragment } from '../../formats/html-document.js';
import { articleToMarkdown } from '../../formats/markdown.js';
import { articleToText } from '../../formats/text.js';
import { writeRichText } from '../shared/clipboard.js';
import type { CopyFormat } from '../shared/settings.js';

/**
 * Puts the article on the clipboard. Rich text carries HTML and plain text together, so a word processor keeps
 * headings, links, emphasis and images while a plain-text field still gets clean text. Every format is built by
 * `src/formats` from the sanitised body, whose links already point to the original pages.
 */
export async function copyArticle(article: Article, format: CopyFormat, withSourceLine: boolean): Promise<void> {
  const options = { sourceLine: withSourceLine };
  switch (format) {
    case 'rich': {
      const html = articleToHtmlFragment(article, window, options);
      const text = articleToText(article, window, options);
      await writeRichText(html, text);
      return;
    }
    case 'markdown':
      await navigator.clipboard.writeText(articleToMarkdown(article, window, options));
      return;
    case 'text':
      await navigator.clipboard.writeText(articleToText(article, window, options));
      return;
  }
}
