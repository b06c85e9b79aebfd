/** citations.md §6, assertions 10–20 (1–9 belong to the extractor). */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { cite, CITATION_STYLES, type CitationStyleId } from '../../../src/formats/citation/index.js';
import schema from './csl-data.schema.json';
import {
  ACCESSED,
  ARCHIVE_TODAY,
  archiveIsArticle,
  articleWith,
  goldenStrings,
  HOSTILE_TITLE,
  ORIG,
  referenceArticle,
  snapshots,
  TEXT_STYLES,
  truth,
} from './support.js';

const options = { accessed: ACCESSED };
const ARCH = truth.archiveUrl.long;
const text = (style: CitationStyleId, article = referenceArticle, extra = {}): string =>
  cite(article, style, { ...options, ...extra }).text;
const html = (style: CitationStyleId, article = referenceArticle): string => cite(article, style, options).html ?? '';
const filled = (key: string): string => (goldenStrings[key] ?? '').replace('{ORIG}', ORIG).replace('{ARCH}', ARCH);

describe('10. APA', () => {
  it('equals the golden, with italics, "&", no retrieval date and no period after the URL', () => {
    expect(text('apa')).toBe(filled('apa'));
    expect(html('apa')).toContain('<i>The Washington Post</i>');
    expect(html('apa')).toContain('Rucker, P., &amp; DeYoung, K.');
    expect(text('apa')).not.toContain('Retrieved');
    expect(text('apa').endsWith(ORIG)).toBe(true);
  });
});

describe('11. MLA', () => {
  it('equals the golden: headline case, day-month-year, the archive as container 2, the access date', () => {
    const mla = text('mla');
    expect(mla).toBe(filled('mla'));
    expect(mla).toContain('Broad Smiles and Loose Lips');
    expect(mla).toContain('16 May 2017');
    expect(mla).toContain(`archive.today, 19 July 2017, ${ARCH}.`);
    expect(mla.endsWith('Accessed 27 Nov. 2026.')).toBe(true);
    expect(html('mla')).toContain(`<i>archive.today</i>, 19 July 2017, ${ARCH}.`);
  });
});

describe('12. Chicago', () => {
  const styles: [CitationStyleId, string][] = [
    ['chicago-note', 'cnb17-note'],
    ['chicago-bib', 'cnb17'],
    ['chicago-ad', 'cad17'],
  ];
  it.each(styles)('%s equals the golden, drops "The", has no access date and names the archive', (style, key) => {
    const out = text(style);
    expect(out).toBe(filled(key));
    expect(out).not.toContain('The Washington Post');
    expect(html(style)).toContain('<i>Washington Post</i>');
    expect(out).not.toMatch(/accessed/i);
    expect(out).toMatch(/archived July 19, 2017, at archive\.today\.$/i);
  });
  it('short note equals the golden', () => {
    expect(text('chicago-short-note')).toBe('Rucker and DeYoung, “Inside the Oval Office.”');
  });
});

describe('13. Harvard (Cite Them Right, en-GB)', () => {
  it('equals the golden: single quotes, comma outside, "16 May", full access date', () => {
    const ctr = text('harvard');
    expect(ctr).toBe(filled('ctr'));
    expect(ctr).toContain('‘Inside the Oval Office');
    expect(ctr).toContain('loose lips’, The Washington Post, 16 May.');
    expect(ctr).toContain('(Accessed: 27 November 2026)');
  });
});

describe('14. IEEE', () => {
  it('equals the golden: [1], initials, "Accessed … [Online]. Available:", no trailing period', () => {
    const ieee = text('ieee');
    expect(ieee).toBe(filled('ieee'));
    expect(ieee.startsWith('[1] P. Rucker and K. DeYoung, ')).toBe(true);
    expect(ieee).toContain(`Accessed: Nov. 27, 2026. [Online]. Available: ${ORIG}`);
    expect(ieee.endsWith(ORIG)).toBe(true);
  });
});

describe('15. Wikipedia (English Wikipedia)', () => {
  it.each(snapshots)('has no archive.today address for the $name snapshot, in any date format', ({ article }) => {
    for (const wikipediaDateFormat of ['ymd', 'dmy', 'mdy'] as const) {
      expect(text('wikipedia', article, { wikipediaDateFormat })).not.toMatch(ARCHIVE_TODAY);
    }
  });

  it('holds nothing on any of the seven domains, whichever the archive URL', () => {
    for (const domain of [
      'archive.today',
      'archive.ph',
      'archive.is',
      'archive.li',
      'archive.vn',
      'archive.fo',
      'archive.md',
    ]) {
      const article = articleWith(
        {},
        { archiveUrl: `https://${domain}/20170719220303/${ORIG}`, archiveShortUrl: `https://${domain}/qF3xK` },
      );
      expect(text('wikipedia', article)).not.toMatch(ARCHIVE_TODAY);
      expect(text('wikipedia-archive', article)).toContain(`|archive-url=https://${domain}/`);
    }
  });

  it('holds nothing even when the title mentions an archive.today address', () => {
    const article = articleWith({ title: 'Why https://archive.ph/abcde went dark' });
    expect(text('wikipedia', article)).not.toMatch(ARCHIVE_TODAY);
  });

  it('cites the original URL, date, newspaper and access date', () => {
    const wiki = text('wikipedia');
    expect(wiki).toContain(`|url=${ORIG} |newspaper=The Washington Post |access-date=2026-11-27`);
    expect(wiki).toContain('|date=2017-05-16');
  });

  it('writes every date in the chosen format and says so with |df=', () => {
    const dmy = text('wikipedia-archive', referenceArticle, { wikipediaDateFormat: 'dmy' });
    expect(dmy).toContain('|date=16 May 2017');
    expect(dmy).toContain('|access-date=27 November 2026');
    expect(dmy).toContain('|archive-date=19 July 2017');
    expect(dmy).toMatch(/\|df=dmy}}<\/ref>$/);
    const mdy = text('wikipedia-archive', referenceArticle, { wikipediaDateFormat: 'mdy' });
    expect(mdy).toContain('|date=May 16, 2017');
    expect(mdy).toContain('|access-date=November 27, 2026');
    expect(mdy).toContain('|archive-date=July 19, 2017');
    expect(mdy).toContain('|df=mdy');
    expect(text('wikipedia')).not.toContain('|df=');
  });

  it('escapes a | in the title as {{!}}', () => {
    const wiki = text('wikipedia', articleWith({ title: 'Trump | Russia' }));
    expect(wiki).toContain('|title=Trump {{!}} Russia |');
  });
});

describe('16. Wikipedia archive variant', () => {
  const archiveParams = (wiki: string): Record<string, string> =>
    Object.fromEntries(
      [...wiki.matchAll(/\|(archive-url|archive-date|url-status)=([^|}]*)/g)].map((m) => [m[1], (m[2] ?? '').trim()]),
    );

  it.each(snapshots)(
    'emits archive-url with a whole archive-date and a valid url-status ($name)',
    ({ article, ARCH: arch }) => {
      const params = archiveParams(text('wikipedia-archive', article));
      expect(params['archive-url']).toBe(arch);
      expect(params['archive-date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['live', 'dead', 'deviated', 'unfit', 'usurped']).toContain(params['url-status']);
    },
  );

  it('leaves the archive out when the capture date is unknown', () => {
    const params = archiveParams(text('wikipedia-archive', articleWith({}, { archivedAt: null })));
    expect(params).toEqual({});
  });
});

/** What Zotero's RIS importer does: tag lines, continuation lines joined with a space; AU → creators, DA → date. */
function readRisLikeZotero(ris: string): {
  tags: [string, string][];
  authors: { family: string; given: string }[];
  date: string;
} {
  const tags: [string, string][] = [];
  for (const line of ris.split(/\r\n|\n/)) {
    const match = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
    if (match) tags.push([match[1] ?? '', match[2] ?? '']);
    else if (line.trim() && tags.length) tags[tags.length - 1]![1] += ` ${line.trim()}`;
  }
  const authors = tags
    .filter(([tag]) => tag === 'AU')
    .map(([, value]) => {
      const [family = '', given = ''] = value.split(', ');
      return { family, given };
    });
  const da = tags.find(([tag]) => tag === 'DA')?.[1] ?? '';
  const [y = '', m = '', d = ''] = da.split('/');
  return { tags, authors, date: [y, m, d].filter(Boolean).join('-') };
}

describe('17. RIS', () => {
  it('uses CRLF, never wraps, and carries NEWS, both authors, the dates, the URL and the archive', () => {
    const ris = text('ris');
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ris.split('\r\n').slice(0, -1);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(lines).toContain('TY  - NEWS');
    expect(lines.filter((line) => line.startsWith('AU  - '))).toEqual(['AU  - Rucker, Philip', 'AU  - DeYoung, Karen']);
    expect(lines).toContain('DA  - 2017/05/16/');
    expect(lines).toContain('PY  - 2017');
    expect(lines).toContain(`UR  - ${ORIG}`);
    expect(lines).toContain('Y2  - 2026/11/27/');
    expect(lines.find((line) => line.startsWith('N1  - '))).toContain(ARCH);
  });

  it('round-trips authors and the full date under Zotero import semantics', () => {
    const read = readRisLikeZotero(text('ris'));
    expect(read.authors).toEqual(
      referenceArticle.authors.map((a) => ('family' in a ? { family: a.family, given: a.given } : a)),
    );
    expect(read.date).toBe('2017-05-16');
    expect(read.tags.find(([tag]) => tag === 'UR')?.[1]).toBe(ORIG);
  });
});

describe('18. BibTeX and biblatex', () => {
  const risky = articleWith(
    { title: 'Spending 100% of #budget on A&B_c', siteName: 'News & Views_1 #2 100%' },
    {
      originalUrl: 'https://example.com/a_b/c%20d?x=1&y=2#frag~x',
      archiveUrl: 'https://archive.ph/20170719220303/https://example.com/a_b/c%20d?x=1&y=2#frag~x',
    },
  );

  it.each(['bibtex', 'biblatex'] as const)(
    '%s parses with 0 errors, for the reference and a risky article',
    (style) => {
      for (const article of [referenceArticle, archiveIsArticle, risky]) {
        expect(parseBibtex(text(style, article)).errors).toEqual([]);
      }
    },
  );

  it('BibTeX writes the month as a macro and the URL unescaped', () => {
    const bib = text('bibtex', risky);
    expect(bib).toMatch(/^ {2}month {3}= may,$/m);
    expect(bib).toContain('url     = {https://example.com/a_b/c%20d?x=1&y=2#frag~x},');
    expect(parseBibtex(bib).entries[0]?.fields.url).toBe('https://example.com/a_b/c%20d?x=1&y=2#frag~x');
  });

  it('biblatex writes the ISO date and the access date', () => {
    const bib = text('biblatex');
    expect(bib).toContain('date         = {2017-05-16},');
    expect(bib).toContain('urldate      = {2026-11-27},');
  });

  it.each(['bibtex', 'biblatex'] as const)(
    '%s escapes percent, ampersand, hash and underscore in every other field, and reads back as written',
    (style) => {
      const bib = text(style, risky);
      expect(bib).toContain('Spending 100\\% of \\#budget on {A\\&B\\_c}');
      const fields = parseBibtex(bib).entries[0]?.fields;
      // The parser marks case-protected words as <span class="nocase">.
      expect(fields?.title?.replace(/<\/?span[^>]*>/g, '')).toBe('Spending 100% of #budget on A&B_c');
      expect(fields?.[style === 'bibtex' ? 'journal' : 'journaltitle']).toBe('News & Views_1 #2 100%');
    },
  );

  it('keeps the archive URL readable inside \\url{} in the note', () => {
    const note = parseBibtex(text('bibtex', risky)).entries[0]?.fields.note ?? '';
    // \url{} sits in a text field, so % and # are written \% and \# (hyperref prints them bare).
    expect(note.replace(/\\([%#])/g, '$1')).toContain(
      'https://archive.ph/20170719220303/https://example.com/a_b/c%20d?x=1&y=2#frag~x',
    );
  });
});

describe('19. CSL-JSON', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);

  it.each(snapshots)('validates against csl-data.json ($name), with the capture time in custom', ({ article }) => {
    const data: unknown = JSON.parse(text('csl-json', article));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data).toMatchObject([{ custom: { 'archive-date': '2017-07-19T22:03:03Z' } }]);
  });

  it('the schema really rejects unknown keys', () => {
    const item = JSON.parse(text('csl-json')) as Record<string, unknown>[];
    expect(validate([{ ...item[0], 'archive-url': ARCH }])).toBe(false);
  });

  it('APA never prints "archive.today (", whatever the options', () => {
    for (const article of [referenceArticle, archiveIsArticle]) {
      for (const citeArchivedCopy of [false, true]) {
        const citation = cite(article, 'apa', { ...options, citeArchivedCopy });
        expect(citation.text).not.toContain('archive.today (');
        expect(citation.html).not.toContain('archive.today (');
      }
    }
  });
});

describe('20. Untrusted text and missing data', () => {
  const hostile = articleWith({ title: HOSTILE_TITLE });

  it('is inert in every HTML form', () => {
    for (const style of CITATION_STYLES) {
      const out = cite(hostile, style.id, options).html;
      if (out === null) continue;
      expect(out).not.toMatch(/<img/i);
      // In-text forms do not carry the title.
      if (cite(hostile, style.id, options).text.includes('onerror'))
        expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('is inert in Markdown: the link text is the whole title, nothing opens markup', () => {
    const md = text('markdown', hostile);
    const match = /^\[((?:[^\]\\]|\\.)*)\]\(/.exec(md);
    expect(match?.[1]?.replace(/\\(.)/g, '$1')).toBe(HOSTILE_TITLE);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\*');
  });

  it('is inert in wikitext: the title cannot end its parameter, open a link or close the template', () => {
    const wiki = text('wikipedia', hostile);
    const title = /\|title=(.*?) \|url=/.exec(wiki)?.[1] ?? '';
    expect(title.replace(/\{\{!\}\}/g, '')).not.toMatch(/[|[\]{}<]/);
    expect(title).toContain('Pipes {{!}} and &#93; brackets');
    expect(wiki.match(/\{\{/g)?.length).toBe(2);
    expect(wiki.match(/\}\}/g)?.length).toBe(2);
  });

  it('is inert in BibTeX: the entry parses and the title reads back as written', () => {
    for (const style of ['bibtex', 'biblatex'] as const) {
      const parsed = parseBibtex(text(style, hostile));
      expect(parsed.errors).toEqual([]);
      expect(parsed.entries[0]?.fields.title).toBe(HOSTILE_TITLE);
    }
  });

  it('is inert in RIS: a title with line breaks stays on its one line', () => {
    const ris = text('ris', articleWith({ title: `${HOSTILE_TITLE}\r\nER  - \nTY  - JOUR` }));
    expect(ris.split('\r\n').filter((line) => line.startsWith('TI  - '))).toEqual([
      `TI  - ${HOSTILE_TITLE} ER - TY - JOUR`,
    ]);
    expect(ris.match(/^ER {2}- /gm)?.length).toBe(1);
  });

  it('moves the title into the author position when there is no author', () => {
    const anonymous = articleWith({ authors: [] });
    const title = referenceArticle.title;
    expect(text('apa', anonymous)).toMatch(
      /^Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips\. \(2017, May 16\)\. The Washington Post\. /,
    );
    expect(
      text('mla', anonymous).startsWith(
        '“Inside the Oval Office with Trump and the Russians: Broad Smiles and Loose Lips.” The Washington Post',
      ),
    ).toBe(true);
    expect(text('chicago-bib', anonymous).startsWith('“Inside the Oval Office')).toBe(true);
    expect(
      text('chicago-ad', anonymous).startsWith(
        '“Inside the Oval Office with Trump and the Russians: Broad Smiles and Loose Lips.” 2017. ',
      ),
    ).toBe(true);
    expect(text('harvard', anonymous).startsWith(`‘${title}’ (2017) The Washington Post, 16 May.`)).toBe(true);
  });

  it('writes "n.d." (APA), "no date" (CTR) and nothing (MLA) without a date', () => {
    const undated = articleWith({ published: null });
    expect(text('apa', undated)).toContain('Rucker, P., & DeYoung, K. (n.d.). ');
    expect(text('apa-intext', undated)).toBe('(Rucker & DeYoung, n.d.)');
    expect(text('harvard', undated)).toContain('(no date)');
    expect(text('harvard', undated)).toContain('loose lips’, The Washington Post. Available at:');
    expect(text('harvard-intext', undated)).toBe('(Rucker and DeYoung, no date)');
    expect(text('mla', undated)).toContain(`The Washington Post, ${ORIG}. archive.today`);
  });

  it('no text style leaves an empty or doubled piece of punctuation behind when data is missing', () => {
    const bare = articleWith(
      { authors: [], published: null, siteName: null },
      { service: 'none', archiveUrl: null, archiveShortUrl: null, archivedAt: null },
    );
    for (const style of TEXT_STYLES) {
      expect(text(style, bare), style).not.toMatch(/\.\.|,,|, \.|\(\)|\s{2}|,$/);
    }
  });
});
