import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';
import { filler, parsePage } from '../../support/snapshot.js';

/** Pages that are not snapshots (service `none`): the head is the publisher's own and is trusted. */

const URL_ = 'https://www.example-news.com/local/harbour-plan.html';

function page(
  head: string,
  body = `<article><h1>Harbour plan approved</h1>${filler('harbour plan', 3)}</article>`,
  lang = 'en-GB',
): string {
  return `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>Harbour plan approved | Example News</title>${head}</head><body>${body}</body></html>`;
}

function read(html: string, url = URL_) {
  const doc = parsePage(html, url);
  return extractArticle(doc, url)!;
}

const JSON_LD = `<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Harbour plan approved after long debate',
  datePublished: '2017-05-16T21:42:00-04:00',
  author: [
    { '@type': 'Person', name: 'Jane Doe' },
    { '@type': 'Organization', name: 'Reuters' },
  ],
  publisher: { '@type': 'Organization', name: 'Example News Group' },
})}</script>`;

describe('an ordinary article page', () => {
  it('takes authors, date and headline from a JSON-LD NewsArticle', () => {
    const article = read(page(JSON_LD));
    expect(article.authors).toEqual([{ given: 'Jane', family: 'Doe' }, { literal: 'Reuters' }]);
    expect(article.published).toBe('2017-05-16T21:42:00-04:00');
    expect(article.title).toBe('Harbour plan approved after long debate');
  });

  it('finds the NewsArticle inside an @graph', () => {
    const graph = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        {
          '@type': 'NewsArticle',
          headline: 'Harbour plan approved after long debate',
          datePublished: '2017-05-16',
          author: { '@type': 'Person', name: 'John Smith' },
        },
      ],
    })}</script>`;
    const article = read(page(graph));
    expect(article.authors).toEqual([{ given: 'John', family: 'Smith' }]);
    expect(article.published).toBe('2017-05-16');
  });

  it('survives broken JSON-LD and falls back to meta tags', () => {
    const head = `<script type="application/ld+json">{"@type": "NewsArticle", "author": </script>
<meta name="author" content="Jane Doe and John Smith"><meta property="article:published_time" content="2017-05-16T09:00:00+02:00">`;
    const article = read(page(head));
    expect(article.authors).toEqual([
      { given: 'Jane', family: 'Doe' },
      { given: 'John', family: 'Smith' },
    ]);
    expect(article.published).toBe('2017-05-16T09:00:00+02:00');
  });

  it('takes the site name from og:site_name', () => {
    expect(read(page('<meta property="og:site_name" content="Example News">')).siteName).toBe('Example News');
  });

  it('prefers the publisher table for a known host', () => {
    const article = read(
      page('<meta property="og:site_name" content="WaPo">'),
      'https://www.washingtonpost.com/local/harbour-plan.html',
    );
    expect(article.siteName).toBe('The Washington Post');
  });

  it('takes the language from <html lang>', () => {
    expect(read(page('')).lang).toBe('en-GB');
    expect(read(page('', undefined, 'fr')).lang).toBe('fr');
  });

  it('detects the language when <html lang> is missing', () => {
    expect(read(page('', undefined, '')).lang).toBe('en');
  });

  it('takes the section from article:section', () => {
    expect(read(page('<meta property="article:section" content="Local News">')).section).toBe('Local News');
  });

  it('uses the canonical address as the original', () => {
    const article = read(
      page('<link rel="canonical" href="https://www.example-news.com/local/harbour-plan.html">'),
      'https://www.example-news.com/local/harbour-plan.html?utm_source=feed',
    );
    expect(article.source).toEqual({
      service: 'none',
      originalUrl: 'https://www.example-news.com/local/harbour-plan.html',
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: null,
    });
  });

  it('takes the lead image from og:image', () => {
    expect(read(page('<meta property="og:image" content="https://cdn.example-news.com/quay.jpg">')).leadImage).toEqual({
      url: 'https://cdn.example-news.com/quay.jpg',
      caption: null,
    });
  });
});

describe('links of an ordinary page', () => {
  const links = (body: string): string[] => {
    const article = read(
      page(
        '',
        `<article><h1>Harbour plan approved</h1>${filler('harbour plan', 3)}<p>${body} and the council said more about the plan later that week.</p></article>`,
      ),
    );
    const doc = parsePage(`<body>${article.contentHtml}</body>`, URL_);
    return Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '(none)');
  };

  it('points archive.today outbound wrappers at their originals and drops script targets', () => {
    expect(links('See <a href="https://archive.ph/o/qF3xK/https%3A//www.example.org/report">the report</a>')).toContain(
      'https://www.example.org/report',
    );
    expect(links('See <a href="https://archive.ph/o/qF3xK/javascript:alert(1)">the report</a>').join(' ')).not.toMatch(
      /archive\.ph|javascript/,
    );
  });

  it("leaves the site's own /o/ paths alone", () => {
    expect(links('See <a href="/o/abcd/more-news">the report</a>')).toContain(
      'https://www.example-news.com/o/abcd/more-news',
    );
  });
});
