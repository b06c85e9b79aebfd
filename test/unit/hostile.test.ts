/**
 * The hostile snapshot corpus (test/hostile/) through extraction, the one sanitiser and every save format:
 * nothing throws, nothing that runs script or loads from a foreign host survives, and the article still shows.
 * The same corpus runs through the built extension in Chromium (trap function, dialog handler, request log).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article.js';
import { extractWithReport, type ExtractReport } from '../../src/core/extract.js';
import { cite, CITATION_STYLES } from '../../src/formats/citation/index.js';
import { articleToHtmlDocument, articleToHtmlFragment } from '../../src/formats/html-document.js';
import { articleToMarkdown } from '../../src/formats/markdown.js';
import { ALLOWED_TAGS, sanitizeArticleHtml, type DomWindow } from '../../src/formats/sanitize.js';
import { articleToText } from '../../src/formats/text.js';
import { HOSTILE_DIR, loadHostileCases, MANIFEST_FILE, readManifest, type HostileCase } from '../hostile/cases.js';
import {
  articleUrlFindings,
  collapse,
  findVectors,
  findVectorsIn,
  fragmentText,
  outboundWrapperLinks,
  rawHtmlInMarkdown,
  type Finding,
} from '../hostile/checks.js';
import { buildCorpus } from '../hostile/corpus.js';

const quiet = new VirtualConsole();
const win = new JSDOM('', { virtualConsole: quiet }).window as unknown as DomWindow;
const SAVED_AT = '2026-01-02T03:04:05Z';
const ACCESSED = '2026-01-02';

function parse(c: HostileCase): Document {
  return new JSDOM(c.html, { url: c.url, virtualConsole: quiet }).window.document;
}

const messages = (findings: Finding[]): string[] => findings.map((f) => f.message);

const BUILT = buildCorpus();
const MANIFEST_TEXT = `${JSON.stringify(BUILT.manifest, null, 2)}\n`;
if (process.env.UPDATE_HOSTILE === '1') {
  rmSync(path.join(HOSTILE_DIR, 'pages'), { recursive: true, force: true });
  mkdirSync(path.join(HOSTILE_DIR, 'pages'));
  for (const [file, text] of BUILT.pages) writeFileSync(path.join(HOSTILE_DIR, file), text);
  writeFileSync(MANIFEST_FILE, MANIFEST_TEXT);
}

describe('hostile corpus files', () => {
  it('match their source (test/hostile/corpus.ts)', () => {
    const built = BUILT;
    const manifestText = MANIFEST_TEXT;
    expect(readFileSync(MANIFEST_FILE, 'utf8')).toBe(manifestText);
    for (const [file, text] of built.pages) expect(readFileSync(path.join(HOSTILE_DIR, file), 'utf8'), file).toBe(text);
  });

  it('holds at least 40 cases with unique ids and addresses, each naming its allowed hosts', () => {
    const manifest = readManifest();
    expect(manifest.length).toBeGreaterThanOrEqual(40);
    expect(new Set(manifest.map((c) => c.id)).size).toBe(manifest.length);
    expect(new Set(manifest.map((c) => c.url)).size).toBe(manifest.length);
    for (const c of manifest) expect(c.allowedHosts.length, c.id).toBeGreaterThan(0);
  });
});

const CASES = loadHostileCases();

describe.each(CASES.map((c) => [c.id, c] as const))('hostile snapshot %s', (_id, c) => {
  let doc: Document | null = null;
  let report: ExtractReport | null = null;
  let error: unknown = null;
  let clean = '';

  // jsdom parses 10,000 levels of nesting in quadratic time (it walks the ancestors on every insertion): the
  // nesting cases need most of a minute here; a browser parses them in milliseconds.
  beforeAll(() => {
    doc = parse(c);
    try {
      report = extractWithReport(doc, c.url);
      if (report.article) clean = sanitizeArticleHtml(report.article.contentHtml, win);
    } catch (e) {
      error = e;
    }
  }, 300_000);

  const check = (name: string, body: () => void): void => {
    it(name, body);
  };
  const article = (): Article => {
    if (error) throw error;
    if (!report?.article) throw new Error(`no article (failure: ${report?.failure ?? 'none'})`);
    return report.article;
  };

  const capturedPage = (): Element => {
    const body = doc?.querySelector('#CONTENT div.body');
    if (!body) throw new Error('no #CONTENT div.body');
    return body;
  };

  it('the page shows the expected text before extraction (corpus sanity)', () => {
    const text = collapse(capturedPage().textContent ?? '');
    for (const sentence of c.expectedText) expect(text).toContain(sentence);
  });

  // jsdom cannot re-serialise and re-parse 10,000 levels (recursive insertion); browsers cap parsing at 512 levels.
  if (c.category !== 'nesting')
    check('the sanitiser alone makes the raw captured page safe', () => {
      // Defence in depth: the core drops most of these before the sanitiser sees them; here the sanitiser gets them all.
      const raw = sanitizeArticleHtml(capturedPage().innerHTML, win);
      const findings = findVectors(raw, win, { allowedHosts: c.allowedHosts, allowedTags: ALLOWED_TAGS });
      expect(messages(findings.filter((f) => f.kind === 'vector'))).toEqual([]);
      const text = fragmentText(raw, win);
      for (const sentence of c.expectedText) expect(text).toContain(sentence);
    });

  check('extracts without throwing and keeps the article text', () => {
    const text = fragmentText(clean, win);
    expect(article().wordCount).toBeGreaterThan(0);
    for (const sentence of c.expectedText) expect(text).toContain(sentence);
  });

  check('sanitised body carries no script vector', () => {
    article();
    const findings = findVectors(clean, win, { allowedHosts: c.allowedHosts, allowedTags: ALLOWED_TAGS });
    expect(messages(findings.filter((f) => f.kind === 'vector'))).toEqual([]);
  });

  check('the article body keeps no archive /o/ wrapper link', () => {
    expect(outboundWrapperLinks(article().contentHtml, win)).toEqual([]);
  });

  check('sanitised body loads images only from the archive', () => {
    article();
    const findings = findVectors(clean, win, { allowedHosts: c.allowedHosts });
    expect(messages(findings.filter((f) => f.kind === 'foreign-host'))).toEqual([]);
  });

  check('addresses outside the body are http(s) and on the archive', () => {
    expect(messages(articleUrlFindings(article(), c.allowedHosts))).toEqual([]);
  });

  check('saved HTML, clipboard HTML and HTML citations carry no script vector', () => {
    const a = article();
    const opts = { allowedHosts: c.allowedHosts, allowDataImages: true };
    const doc = articleToHtmlDocument(a, win, {
      images: new Map(),
      textSha256: '0'.repeat(64),
      savedAt: SAVED_AT,
      extensionVersion: '0.0.0-test',
    });
    const parsed = new win.DOMParser().parseFromString(doc, 'text/html');
    const findings = [
      ...findVectorsIn(parsed.body, opts),
      ...findVectors(articleToHtmlFragment(a, win, { sourceLine: true }), win, opts),
    ];
    for (const style of CITATION_STYLES) {
      const citation = cite(a, style.id, { accessed: ACCESSED });
      if (citation.html !== null)
        findings.push(
          ...findVectors(citation.html, win, opts).map((f) => ({ ...f, message: `${style.id}: ${f.message}` })),
        );
    }
    expect(messages(findings.filter((f) => f.kind === 'vector'))).toEqual([]);
    expect(collapse(parsed.body.textContent ?? '')).toContain(c.expectedText[0]);
  });

  check('Markdown and text copies carry no raw HTML and keep the text', () => {
    const a = article();
    const markdown = articleToMarkdown(a, win, { frontMatter: true, sourceLine: true, savedAt: SAVED_AT });
    expect(messages(rawHtmlInMarkdown(markdown))).toEqual([]);
    const text = collapse(articleToText(a, win, { sourceLine: true }));
    for (const sentence of c.expectedText) expect(text).toContain(sentence);
  });

  if (Object.keys(c.expectMeta).length > 0) {
    check('metadata does not follow what the page fakes', () => {
      const a = article();
      const m = c.expectMeta;
      if (m.originalUrl !== undefined) expect(a.source.originalUrl).toBe(m.originalUrl);
      if (m.archivedAt !== undefined) expect(a.source.archivedAt).toBe(m.archivedAt);
      for (const site of m.notSiteName ?? []) expect(a.siteName).not.toBe(site);
      for (const prefix of m.notPublished ?? []) expect(a.published ?? '').not.toMatch(new RegExp(`^${prefix}`));
      for (const name of m.notByline ?? []) expect(a.byline ?? '').not.toContain(name);
    });
  }
});
