/** Articles that differ from the reference one: organisations, dates, languages, archives. */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import {
  cite,
  CITATION_STYLES,
  type CitationOptions,
  type CitationStyleId,
} from '../../../src/formats/citation/index.js';
import type { Article } from '../../../src/article.js';
import { ACCESSED, articleWith, ORIG, referenceArticle, TEXT_STYLES, truth } from './support.js';

const text = (style: CitationStyleId, article: Article, options: CitationOptions = {}): string =>
  cite(article, style, { accessed: ACCESSED, ...options }).text;
const ALL_STYLES = CITATION_STYLES.map((style) => style.id);

describe('an organisation as author (Reuters)', () => {
  const reuters = articleWith({ authors: [{ literal: 'Reuters' }], byline: 'Reuters' });

  it('stays whole in every text style', () => {
    expect(text('apa', reuters)).toMatch(/^Reuters\. \(2017, May 16\)\. Inside/);
    expect(text('apa-intext', reuters)).toBe('(Reuters, 2017)');
    expect(text('mla', reuters)).toMatch(/^Reuters\. “Inside/);
    expect(text('mla-intext', reuters)).toBe('(Reuters)');
    expect(text('chicago-note', reuters)).toMatch(/^Reuters, “Inside/);
    expect(text('chicago-short-note', reuters)).toBe('Reuters, “Inside the Oval Office.”');
    expect(text('chicago-bib', reuters)).toMatch(/^Reuters\. “Inside/);
    expect(text('chicago-ad', reuters)).toMatch(/^Reuters\. 2017\. “Inside/);
    expect(text('chicago-ad-intext', reuters)).toBe('(Reuters 2017)');
    expect(text('harvard', reuters)).toMatch(/^Reuters \(2017\) ‘Inside/);
    expect(text('harvard-intext', reuters)).toBe('(Reuters, 2017)');
    expect(text('ieee', reuters)).toMatch(/^\[1\] Reuters, “Inside/);
  });

  it('is an agency on Wikipedia, not an author', () => {
    const wiki = text('wikipedia', reuters);
    expect(wiki).toContain('|agency=Reuters');
    expect(wiki).not.toMatch(/\|(author|last)\d*=/);
  });

  it('recognises the other wire services', () => {
    for (const agency of [
      'The Associated Press',
      'AP',
      'AFP',
      'Agence France-Presse',
      'Bloomberg',
      'UPI',
      'dpa',
      'PA Media',
    ]) {
      const wiki = text('wikipedia', articleWith({ authors: [{ literal: agency }, { given: 'Jane', family: 'Doe' }] }));
      expect(wiki).toContain(`|agency=${agency}`);
      expect(wiki).toContain('|last1=Doe |first1=Jane');
    }
  });

  it('puts other organisations in |author=', () => {
    const wiki = text('wikipedia', articleWith({ authors: [{ literal: 'The Editorial Board' }] }));
    expect(wiki).toContain('|author=The Editorial Board');
    expect(wiki).not.toContain('|agency=');
  });

  it('is one brace-protected name in BibTeX, one AU in RIS, a literal in CSL-JSON', () => {
    const bib = text('bibtex', reuters);
    expect(bib).toContain('author  = {{Reuters}},');
    expect(bib).toContain('@article{reuters2017inside,');
    expect(parseBibtex(bib).entries[0]?.fields.author).toEqual([{ name: 'Reuters' }]);
    expect(text('ris', reuters)).toContain('AU  - Reuters\r\n');
    expect(JSON.parse(text('csl-json', reuters))[0].author).toEqual([{ literal: 'Reuters' }]);
  });

  it('keeps a multi-word organisation whole in BibTeX', () => {
    const bib = text(
      'biblatex',
      articleWith({ authors: [{ literal: 'The Editorial Board' }, { given: 'Jane', family: 'Doe' }] }),
    );
    expect(parseBibtex(bib).entries[0]?.fields.author).toEqual([
      { name: 'The Editorial Board' },
      { lastName: 'Doe', firstName: 'Jane' },
    ]);
    expect(bib).toContain('@article{editorial2017inside,');
  });
});

describe('one author', () => {
  const single = articleWith({ authors: [{ given: 'Philip', family: 'Rucker' }] });
  it('is cited alone everywhere', () => {
    expect(text('apa', single)).toMatch(/^Rucker, P\. \(2017/);
    expect(text('chicago-note', single)).toMatch(/^Philip Rucker, “/);
    expect(text('harvard-intext', single)).toBe('(Rucker, 2017)');
    expect(text('wikipedia', single)).toContain('|last1=Rucker |first1=Philip |date=');
    expect(text('ris', single).match(/^AU {2}- /gm)).toHaveLength(1);
  });
  it('initialises compound and dotted given names', () => {
    const hr = articleWith({
      authors: [
        { given: 'H.R.', family: 'McMaster' },
        { given: 'Jean-Paul', family: 'Sartre' },
      ],
    });
    expect(text('apa', hr)).toMatch(/^McMaster, H\. R\., & Sartre, J\.-P\. \(/);
    expect(text('harvard', hr)).toMatch(/^McMaster, H\.R\. and Sartre, J\.-P\. \(/);
    expect(text('ieee', hr)).toMatch(/^\[1\] H\. R\. McMaster and J\.-P\. Sartre, /);
  });
  it('treats a lone given name as the name to print', () => {
    const mononym = articleWith({ authors: [{ given: 'Madonna', family: '' }] });
    expect(text('apa', mononym)).toMatch(/^Madonna\. \(2017/);
    expect(text('mla', mononym)).toMatch(/^Madonna\. “/);
  });
});

describe('no author', () => {
  const anonymous = articleWith({ authors: [], byline: null });
  it('uses the short title in in-text citations', () => {
    expect(text('apa-intext', anonymous)).toBe('(“Inside the Oval Office,” 2017)');
    expect(text('mla-intext', anonymous)).toBe('(“Inside the Oval Office”)');
    expect(text('chicago-ad-intext', anonymous)).toBe('(“Inside the Oval Office” 2017)');
    expect(text('harvard-intext', anonymous)).toBe('(‘Inside the Oval Office’, 2017)');
    expect(text('chicago-short-note', anonymous)).toBe('“Inside the Oval Office.”');
  });
  it('starts with the title in the notes and in IEEE', () => {
    expect(text('chicago-note', anonymous)).toMatch(
      /^“Inside the Oval Office with Trump and the Russians: Broad Smiles and Loose Lips,” Washington Post,/,
    );
    expect(text('ieee', anonymous)).toMatch(/^\[1\] “Inside/);
  });
  it('keys the BibTeX entry on the title and writes no author field', () => {
    const bib = text('bibtex', anonymous);
    expect(bib).toContain('@article{inside2017oval,');
    expect(bib).not.toContain('author');
    expect(text('wikipedia', anonymous)).not.toMatch(/\|(author|last|first)\d*=/);
  });
});

describe('dates', () => {
  it('without a date: Chicago adds the access date, records leave the date out, the key says nd', () => {
    const undated = articleWith({ published: null });
    expect(text('chicago-note', undated)).toContain(`Washington Post, accessed November 27, 2026, ${ORIG}, archived`);
    expect(text('chicago-bib', undated)).toContain(`Washington Post. Accessed November 27, 2026. ${ORIG}.`);
    expect(text('chicago-ad', undated)).toMatch(/^Rucker, Philip, and Karen DeYoung\. n\.d\. “/);
    expect(text('chicago-ad-intext', undated)).toBe('(Rucker and DeYoung n.d.)');
    expect(text('ieee', undated)).toContain('Washington Post. Accessed:');
    expect(text('wikipedia', undated)).not.toContain('|date=');
    expect(text('bibtex', undated)).not.toMatch(/year|month/);
    expect(text('bibtex', undated)).toContain('@article{ruckerndinside,');
    expect(text('ris', undated)).not.toMatch(/^(DA|PY) /m);
    expect(JSON.parse(text('csl-json', undated))[0].issued).toBeUndefined();
  });

  it('a full ISO datetime keeps its own calendar date (21:42 EDT is still May 16)', () => {
    const evening = articleWith({ published: '2017-05-16T21:42:00-04:00' });
    expect(text('apa', evening)).toContain('(2017, May 16)');
    expect(text('mla', evening)).toContain('16 May 2017');
    expect(text('chicago-note', evening)).toContain('May 16, 2017');
    expect(text('harvard', evening)).toContain(', 16 May.');
    expect(text('ieee', evening)).toContain('May 16, 2017.');
    expect(text('wikipedia', evening)).toContain('|date=2017-05-16');
    expect(text('biblatex', evening)).toContain('{2017-05-16}');
    expect(text('ris', evening)).toContain('DA  - 2017/05/16/');
    expect(JSON.parse(text('csl-json', evening))[0].issued).toEqual({ 'date-parts': [[2017, 5, 16]] });
    expect(text('html', evening)).toContain('<time datetime="2017-05-16T21:42:00-04:00">May 16, 2017</time>');
  });

  it('a year-month-day date reads the same as the reference', () => {
    const dated = articleWith({ published: '2017-12-01' });
    expect(text('apa', dated)).toContain('(2017, December 1)');
    expect(text('mla', dated)).toContain('1 Dec. 2017');
    expect(text('ieee', dated)).toContain('Dec. 1, 2017.');
    expect(text('bibtex', dated)).toMatch(/month {3}= dec,/);
  });

  it('a partial date prints only what is known', () => {
    const monthOnly = articleWith({ published: '2017-05' });
    expect(text('apa', monthOnly)).toContain('(2017, May)');
    expect(text('mla', monthOnly)).toContain('May 2017');
    expect(text('wikipedia', monthOnly)).toContain('|date=May 2017');
    expect(text('ris', monthOnly)).toContain('DA  - 2017/05//');
    expect(text('harvard', monthOnly)).toContain('Post, May. Available');
  });

  it('the capture date is the UTC date of the stamp', () => {
    const lateCapture = articleWith({}, { archivedAt: '2017-07-19T23:59:59Z' });
    expect(text('mla', lateCapture)).toContain('19 July 2017');
    expect(text('wikipedia-archive', lateCapture)).toContain('|archive-date=2017-07-19');
  });

  it('the access date defaults to today in the local time zone', () => {
    const now = new Date();
    const today = `${now.getFullYear()}/${String(now.getMonth() + 1).padStart(2, '0')}/${String(now.getDate()).padStart(2, '0')}/`;
    const ris = cite(referenceArticle, 'ris').text;
    // Guard against the test straddling midnight.
    const after = new Date();
    const todayAfter = `${after.getFullYear()}/${String(after.getMonth() + 1).padStart(2, '0')}/${String(after.getDate()).padStart(2, '0')}/`;
    expect([`Y2  - ${today}`, `Y2  - ${todayAfter}`].some((line) => ris.includes(line))).toBe(true);
  });

  it('rejects an access date that is not YYYY-MM-DD', () => {
    for (const accessed of ['27/11/2026', '2026-11-31', '2026-13-01', 'today']) {
      expect(() => cite(referenceArticle, 'mla', { accessed })).toThrow(RangeError);
    }
  });
});

describe('a title with | ] * < > { } % & #', () => {
  const title = 'Trump | Russia] *leaks* <b>bold</b> {sic} 100% Q&A #1';
  const article = articleWith({ title });

  it('is printed as written in the plain-text styles', () => {
    for (const style of ['apa', 'harvard', 'ieee'] as const) expect(text(style, article)).toContain(title);
  });

  it('is escaped for each record format', () => {
    expect(text('wikipedia', article)).toContain(
      '|title=Trump {{!}} Russia&#93; *leaks* &lt;b>bold&lt;/b> &#123;sic&#125; 100% Q&A #1 |',
    );
    expect(text('bibtex', article)).toContain(
      'title   = {Trump \\textbar{} {Russia}] *leaks* \\textless{}b\\textgreater{}bold\\textless{}/b\\textgreater{} \\{sic\\} 100\\% {Q\\&A} \\#1},',
    );
    expect(text('ris', article)).toContain(`TI  - ${title}\r\n`);
    expect(JSON.parse(text('csl-json', article))[0].title).toBe(title);
    expect(text('markdown', article)).toMatch(
      /^\[Trump \| Russia\\] \\\*leaks\\\* \\<b\\>bold\\<\/b\\> \{sic\} 100% Q&A #1\]\(/,
    );
    expect(cite(article, 'apa', { accessed: ACCESSED }).html).toContain(
      'Trump | Russia] *leaks* &lt;b&gt;bold&lt;/b&gt; {sic} 100% Q&amp;A #1.',
    );
  });

  it('parses back from BibTeX unchanged', () => {
    const parsed = parseBibtex(text('biblatex', article));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0]?.fields.title?.replace(/<\/?span[^>]*>/g, '')).toBe(title);
  });
});

describe('a non-English article (French)', () => {
  const french = articleWith({
    title: 'Dans le Bureau ovale, Trump et les Russes : grands sourires et langues déliées',
    siteName: 'Le Monde',
    lang: 'fr',
  });

  it('keeps the title as published in MLA and Chicago (CSL title-cases English only)', () => {
    expect(text('mla', french)).toContain(
      '“Dans le Bureau ovale, Trump et les Russes : grands sourires et langues déliées.”',
    );
    expect(text('chicago-note', french)).toContain(
      '“Dans le Bureau ovale, Trump et les Russes : grands sourires et langues déliées,” Le Monde,',
    );
  });

  it('states the language where the format has a field for it', () => {
    expect(text('biblatex', french)).toContain('langid       = {french},');
    expect(text('ris', french)).toContain('LA  - fr\r\n');
    expect(JSON.parse(text('csl-json', french))[0].language).toBe('fr');
    expect(text('wikipedia', french)).toContain('|language=fr');
    expect(text('wikipedia', referenceArticle)).not.toContain('|language=');
  });

  it('maps other tags', () => {
    expect(text('biblatex', articleWith({ lang: 'pt-BR' }))).toContain('langid       = {brazilian},');
    expect(text('biblatex', articleWith({ lang: 'de-DE' }))).toContain('langid       = {german},');
    expect(text('biblatex', articleWith({ lang: 'en-GB' }))).toContain('langid       = {british},');
    expect(text('biblatex', articleWith({ lang: 'xx' }))).not.toContain('langid');
    expect(JSON.parse(text('csl-json', articleWith({ lang: 'en-GB' })))[0].language).toBe('en-GB');
  });
});

describe('a Wayback Machine snapshot', () => {
  const WAYBACK = `https://web.archive.org/web/20170719220303/${ORIG}`;
  const wayback = articleWith(
    {},
    { service: 'wayback', archiveUrl: WAYBACK, archiveShortUrl: null, archivedAt: truth.archivedAt },
  );

  it('names the archive "Wayback Machine"', () => {
    expect(text('mla', wayback)).toContain(`Wayback Machine, 19 July 2017, ${WAYBACK}.`);
    expect(cite(wayback, 'mla', { accessed: ACCESSED }).html).toContain('<i>Wayback Machine</i>');
    expect(text('chicago-note', wayback)).toMatch(/archived July 19, 2017, at the Wayback Machine\.$/);
    expect(text('chicago-bib', wayback)).toMatch(/Archived July 19, 2017, at the Wayback Machine\.$/);
    expect(text('bibtex', wayback)).toContain('note    = {Archived 2017-07-19 at Wayback Machine: \\url{');
    expect(text('ris', wayback)).toContain('DB  - Wayback Machine\r\n');
    expect(JSON.parse(text('csl-json', wayback))[0]).toMatchObject({
      archive: 'Wayback Machine',
      archive_location: WAYBACK,
    });
  });

  it('may carry its archive link in the default Wikipedia output', () => {
    expect(text('wikipedia', wayback)).toContain(`|archive-url=${WAYBACK} |archive-date=2017-07-19 |url-status=live}}`);
  });
});

describe('a page read without an archive', () => {
  const live = articleWith(
    {},
    {
      service: 'none',
      archiveUrl: 'https://archive.ph/should-be-ignored',
      archiveShortUrl: null,
      archivedAt: '2017-07-19T22:03:03Z',
    },
  );

  it.each(ALL_STYLES)('%s has no archive part', (style) => {
    const out = cite(live, style, { accessed: ACCESSED });
    for (const form of [out.text, out.html ?? '']) {
      expect(form).not.toMatch(/archive|wayback|should-be-ignored/i);
    }
  });

  it('still ends each style cleanly', () => {
    expect(text('mla', live)).toBe(
      `Rucker, Philip, and Karen DeYoung. “Inside the Oval Office with Trump and the Russians: Broad Smiles and Loose Lips.” The Washington Post, 16 May 2017, ${ORIG}. Accessed 27 Nov. 2026.`,
    );
    expect(text('chicago-note', live).endsWith(`May 16, 2017, ${ORIG}.`)).toBe(true);
    expect(text('chicago-bib', live).endsWith(`May 16, 2017. ${ORIG}.`)).toBe(true);
    expect(text('markdown', live).endsWith('*The Washington Post*, May 16, 2017')).toBe(true);
  });
});

describe('only the archived copy is known', () => {
  const archiveOnly = articleWith({}, { originalUrl: null });
  const ARCH = truth.archiveUrl.long;

  it('cites the archive URL where the original would be', () => {
    expect(text('apa', archiveOnly).endsWith(ARCH)).toBe(true);
    expect(text('chicago-note', archiveOnly)).toMatch(
      new RegExp(`May 16, 2017, archived July 19, 2017, at archive\\.today, ${ARCH.replace(/[.?/]/g, '\\$&')}\\.$`),
    );
    expect(text('markdown', archiveOnly)).toMatch(
      /^\[Inside[^\]]*\]\(https:\/\/archive\.ph\/[^)]*\) — Philip Rucker and Karen DeYoung, \*The Washington Post\*, May 16, 2017$/,
    );
  });

  it('never puts it in the default Wikipedia output', () => {
    const wiki = text('wikipedia', archiveOnly);
    expect(wiki).not.toMatch(/archive\.ph/);
    expect(wiki).not.toContain('|url=');
    expect(wiki).not.toContain('|access-date=');
  });
});

describe('citing the archived copy (APA, Harvard, IEEE)', () => {
  const ARCH = truth.archiveUrl.long;
  it.each(['apa', 'harvard', 'ieee'] as const)('%s swaps the URL for the archive URL', (style) => {
    const out = text(style, referenceArticle, { citeArchivedCopy: true });
    expect(out).toContain(ARCH);
    expect(out.replace(ARCH, '')).not.toContain(ORIG);
  });
  it('leaves the other styles alone', () => {
    for (const style of TEXT_STYLES.filter((s) => !['apa', 'harvard', 'ieee'].includes(s))) {
      expect(text(style, referenceArticle, { citeArchivedCopy: true })).toBe(text(style, referenceArticle));
    }
  });
});

describe('a title ending in a question mark', () => {
  const question = articleWith({ title: 'Did Trump share secrets with the Russians?' });
  it('absorbs the comma or period that would follow it', () => {
    expect(text('apa', question)).toContain(
      '(2017, May 16). Did Trump share secrets with the Russians? The Washington Post.',
    );
    expect(text('mla', question)).toContain(
      '“Did Trump Share Secrets with the Russians?” The Washington Post, 16 May 2017,',
    );
    expect(text('chicago-note', question)).toContain(
      '“Did Trump Share Secrets with the Russians?” Washington Post, May 16, 2017,',
    );
    expect(text('chicago-bib', question)).toContain(
      '“Did Trump Share Secrets with the Russians?” Washington Post, May 16, 2017.',
    );
    expect(text('chicago-short-note', question)).toBe('Rucker and DeYoung, “Did Trump Share Secrets.”');
    expect(text('ieee', question)).toContain(
      '“Did Trump share secrets with the Russians?” The Washington Post, May 16, 2017.',
    );
    expect(text('harvard', question)).toContain(
      '‘Did Trump share secrets with the Russians?’, The Washington Post, 16 May.',
    );
  });
});

describe('a title with its own quotation', () => {
  it('switches the inner quotation marks inside the outer ones', () => {
    const quoting = articleWith({ title: 'Trump’s “big, beautiful” bill' });
    expect(text('mla', quoting)).toContain('“Trump’s ‘Big, Beautiful’ Bill.”');
    expect(text('harvard', quoting)).toContain('‘Trump’s “big, beautiful” bill’,');
    const british = articleWith({ title: 'The ‘special relationship’ frays' });
    expect(text('harvard', british)).toContain('‘The “special relationship” frays’,');
  });
});
