import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { citeCollection } from '../../../src/formats/citation/collection.js';
import { ACCESSED, archiveIsArticle, articleWith, referenceArticle } from './support.js';

const other = articleWith(
  { title: 'Turnips in winter', authors: [{ given: 'Ada', family: 'Example' }], published: '2021-03-04' },
  { originalUrl: 'https://example.com/turnips' },
);
const three = [referenceArticle, other, archiveIsArticle];

describe('citeCollection: many articles in one citation file', () => {
  it('gives BibTeX one entry per article, with colliding keys lettered', () => {
    const bib = citeCollection(three, 'bibtex', { accessed: ACCESSED });
    const parsed = parseBibtex(bib);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.key)).toEqual(['rucker2017insidea', 'example2021turnips', 'rucker2017insideb']);
    expect(bib).toMatch(/\}\n\n@article\{example2021turnips,/);
  });

  it('keeps a key that is unique as it is', () => {
    expect(citeCollection([referenceArticle, other], 'biblatex', { accessed: ACCESSED })).toMatch(
      /^@article\{rucker2017inside,[\s\S]*@article\{example2021turnips,/,
    );
  });

  it('gives CSL-JSON one array of items with unique ids', () => {
    const items = JSON.parse(citeCollection(three, 'csl-json', { accessed: ACCESSED })) as {
      id: string;
      title: string;
    }[];
    expect(items.map((i) => i.id)).toEqual(['rucker2017insidea', 'example2021turnips', 'rucker2017insideb']);
    expect(items[1]!.title).toBe('Turnips in winter');
  });

  it('gives RIS one record after another, CRLF throughout', () => {
    const ris = citeCollection(three, 'ris', { accessed: ACCESSED });
    expect(ris.match(/^TY {2}- NEWS\r$/gm)).toHaveLength(3);
    expect(ris.match(/^ER {2}- ?\r$/gm)).toHaveLength(3);
    expect(ris).not.toMatch(/(?<!\r)\n/);
  });

  it('gives a text style as a bibliography, one citation per paragraph', () => {
    const apa = citeCollection([referenceArticle, other], 'apa', { accessed: ACCESSED }).split('\n\n');
    expect(apa).toHaveLength(2);
    expect(apa[1]).toMatch(/^Example, A\. \(2021, March 4\)\. Turnips in winter\./);
  });
});
