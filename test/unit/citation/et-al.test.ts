/** Each style's author-list thresholds, at the counts where they change. */
import { describe, expect, it } from 'vitest';
import { cite, type CitationStyleId } from '../../../src/formats/citation/index.js';
import { ACCESSED, articleWith, people } from './support.js';

const cited = (style: CitationStyleId, count: number): string =>
  cite(articleWith({ authors: people(count) }), style, { accessed: ACCESSED }).text;
const citedHtml = (style: CitationStyleId, count: number): string =>
  cite(articleWith({ authors: people(count) }), style, { accessed: ACCESSED }).html ?? '';

describe('APA: up to 20 authors, then 19, an ellipsis and the last', () => {
  it('lists one, two and twenty authors in full', () => {
    expect(cited('apa', 1)).toMatch(/^Rucker, P\. \(2017, May 16\)\./);
    expect(cited('apa', 3)).toMatch(/^Rucker, P\., DeYoung, K\., & Doe, J\. \(2017/);
    const twenty = cited('apa', 20);
    expect(twenty.match(/, [A-Z]\./g)?.length).toBe(20);
    expect(twenty).toContain(', & Berg19, L. (2017');
    expect(twenty).not.toContain('…');
  });

  it('shortens 21 authors to the first 19, "…", and the last', () => {
    const list = cited('apa', 21).split(' (2017')[0] ?? '';
    expect(list.startsWith('Rucker, P., DeYoung, K., ')).toBe(true);
    expect(list.endsWith(', Chen18, M., … Silva20, I.')).toBe(true);
    expect(list.match(/, [A-Z]\./g)?.length).toBe(20);
    expect(list).not.toContain('&');
  });

  it('in text: "&" for two, et al. from three', () => {
    expect(cited('apa-intext', 1)).toBe('(Rucker, 2017)');
    expect(cited('apa-intext', 2)).toBe('(Rucker & DeYoung, 2017)');
    expect(cited('apa-intext', 3)).toBe('(Rucker et al., 2017)');
  });
});

describe('MLA: "et al." from three authors', () => {
  it('names one and two, shortens three', () => {
    expect(cited('mla', 1)).toMatch(/^Rucker, Philip\. “/);
    expect(cited('mla', 2)).toMatch(/^Rucker, Philip, and Karen DeYoung\. “/);
    expect(cited('mla', 3)).toMatch(/^Rucker, Philip, et al\. “/);
    expect(cited('mla', 8)).toMatch(/^Rucker, Philip, et al\. “/);
  });
  it('in text', () => {
    expect(cited('mla-intext', 1)).toBe('(Rucker)');
    expect(cited('mla-intext', 2)).toBe('(Rucker and DeYoung)');
    expect(cited('mla-intext', 3)).toBe('(Rucker et al.)');
  });
});

describe('Chicago: notes shorten from four authors, the bibliography from eleven (to seven)', () => {
  it('notes and short notes', () => {
    expect(cited('chicago-note', 1)).toMatch(/^Philip Rucker, “/);
    expect(cited('chicago-note', 3)).toMatch(/^Philip Rucker, Karen DeYoung, and Jane Doe, “/);
    expect(cited('chicago-note', 4)).toMatch(/^Philip Rucker et al\., “/);
    expect(cited('chicago-short-note', 3)).toBe('Rucker, DeYoung, and Doe, “Inside the Oval Office.”');
    expect(cited('chicago-short-note', 4)).toBe('Rucker et al., “Inside the Oval Office.”');
  });

  it('bibliography and reference list', () => {
    expect(cited('chicago-bib', 1)).toMatch(/^Rucker, Philip\. “/);
    expect(cited('chicago-bib', 4)).toMatch(/^Rucker, Philip, Karen DeYoung, Jane Doe, and John Smith\. “/);
    expect(cited('chicago-bib', 10)).toMatch(/^Rucker, Philip, .*, and Kofi Mensah\. “/);
    expect(cited('chicago-bib', 11)).toMatch(
      /^Rucker, Philip, Karen DeYoung, Jane Doe, John Smith, Ana Li, Omar Haddad, Mei Chen, et al\. “/,
    );
    expect(cited('chicago-ad', 11)).toMatch(/^Rucker, Philip, .*, Mei Chen, et al\. 2017\. “/);
  });

  it('author-date in text', () => {
    expect(cited('chicago-ad-intext', 1)).toBe('(Rucker 2017)');
    expect(cited('chicago-ad-intext', 3)).toBe('(Rucker, DeYoung, and Doe 2017)');
    expect(cited('chicago-ad-intext', 4)).toBe('(Rucker et al. 2017)');
  });
});

describe('Harvard: an italic "et al." from four authors', () => {
  it('reference list', () => {
    expect(cited('harvard', 1)).toMatch(/^Rucker, P\. \(2017\) ‘/);
    expect(cited('harvard', 3)).toMatch(/^Rucker, P\., DeYoung, K\. and Doe, J\. \(2017\) ‘/);
    expect(cited('harvard', 4)).toMatch(/^Rucker, P\. et al\. \(2017\) ‘/);
    expect(citedHtml('harvard', 4)).toMatch(/^Rucker, P\. <i>et al\.<\/i> \(2017\) ‘/);
  });
  it('in text', () => {
    expect(cited('harvard-intext', 2)).toBe('(Rucker and DeYoung, 2017)');
    expect(cited('harvard-intext', 3)).toBe('(Rucker, DeYoung and Doe, 2017)');
    expect(cited('harvard-intext', 4)).toBe('(Rucker et al., 2017)');
    expect(citedHtml('harvard-intext', 4)).toBe('(Rucker <i>et al.</i>, 2017)');
  });
});

describe('IEEE: an italic "et al." from seven authors', () => {
  it('lists six, shortens seven and eight', () => {
    expect(cited('ieee', 1)).toMatch(/^\[1\] P\. Rucker, “/);
    expect(cited('ieee', 6)).toMatch(/^\[1\] P\. Rucker, K\. DeYoung, J\. Doe, J\. Smith, A\. Li, and O\. Haddad, “/);
    expect(cited('ieee', 7)).toMatch(/^\[1\] P\. Rucker et al\., “/);
    expect(cited('ieee', 8)).toMatch(/^\[1\] P\. Rucker et al\., “/);
    expect(citedHtml('ieee', 7)).toMatch(/^\[1\] P\. Rucker <i>et al\.<\/i>, “/);
  });
});

describe('record formats and Wikipedia keep every author', () => {
  it.each(['bibtex', 'biblatex', 'ris', 'csl-json', 'wikipedia'] as const)('%s lists all 21', (style) => {
    const out = cited(style, 21);
    expect(out).toContain('Silva20');
    expect(out).toContain('Rucker');
  });
});
