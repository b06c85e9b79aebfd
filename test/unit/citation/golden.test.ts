import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { cite, type CitationStyleId } from '../../../src/formats/citation/index.js';
import { ACCESSED, fill, goldenFile, goldenStrings, ORIG, snapshots } from './support.js';

/** golden-strings.json key → style id. */
const TEXT_GOLDENS: [string, CitationStyleId][] = [
  ['apa', 'apa'],
  ['apa-intext', 'apa-intext'],
  ['mla', 'mla'],
  ['mla-intext', 'mla-intext'],
  ['cnb17-note', 'chicago-note'],
  ['cnb17', 'chicago-bib'],
  ['cad17', 'chicago-ad'],
  ['cad17-intext', 'chicago-ad-intext'],
  ['ctr', 'harvard'],
  ['ctr-intext', 'harvard-intext'],
  ['ieee', 'ieee'],
];

/** citations.md §2. */
const DOC_GOLDENS: [CitationStyleId, string][] = [
  ['chicago-short-note', 'Rucker and DeYoung, “Inside the Oval Office.”'],
  [
    'wikipedia',
    '<ref>{{cite news |last1=Rucker |first1=Philip |last2=DeYoung |first2=Karen |date=2017-05-16 |title=Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips |url={ORIG} |newspaper=The Washington Post |access-date=2026-11-27}}</ref>',
  ],
  [
    'wikipedia-archive',
    '<ref>{{cite news |last1=Rucker |first1=Philip |last2=DeYoung |first2=Karen |date=2017-05-16 |title=Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips |url={ORIG} |newspaper=The Washington Post |access-date=2026-11-27 |archive-url={ARCH} |archive-date=2017-07-19 |url-status=live}}</ref>',
  ],
  [
    'markdown',
    '[Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips]({ORIG}) — Philip Rucker and Karen DeYoung, *The Washington Post*, May 16, 2017 ([archived]({ARCH}) July 19, 2017)',
  ],
  [
    'html',
    '<a href="{ORIG}">Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips</a> — Philip Rucker and Karen DeYoung, <cite>The Washington Post</cite>, <time datetime="2017-05-16">May 16, 2017</time> (<a href="{ARCH}">archived</a> <time datetime="2017-07-19T22:03:03Z">July 19, 2017</time>)',
  ],
];

/** BibTeX whitespace between tokens is insignificant: compare with runs of spaces collapsed. */
const normaliseBib = (text: string): string => text.replace(/[ \t]+/g, ' ').trim();

describe.each(snapshots)('goldens for the $name snapshot', ({ article, ARCH }) => {
  const options = { accessed: ACCESSED };

  it.each(TEXT_GOLDENS)('%s equals the golden string', (key, style) => {
    const golden = goldenStrings[key];
    expect(golden).toBeDefined();
    expect(cite(article, style, options).text).toBe(fill(golden ?? '', ARCH));
  });

  it.each(DOC_GOLDENS)('%s equals the golden in citations.md §2', (style, golden) => {
    expect(cite(article, style, options).text).toBe(fill(golden, ARCH));
  });

  it('bibtex equals golden.bib and parses without errors', () => {
    const text = cite(article, 'bibtex', options).text;
    expect(normaliseBib(text)).toBe(normaliseBib(goldenFile('golden.bib', ARCH)));
    expect(text).toBe(goldenFile('golden.bib', ARCH));
    expect(parseBibtex(text).errors).toEqual([]);
  });

  it('biblatex equals golden-biblatex.bib and parses without errors', () => {
    const text = cite(article, 'biblatex', options).text;
    expect(normaliseBib(text)).toBe(normaliseBib(goldenFile('golden-biblatex.bib', ARCH)));
    expect(parseBibtex(text).errors).toEqual([]);
  });

  it('ris equals golden.ris byte for byte (CRLF)', () => {
    expect(cite(article, 'ris', options).text).toBe(goldenFile('golden.ris', ARCH));
  });

  it('csl-json equals golden-csl.json', () => {
    const text = cite(article, 'csl-json', options).text;
    expect(JSON.parse(text)).toEqual(JSON.parse(goldenFile('golden-csl.json', ARCH)));
  });

  it('keeps the original URL intact in every output', () => {
    for (const [, style] of TEXT_GOLDENS.filter(([key]) => !key.endsWith('intext'))) {
      expect(cite(article, style, options).text).toContain(ORIG);
    }
  });
});
