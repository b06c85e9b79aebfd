import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';
import { fixture, truth } from '../../support/dom.js';

// The extension's modules import the browser API; reading a copy of a page needs none of it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const { copyPage, countElements } = await import('../../../src/extension/shared/page-copy.js');
const { extractFromCopy } = await import('../../../src/extension/shared/extract-copy.js');

const URL = 'https://archive.ph/qF3xK';

/** Runs `copyPage` as the browser does: in the tab's window, with that window's globals. */
function copyIn(dom: JSDOM): ReturnType<typeof copyPage> {
  return dom.window.eval(`(${copyPage.toString()})()`) as ReturnType<typeof copyPage>;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('copyPage: the one function the extension runs in a page', () => {
  it('is self-contained: it runs from its source alone, as scripting.executeScript sends it', () => {
    const dom = new JSDOM('<!DOCTYPE html><html lang="en"><body><p>Hello</p></body></html>', {
      url: URL,
      runScripts: 'outside-only',
    });
    const copy = copyIn(dom);
    expect(copy.url).toBe(URL);
    expect(copy.html).toBe(
      '<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head></head><body><p>Hello</p></body></html>',
    );
  });

  it('keeps a quirks-mode page in quirks mode (no doctype added)', () => {
    const dom = new JSDOM('<html><body><p>Old page</p></body></html>', { url: URL, runScripts: 'outside-only' });
    expect(dom.window.document.compatMode).toBe('BackCompat');
    expect(copyIn(dom).html.startsWith('<html ')).toBe(true);
  });

  it('cannot be misled by named elements that shadow document properties (DOM clobbering)', () => {
    const dom = new JSDOM('<!DOCTYPE html><html><body><p>The real page</p><img name="documentElement"></body></html>', {
      url: URL,
      runScripts: 'outside-only',
    });
    const doc = dom.window.document;
    // What a browser does for <img name="documentElement"> and <form name="compatMode">: own properties that
    // shadow the prototype's getters (jsdom does not implement named properties, so they are set here).
    Object.defineProperty(doc, 'documentElement', { value: doc.querySelector('img') });
    Object.defineProperty(doc, 'compatMode', { value: 'BackCompat' });
    const copy = copyIn(dom);
    expect(copy.html).toMatch(/^<!DOCTYPE html><html [^>]*><head><\/head><body><p>The real page<\/p>/);
  });
});

describe('extractFromCopy: the article read from a copy of the tab', () => {
  it('is the article the core reads from the page itself', async () => {
    const html = fixture('snapshot.html');
    const dom = new JSDOM(html, { url: URL, runScripts: 'outside-only' });
    vi.stubGlobal('DOMParser', dom.window.DOMParser);
    const copy = copyIn(dom);
    const result = await extractFromCopy(copy, false);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe(truth.title);
    const direct = extractArticle(new JSDOM(html, { url: URL }).window.document, URL)!;
    expect(result.article.text).toBe(direct.text);
    expect(result.article.source).toEqual(direct.source);
  });

  it('reports a failure of the reading itself as an error with its message, not as a page without an article', async () => {
    vi.stubGlobal(
      'DOMParser',
      class {
        parseFromString(): Document {
          throw new TypeError('the parser gave up');
        }
      },
    );
    const result = await extractFromCopy(
      { html: '<p>text</p>', url: URL } as Parameters<typeof extractFromCopy>[0],
      false,
    );
    expect(result).toMatchObject({ ok: false, failure: 'error', error: 'TypeError: the parser gave up' });
  });

  it('says why a page has no article, with the core’s numbers', async () => {
    const dom = new JSDOM(
      '<!DOCTYPE html><html><body><nav><a href="/a">Home</a> <a href="/b">News</a></nav></body></html>',
      { url: URL, runScripts: 'outside-only' },
    );
    vi.stubGlobal('DOMParser', dom.window.DOMParser);
    const result = await extractFromCopy(copyIn(dom), false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toBe('no-article');
    expect(result.refusal?.cause.kind).toBeDefined();
  });
});

describe('copyPage keeps what a page shows when the copy is parsed again', () => {
  it('keeps the story after a <noscript> whose text would parse as markup (the tab runs scripts; the copy is parsed without)', async () => {
    const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', {
      url: 'https://example.org/news/story',
      runScripts: 'dangerously',
    });
    const doc = dom.window.document;
    const article = doc.body.appendChild(doc.createElement('article'));
    const h1 = article.appendChild(doc.createElement('h1'));
    h1.textContent = 'Night trains return';
    const paragraph = (text: string): void => {
      article.appendChild(doc.createElement('p')).textContent = text;
    };
    paragraph(
      'For the first time in eleven years, a sleeper train left the station on Friday evening, bound for the coast. '.repeat(
        3,
      ),
    );
    // As a browser with scripting on builds it: the noscript's content is one text node, not markup.
    const b = article.appendChild(doc.createElement('b'));
    b.appendChild(doc.createElement('noscript')).appendChild(
      doc.createTextNode('<!-- </noscript><img src=x onerror=alert(1)> -->'),
    );
    paragraph(
      'The board will publish passenger numbers after the first three months and decide then on a fourth night. '.repeat(
        3,
      ),
    );
    vi.stubGlobal('DOMParser', dom.window.DOMParser);
    const copy = copyIn(dom);
    expect(copy.html).not.toMatch(/<img[^>]*onerror/);
    const result = await extractFromCopy(copy, false);
    expect(result.ok && result.article.text).toContain('The board will publish passenger numbers');
  });
});

describe('countElements: the size check before reading a page ahead', () => {
  it('counts the elements of the page, even where named elements shadow what it uses', () => {
    const dom = new JSDOM(
      '<!DOCTYPE html><html><body><img name="getElementsByTagName"><form name="length"></form><p>x</p></body></html>',
      { url: URL, runScripts: 'outside-only' },
    );
    const count = dom.window.eval(`(${countElements.toString()})()`) as number;
    expect(count).toBe(dom.window.document.querySelectorAll('*').length);
    expect(count).toBe(6);
  });
});
