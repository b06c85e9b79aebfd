import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article.js';
import type { DomWindow } from '../../../src/formats/sanitize.js';
import { articleToText } from '../../../src/formats/text.js';
import reference from '../../support/reference-article.json';

const win = new JSDOM('').window as unknown as DomWindow;
const article = reference as Article;

function withBody(contentHtml: string): Article {
  return { ...article, contentHtml };
}

describe('articleToText', () => {
  it('renders the reference body exactly as the extracted text', () => {
    expect(articleToText(article, win, { header: false })).toBe(`${article.text}\n`);
  });

  it('starts with the title and a byline line', () => {
    const text = articleToText(article, win);
    expect(
      text.startsWith(
        'Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips\n\n' +
          'By Philip Rucker and Karen DeYoung · The Washington Post · 2017-05-16\n\n' +
          'Comfortable chastising',
      ),
    ).toBe(true);
  });

  it('ends with the source line when asked', () => {
    const text = articleToText(article, win, { sourceLine: true });
    expect(text.endsWith('archived copy (captured 2017-07-19 22:03 UTC): https://archive.ph/qF3xK\n')).toBe(true);
  });

  it('keeps headings, lists, line breaks, tables and code; drops images and their captions', () => {
    const html = [
      '<h2>First   section</h2>',
      '<p>One\n  paragraph with <em>emphasis</em>.</p>',
      '<ul><li>alpha</li><li>beta<ul><li>nested</li></ul></li></ul>',
      '<ol start="3"><li>third</li><li><p>fourth</p><p>more</p></li></ol>',
      '<p>line one<br>line two</p>',
      '<figure><img src="https://d3gk4m7rq2xw1b.archive.ph/qF3xK/a.jpg" alt="A"><figcaption>Photo caption</figcaption></figure>',
      '<figure><blockquote>Quoted</blockquote><figcaption>Quote source</figcaption></figure>',
      '<table><tr><th>Name</th><th>Value</th></tr><tr><td>a</td><td>1</td></tr></table>',
      '<pre><code>if (a) {\n  b();\n}</code></pre>',
      '<div>Loose text <p>inner</p> tail</div>',
    ].join('');
    expect(articleToText(withBody(html), win, { header: false })).toBe(
      [
        'First section',
        'One paragraph with emphasis.',
        '- alpha\n- beta\n  - nested',
        '3. third\n4. fourth\n   more',
        'line one\nline two',
        'Quoted',
        'Quote source',
        'Name | Value\na | 1',
        'if (a) {\n  b();\n}',
        'Loose text',
        'inner',
        'tail',
      ].join('\n\n') + '\n',
    );
  });

  it('never shows markup from hostile content', () => {
    const text = articleToText(withBody('<p>safe<script>alert(1)</script><img src=x onerror=alert(1)></p>'), win, {
      header: false,
    });
    expect(text).toBe('safe\n');
  });
});
