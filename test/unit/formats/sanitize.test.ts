import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article.js';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  articleImageUrls,
  sanitizeArticleHtml,
  type DomWindow,
} from '../../../src/formats/sanitize.js';
import reference from '../../support/reference-article.json';

const win = new JSDOM('').window as unknown as DomWindow;
const article = reference as Article;

/** Hostile inputs: each must come out inert; `keep` is benign text that must survive. */
const HOSTILE: { name: string; html: string; keep?: string }[] = [
  { name: 'script element', html: '<p>keep me</p><script>alert(1)</script>', keep: 'keep me' },
  { name: 'script with src', html: '<script src="https://evil.example/x.js"></script><p>keep me</p>', keep: 'keep me' },
  { name: 'img onerror', html: '<img src=x onerror=alert(1)>keep me', keep: 'keep me' },
  { name: 'valid img with onerror', html: '<img src="https://ok.example/a.jpg" onerror="alert(1)" onload="alert(2)">' },
  { name: 'javascript: href', html: '<a href="javascript:alert(1)">keep me</a>', keep: 'keep me' },
  { name: 'mixed-case javascript:', html: '<a href="JaVaScRiPt:alert(1)">keep me</a>', keep: 'keep me' },
  { name: 'decimal-entity javascript:', html: '<a href="&#106;&#97;vascript:alert(1)">keep me</a>', keep: 'keep me' },
  {
    name: 'hex-entity javascript: with &colon;',
    html: '<a href="&#x6A;avascript&colon;alert(1)">keep me</a>',
    keep: 'keep me',
  },
  { name: 'tab inside javascript:', html: '<a href="java&#x09;script:alert(1)">keep me</a>', keep: 'keep me' },
  { name: 'newline inside javascript:', html: '<a href="java\nscript:alert(1)">keep me</a>', keep: 'keep me' },
  { name: 'leading control characters', html: '<a href="&#x01; javascript:alert(1)">keep me</a>', keep: 'keep me' },
  { name: 'vbscript: href', html: '<a href="vbscript:msgbox(1)">keep me</a>', keep: 'keep me' },
  {
    name: 'data:text/html href',
    html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">keep me</a>',
    keep: 'keep me',
  },
  {
    name: 'upper-case DATA: href',
    html: '<a href="DATA:text/html,<script>alert(1)</script>">keep me</a>',
    keep: 'keep me',
  },
  {
    name: 'javascript: behind an archive /o/ wrapper',
    html: '<a href="https://archive.ph/o/abc12/javascript:alert(1)">keep me</a>',
    keep: 'keep me',
  },
  { name: 'javascript: img src', html: '<img src="javascript:alert(1)">' },
  { name: 'data: image when not allowed', html: '<img src="data:image/svg+xml;base64,PHN2Zy8+">' },
  { name: 'svg script', html: '<svg><script>alert(1)</script></svg><p>keep me</p>', keep: 'keep me' },
  { name: 'svg onload', html: '<svg onload="alert(1)"><circle r="4"/></svg>' },
  { name: 'svg xlink:href', html: '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>' },
  { name: 'math mglyph/style mXSS', html: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  {
    name: 'form/math namespace confusion',
    html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  },
  { name: 'noscript title breakout', html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>' },
  { name: 'iframe', html: '<iframe src="https://evil.example/"></iframe><p>keep me</p>', keep: 'keep me' },
  { name: 'iframe srcdoc', html: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  {
    name: 'form and inputs',
    html: '<form action="https://evil.example/"><input name="q" value="x"><button>Send</button></form><p>keep me</p>',
    keep: 'keep me',
  },
  { name: 'input image onerror', html: '<input type="image" src="x" onerror="alert(1)">' },
  { name: 'base href', html: '<base href="https://evil.example/"><p>keep me</p>', keep: 'keep me' },
  {
    name: 'meta refresh',
    html: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>keep me</p>',
    keep: 'keep me',
  },
  {
    name: 'link stylesheet',
    html: '<link rel="stylesheet" href="https://evil.example/x.css"><p>keep me</p>',
    keep: 'keep me',
  },
  {
    name: 'style attribute with url()',
    html: '<p style="background:url(javascript:alert(1))">keep me</p>',
    keep: 'keep me',
  },
  {
    name: 'style attribute with expression()',
    html: '<div style="width: expression(alert(1))">keep me</div>',
    keep: 'keep me',
  },
  {
    name: 'style element with tracking url()',
    html: '<style>p{background:url("https://evil.example/t")}</style><p>keep me</p>',
    keep: 'keep me',
  },
  { name: 'object', html: '<object data="https://evil.example/x.swf"><param name="a" value="b">fallback</object>' },
  { name: 'embed', html: '<embed src="https://evil.example/x.swf"><p>keep me</p>', keep: 'keep me' },
  { name: 'template content', html: '<template><script>alert(1)</script></template><p>keep me</p>', keep: 'keep me' },
  {
    name: 'details ontoggle',
    html: '<details open ontoggle="alert(1)"><summary>keep me</summary></details>',
    keep: 'keep me',
  },
  { name: 'video source onerror', html: '<video><source onerror="alert(1)"></video>' },
  { name: 'xmp raw text', html: '<xmp><img src=x onerror=alert(1)></xmp>' },
  { name: 'textarea raw text', html: '<textarea><img src=x onerror=alert(1)></textarea>' },
  { name: 'select option', html: '<select><option><img src=x onerror=alert(1)></option></select>' },
  { name: 'srcset on img', html: '<img src="https://ok.example/a.jpg" srcset="https://evil.example/b.jpg 2x">' },
  {
    name: 'class, data- and aria- attributes',
    html: '<p class="x" data-track="1" aria-hidden="true" onclick="alert(1)">keep me</p>',
    keep: 'keep me',
  },
  {
    name: 'target and formaction',
    html: '<a href="https://ok.example/" target="_blank" formaction="javascript:alert(1)">keep me</a>',
    keep: 'keep me',
  },
  {
    name: 'DOM clobbering ids',
    html: '<img name="cookie" id="location" src="https://ok.example/a.jpg"><p id="body">keep me</p>',
    keep: 'keep me',
  },
];

const URL_ATTRIBUTES = ['href', 'src', 'cite'];

/** Structural check on the parsed output: only allowlisted markup, only safe URLs. */
function expectInert(output: string): void {
  const body = new win.DOMParser().parseFromString(`<body>${output}`, 'text/html').body;
  for (const el of body.querySelectorAll('*')) {
    expect(ALLOWED_TAGS).toContain(el.localName);
    for (const attr of el.attributes) {
      expect([...ALLOWED_ATTRIBUTES, 'rel']).toContain(attr.name);
      if (URL_ATTRIBUTES.includes(attr.name)) expect(attr.value).toMatch(/^(?:https?:|mailto:|#)/i);
    }
  }
  expect(output).not.toMatch(/<(?:script|iframe|object|embed|form|input|base|meta|link|style|svg|math|template)\b/i);
  expect(output).not.toMatch(/\s(?:on\w+|style|srcdoc|srcset|formaction|xlink:href)=/i);
}

describe('sanitizeArticleHtml', () => {
  it('has at least 30 hostile cases', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  for (const { name, html, keep } of HOSTILE) {
    it(`neutralises: ${name}`, () => {
      const output = sanitizeArticleHtml(html, win);
      expectInert(output);
      if (keep) expect(output).toContain(keep);
      // Output parsed again must come out the same: no mutation-XSS round trip.
      expect(sanitizeArticleHtml(output, win)).toBe(output);
    });
  }

  it('keeps article markup and adds rel to links', () => {
    const html =
      '<h2 id="s1">Head</h2><p>A <a href="https://example.com/x" title="t">link</a>, <em>em</em>, <strong>strong</strong>, ' +
      '<abbr title="World Health Organization">WHO</abbr>, <time datetime="2017-05-16">May 16</time>.</p>' +
      '<blockquote cite="https://example.com/q"><p>Quote</p></blockquote><ol start="3"><li>three</li></ol>' +
      '<table><thead><tr><th scope="col">H</th></tr></thead><tbody><tr><td colspan="2">D</td></tr></tbody></table>' +
      '<figure><img src="https://example.com/a.jpg" alt="A" width="640" height="480"><figcaption>Cap</figcaption></figure>' +
      '<pre><code>x &lt; y</code></pre><p><a href="#s1">back</a> <a href="mailto:a@example.com">mail</a></p>';
    const output = sanitizeArticleHtml(html, win);
    expect(output).toContain('<h2 id="s1">Head</h2>');
    expect(output).toContain('<a href="https://example.com/x" title="t" rel="noopener noreferrer">link</a>');
    expect(output).toContain('<time datetime="2017-05-16">');
    expect(output).toContain('<blockquote cite="https://example.com/q">');
    expect(output).toContain('<ol start="3">');
    expect(output).toContain('<th scope="col">');
    expect(output).toContain('<td colspan="2">');
    expect(output).toContain('<img src="https://example.com/a.jpg" alt="A" width="640" height="480">');
    expect(output).toContain('<pre><code>x &lt; y</code></pre>');
    expect(output).toContain('<a href="#s1">back</a>');
    expect(output).toContain('<a href="mailto:a@example.com" rel="noopener noreferrer">');
  });

  it('drops relative links and images (there is no page to resolve them against)', () => {
    const output = sanitizeArticleHtml('<p><a href="/about">about</a><img src="/a.jpg"></p>', win);
    expect(output).toBe('<p><a>about</a></p>');
  });

  it('allows data: images only when asked', () => {
    const html = '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">';
    expect(sanitizeArticleHtml(html, win)).toBe('');
    expect(sanitizeArticleHtml(html, win, { allowDataImages: true })).toBe(html);
    expect(sanitizeArticleHtml('<img src="data:text/html;base64,PA==">', win, { allowDataImages: true })).toBe('');
  });

  it('rewrites archive.today outbound links to the originals', () => {
    const output = sanitizeArticleHtml('<a href="https://archive.ph/o/qF3xK/https%3A//example.com/a?b=c">x</a>', win);
    expect(output).toContain('href="https://example.com/a?b=c"');
  });

  it('keeps every paragraph of the reference article', () => {
    const output = sanitizeArticleHtml(article.contentHtml, win);
    for (const paragraph of article.text.split('\n\n')) {
      expect(output.replace(/&amp;/g, '&').replace(/&quot;/g, '"')).toContain(paragraph);
    }
    expect(output).toContain('<figure><img src="https://d3gk4m7rq2xw1b.archive.ph/qF3xK/');
  });
});

describe('articleImageUrls', () => {
  it('lists each safe image once, in reading order', () => {
    const html =
      '<img src="https://a.example/1.jpg"><p><img src="https://a.example/2.png"></p><img src="https://a.example/1.jpg"><img src="javascript:x">';
    const none = {
      service: 'none',
      originalUrl: null,
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: null,
    } as const;
    expect(articleImageUrls({ contentHtml: html, source: none }, win)).toEqual([
      'https://a.example/1.jpg',
      'https://a.example/2.png',
    ]);
  });

  it('takes an archived article’s images only from the archive’s hosts, as the reader shows them', () => {
    const html =
      '<img src="https://web.archive.org/web/2021im_/https://a.example/1.jpg"><img src="https://static.archive.org/x.jpg"><img src="https://evil.example/2.png">';
    const wayback = {
      service: 'wayback',
      originalUrl: 'https://a.example/',
      archiveUrl: null,
      archiveShortUrl: null,
      archivedAt: null,
    } as const;
    expect(articleImageUrls({ contentHtml: html, source: wayback }, win)).toEqual([
      'https://web.archive.org/web/2021im_/https://a.example/1.jpg',
    ]);
    // An archive's copy named over http: is fetched over https.
    expect(
      articleImageUrls({ contentHtml: '<img src="http://web.archive.org/web/2021im_/x.jpg">', source: wayback }, win),
    ).toEqual(['https://web.archive.org/web/2021im_/x.jpg']);
  });
});
