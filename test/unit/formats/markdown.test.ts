import { readFileSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article.js';
import { articleToMarkdown } from '../../../src/formats/markdown.js';
import type { DomWindow } from '../../../src/formats/sanitize.js';
import reference from '../../support/reference-article.json';

const win = new JSDOM('').window as unknown as DomWindow;
const article = reference as Article;
const SAVED_AT = '2026-01-02T03:04:05Z';

/** Compares with `golden/<name>`; `UPDATE_GOLDEN=1 npx vitest run test/unit/formats` rewrites it (then read the diff). */
function expectGolden(name: string, actual: string): void {
  const file = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** Every construct the Markdown format must carry, in one body. */
const RICH_BODY = [
  '<h1>Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips</h1>',
  '<p>Intro with <em>emphasis</em>, <strong>strong</strong>, <s>struck</s>, <code>code</code>, H<sub>2</sub>O and x<sup>2</sup>.</p>',
  '<h2>Links</h2>',
  '<p>An <a href="https://archive.ph/o/qF3xK/https%3A//www.example.com/a(b)?q=1&amp;r=2">archived outbound link</a>, ',
  'an <a href="http://archive.is/o/pSSpa/www.example.org/old">old one without scheme</a>, ',
  'a <a href="https://example.com/with space" title="A &quot;title&quot;">link with a space</a>, ',
  'a <a href="javascript:alert(1)">hostile link</a> and a <a href="#notes">fragment</a>.</p>',
  '<h3>Lists</h3>',
  '<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul>',
  '<ol start="3"><li>third</li><li>fourth</li></ol>',
  '<blockquote><p>A quotation, <q>inline quote</q>.</p></blockquote>',
  '<figure><img src="https://d3gk4m7rq2xw1b.archive.ph/qF3xK/abc.jpg" alt="A [bracketed] alt"><figcaption>Caption text.</figcaption></figure>',
  '<table><thead><tr><th>Name</th><th>Votes | share</th></tr></thead><tbody><tr><td>Alice</td><td>10</td></tr><tr><td>Bob</td><td>5</td></tr></tbody></table>',
  '<pre><code>const a = 1;\nconsole.log(a * 2);</code></pre>',
  '<p>Line one<br>line two</p>',
  '<hr>',
  '<p id="notes">1. Not a list, # not a heading, *not emphasis*.</p>',
  '<p>Literal &lt;script&gt;alert(1)&lt;/script&gt;, &lt;!-- comment --&gt;, &amp;amp; and AT&amp;T, 3 &lt; 4.</p>',
  '<script>alert(1)</script>',
].join('');

const rich: Article = {
  ...article,
  title: 'Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips',
  contentHtml: RICH_BODY,
};

describe('articleToMarkdown', () => {
  it('renders the reference article as the golden file (front matter, links to originals, images)', () => {
    const md = articleToMarkdown(article, win, { frontMatter: true, sourceLine: true, savedAt: SAVED_AT });
    expectGolden('reference.md', md);
  });

  it('records the last verification in the front matter', () => {
    const wayback = `https://web.archive.org/web/20170720011459/${article.source.originalUrl}`;
    const verification = {
      verdict: 'identical',
      similarity: 1,
      changes: 0,
      checkedAt: '2026-12-05T09:00:00Z',
      textSha256: 'a'.repeat(64),
      other: { service: 'wayback', url: wayback, archivedAt: '2017-07-20T01:14:59Z', textSha256: 'a'.repeat(64) },
    } as const;
    const md = articleToMarkdown({ ...article, verification }, win, {
      frontMatter: true,
      header: false,
      savedAt: SAVED_AT,
    });
    expect(md).toContain(
      `saved: "${SAVED_AT}"\nverification:\n  verdict: "identical"\n  compared_with: "${wayback}"\n  other_archived: "2017-07-20T01:14:59Z"\n  checked: "2026-12-05T09:00:00Z"\n`,
    );
  });

  it('renders every construct as the rich golden file', () => {
    expectGolden('rich.md', articleToMarkdown(rich, win, { sourceLine: true }));
  });

  it('points bundled images at their files and leaves missing ones as links with a note', () => {
    const twoImages: Article = {
      ...article,
      contentHtml:
        '<p><img src="https://d3gk4m7rq2xw1b.archive.ph/qF3xK/1.jpg" alt="one"></p><p><img src="https://d3gk4m7rq2xw1b.archive.ph/qF3xK/2.jpg" alt="two"></p>',
    };
    const md = articleToMarkdown(twoImages, win, {
      header: false,
      images: 'files',
      imageNames: new Map([['https://d3gk4m7rq2xw1b.archive.ph/qF3xK/1.jpg', 'images/01.jpg']]),
    });
    expect(md).toBe(
      '![one](images/01.jpg)\n\n![two](https://d3gk4m7rq2xw1b.archive.ph/qF3xK/2.jpg) *(image not saved)*\n',
    );
  });

  it('escapes hostile metadata in the front matter', () => {
    const hostile: Article = {
      ...article,
      title: 'Title: with "quotes"\n---\nevil: true \u2028 #comment',
      authors: [{ literal: '- [x] "name"' }],
    };
    const md = articleToMarkdown(hostile, win, { frontMatter: true, header: false });
    const front = md.split('\n---\n')[0] ?? '';
    expect(front).toContain('title: "Title: with \\"quotes\\"\\n---\\nevil: true \\u2028 #comment"');
    expect(front).toContain('  - "- [x] \\"name\\""');
    expect(md.match(/^---$/gm)).toHaveLength(2);
  });

  it('never carries an archive wrapper link', () => {
    const md = articleToMarkdown(rich, win);
    expect(md).not.toMatch(/archive\.(?:ph|is|li|vn|fo|md|today)\/o\//);
  });
});
