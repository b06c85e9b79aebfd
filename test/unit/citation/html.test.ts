/** The HTML forms: italics as <i>, every character of the article escaped, links only for web addresses. */
import { describe, expect, it } from 'vitest';
import { cite, CITATION_STYLES } from '../../../src/formats/citation/index.js';
import { ACCESSED, articleWith, referenceArticle, TEXT_STYLES } from './support.js';

const options = { accessed: ACCESSED };
const htmlOf = (article = referenceArticle, style: (typeof TEXT_STYLES)[number] = 'apa'): string =>
  cite(article, style, options).html ?? '';

describe('HTML forms of the text styles', () => {
  it.each(TEXT_STYLES)('%s has an HTML form whose text equals the plain form', (style) => {
    const citation = cite(referenceArticle, style, options);
    expect(citation.html).not.toBeNull();
    const decoded = (citation.html ?? '')
      .replace(/<\/?i>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(decoded).toBe(citation.text);
  });

  it('italicises the newspaper (and MLA’s second container)', () => {
    for (const style of ['apa', 'mla', 'harvard', 'ieee'] as const)
      expect(htmlOf(referenceArticle, style)).toContain('<i>The Washington Post</i>');
    for (const style of ['chicago-note', 'chicago-bib', 'chicago-ad'] as const)
      expect(htmlOf(referenceArticle, style)).toContain('<i>Washington Post</i>');
    expect(htmlOf(referenceArticle, 'mla')).toContain('<i>archive.today</i>');
  });

  it('escapes a hostile title and a hostile newspaper name', () => {
    const hostile = articleWith({ title: '<img src=x onerror=alert(1)>', siteName: '<script>alert("x")</script>' });
    for (const style of TEXT_STYLES) {
      const out = htmlOf(hostile, style);
      expect(out, style).not.toMatch(/<(img|script)/i);
      expect(out.replace(/<\/?i>/g, ''), style).not.toMatch(/<[a-z/]/i);
    }
    expect(htmlOf(hostile, 'apa')).toContain(
      '(2017, May 16). &lt;img src=x onerror=alert(1)&gt;. <i>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</i>.',
    );
  });

  it('escapes names', () => {
    const out = htmlOf(articleWith({ authors: [{ given: 'Jo"hn', family: "O'Brien <b>" }] }), 'chicago-note');
    expect(out).toMatch(/^Jo&quot;hn O&#39;Brien &lt;b&gt;, /);
  });
});

describe('the HTML link line', () => {
  it('is its own rich form', () => {
    const citation = cite(referenceArticle, 'html', options);
    expect(citation.html).toBe(citation.text);
  });

  it('escapes the title, byline and attributes', () => {
    const hostile = articleWith(
      { title: '<img src=x onerror=alert(1)>', authors: [{ literal: 'A & B' }] },
      { originalUrl: 'https://example.com/?a=1&b="x"' },
    );
    const line = cite(hostile, 'html', options).text;
    expect(line).toMatch(
      /^<a href="https:\/\/example\.com\/\?a=1&amp;b=&quot;x&quot;">&lt;img src=x onerror=alert\(1\)&gt;<\/a> — A &amp; B, /,
    );
    expect(line).not.toMatch(/<img/);
  });

  it('links only http(s) addresses', () => {
    const scripted = articleWith({}, { service: 'none', originalUrl: 'javascript:alert(1)', archiveUrl: null });
    expect(cite(scripted, 'html', options).text).not.toContain('href');
    expect(cite(scripted, 'markdown', options).text).not.toMatch(/\]\(/);
  });
});

describe('formats without an HTML form', () => {
  it('return null for the record formats, wikitext and Markdown', () => {
    for (const style of CITATION_STYLES) {
      const citation = cite(referenceArticle, style.id, options);
      if (style.kind === 'record' || ['wikipedia', 'wikipedia-archive', 'markdown'].includes(style.id)) {
        expect(citation.html, style.id).toBeNull();
      } else {
        expect(citation.html, style.id).not.toBeNull();
      }
    }
  });

  it('record formats declare a file extension and a MIME type', () => {
    for (const style of CITATION_STYLES.filter((s) => s.kind === 'record')) {
      expect(style.fileExtension).toMatch(/^(bib|ris|json)$/);
      expect(style.mimeType).toBeTruthy();
    }
  });
});
