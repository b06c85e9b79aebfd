import { describe, expect, it } from 'vitest';
import type { Author } from '../../../src/article.js';
import { extractArticle } from '../../../src/core/extract.js';
import { parseByline } from '../../../src/core/metadata/names.js';
import { filler, snapshotDocument, type SnapshotOptions } from '../../support/snapshot.js';

/** Authors from the visible byline and in-body markup (citations.md §5, §6 assertions 7–9). */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const H1 = '<h1>Council approves the new harbour plan after long debate</h1>';
const BODY = filler('harbour plan', 3);

function read(byline: string, opts: Partial<SnapshotOptions> = {}) {
  const { doc, url } = snapshotDocument(`${H1}\n${byline}\n${BODY}`, { original: ORIGINAL, ...opts });
  return extractArticle(doc, url)!;
}

const person = (given: string, family: string): Author => ({ given, family });

describe('bylines on a snapshot', () => {
  it.each<[string, string, Author[]]>([
    [
      '"By A and B"',
      '<div>By Philip Rucker and Karen DeYoung</div>',
      [person('Philip', 'Rucker'), person('Karen', 'DeYoung')],
    ],
    [
      '"A, B and C"',
      '<div>By Jane Doe, John Smith and Ana Li</div>',
      [person('Jane', 'Doe'), person('John', 'Smith'), person('Ana', 'Li')],
    ],
    ['"BY ALL CAPS"', '<div>BY ABBY GOODNOUGH</div>', [person('Abby', 'Goodnough')]],
    ['a role after the name', '<div>By Alexandra Anderson, Staff Writer</div>', [person('Alexandra', 'Anderson')]],
    ['"Written by A Edited by B"', '<div>Written by Jane Doe Edited by John Smith</div>', [person('Jane', 'Doe')]],
    ['a byline with its dateline', '<div>By Jane Doe | May 16, 2017 at 9:42 PM EDT</div>', [person('Jane', 'Doe')]],
    ['a particle', '<div>By Ludwig van Beethoven</div>', [person('Ludwig', 'van Beethoven')]],
    [
      'itemprop=author with a name',
      '<div><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Doe</span></span> and <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">John Smith</span></span></div>',
      [person('Jane', 'Doe'), person('John', 'Smith')],
    ],
    [
      'rel=author',
      '<div><a rel="author" href="https://archive.ph/o/AbC12/https%3A//www.example-news.com/people/jane-doe/">Jane Doe</a></div>',
      [person('Jane', 'Doe')],
    ],
    [
      'links to author pages',
      '<div><a href="https://archive.ph/o/AbC12/https%3A//www.example-news.com/people/jane-doe/">Jane Doe</a> and <a href="https://archive.ph/o/AbC12/https%3A//www.example-news.com/people/john-smith/">John Smith</a></div>',
      [person('Jane', 'Doe'), person('John', 'Smith')],
    ],
    [
      'a name beside the dateline, no "By"',
      '<div><div>Jane Doe</div><div>May 16, 2017 10:00 AM</div></div>',
      [person('Jane', 'Doe')],
    ],
    ['a name run into the dateline', '<div>Jane Doe May 16, 2017 10:00 AM</div>', [person('Jane', 'Doe')]],
  ])('%s', (_label, byline, authors) => {
    expect(read(byline, { capture: false }).authors).toEqual(authors);
  });

  it('keeps the byline as printed', () => {
    expect(read('<div>By Philip Rucker and Karen DeYoung</div>').byline).toBe('By Philip Rucker and Karen DeYoung');
  });

  it('leaves the byline out of the article text, as readers do', () => {
    const article = read('<div>By Philip Rucker and Karen DeYoung</div>');
    expect(article.text).not.toContain('By Philip Rucker');
    expect(article.text).toContain('The council met on Tuesday evening');
  });

  it.each<[string, Author[]]>([
    ['By Reuters', [{ literal: 'Reuters' }]],
    ['By The Associated Press', [{ literal: 'The Associated Press' }]],
    ['By Agence France-Presse', [{ literal: 'Agence France-Presse' }]],
  ])('a wire service "%s" is one organisation, never split', (byline, authors) => {
    expect(read(`<div>${byline}</div>`).authors).toEqual(authors);
  });

  it.each(['By Staff Writer', 'Staff Writer', 'By Staff'])('"%s" names no author', (byline) => {
    expect(read(`<div>${byline}</div>`).authors).toEqual([]);
  });

  it('a byline in a list of other stories is not the article’s', () => {
    const others =
      '<ul><li><a href="/a">Storm closes the bridge</a> By Mary Major</li><li><a href="/b">Bakery wins a prize</a> By Tom Minor</li><li><a href="/c">New school chair</a> By Ann Other</li><li><a href="/d">Bridge reopens</a> By Sam Sample</li></ul>';
    const { doc, url } = snapshotDocument(`${H1}\n${BODY}\n${others}`, { original: ORIGINAL });
    expect(extractArticle(doc, url)!.authors).toEqual([]);
  });

  it('authors come from the page body, not from the archive head', () => {
    // The archive head names no author, but its og:site_name is the mirror: it must never become one.
    const article = read('');
    for (const a of article.authors) expect(JSON.stringify(a)).not.toMatch(/archive/i);
  });
});

describe('a sentence that starts with "By"', () => {
  it('is the article’s, not an unsigned byline', () => {
    const sentence = 'By the end of the year, the council had spent the whole harbour budget.';
    const article = read(`<p>${sentence}</p>`);
    expect(article.byline).toBeNull();
    expect(article.text).toContain(sentence);
  });
});

describe('names beside the dateline', () => {
  it('takes a name set in capitals, but not a button set the same way', () => {
    const date = '<p><time datetime="2025-03-02">March 2, 2025</time></p>';
    expect(read(`<p>NATALIYA VASILYEVA</p>${date}`).authors).toEqual([person('Nataliya', 'Vasilyeva')]);
    const article = read(`<p>BOOK NOW</p>${date}`);
    expect(article.authors).toEqual([]);
    expect(article.text).toContain('BOOK NOW');
  });

  it('takes the name beside a dateline set with a calendar icon, and leaves the dateline out of the text', () => {
    const icon = '<img src="https://archive.ph/AbC12/calendar.svg" alt="calendar" width="16" height="16">';
    const article = read(`<div>Jane Doe</div><div><div>${icon}<span>March 2, 2025</span></div></div>`);
    expect(article.authors).toEqual([person('Jane', 'Doe')]);
    expect(article.published).toBe('2025-03-02');
    expect(article.text).not.toContain('March 2, 2025');
  });

  it('leaves a linked name inside a sentence to the sentence', () => {
    const date = '<p><time datetime="2025-03-02">March 2, 2025</time></p>';
    const sentence =
      '<p><a href="https://archive.ph/o/AbC12/https://en.example.org/wiki/Ana_Lima">Ana Lima</a>’s boat, ' +
      'moored at the harbour for twenty years, was towed away on Thursday morning by the port authority.</p>';
    const article = read(`${date}${sentence}`);
    expect(article.authors).toEqual([]);
    expect(article.text).toContain('Ana Lima’s boat');
  });
});

describe('parseByline', () => {
  it.each<[string, Author[]]>([
    ['By Philip Rucker and Karen DeYoung', [person('Philip', 'Rucker'), person('Karen', 'DeYoung')]],
    ['By Jane Doe, John Smith and Ana Li', [person('Jane', 'Doe'), person('John', 'Smith'), person('Ana', 'Li')]],
    ['By Alexandra Anderson', [person('Alexandra', 'Anderson')]],
    [
      'BY ABBY GOODNOUGH, THOMAS KAPLAN and ROBERT PEAR',
      [person('Abby', 'Goodnough'), person('Thomas', 'Kaplan'), person('Robert', 'Pear')],
    ],
    ['Reuters', [{ literal: 'Reuters' }]],
    ['The Associated Press', [{ literal: 'The Associated Press' }]],
    ['Staff Writer', []],
    ['By Jane Doe, Middle East correspondent', [person('Jane', 'Doe')]],
    ['By Jane Doe in Beirut', [person('Jane', 'Doe')]],
    ['By Jane Doe & John Smith', [person('Jane', 'Doe'), person('John', 'Smith')]],
    ['By Jane Doe; John Smith', [person('Jane', 'Doe'), person('John', 'Smith')]],
    ['Von Anna Schmidt und Peter Braun', [person('Anna', 'Schmidt'), person('Peter', 'Braun')]],
    ['By Lisa Jennings on Dec. 19, 2025', [person('Lisa', 'Jennings')]],
    ['by Jacob Trussell—10 min read', [person('Jacob', 'Trussell')]],
    // After "By" a name may have a capital inside; without it, such words are more often a product's name.
    ['By Arricca Elin SanSone', [person('Arricca Elin', 'SanSone')]],
    ['Arricca Elin SanSone', []],
    // A team signs as one organisation; a sentence that ends in "team" names nobody.
    ['By The Investopedia Team', [{ literal: 'The Investopedia Team' }]],
    ['By: Great Day Editorial Team', [{ literal: 'Great Day Editorial Team' }]],
    ['By The Currency editors', [{ literal: 'The Currency editors' }]],
    ['By Jane Doe, who is committed to empowering her team', [person('Jane', 'Doe')]],
    ['Article written by: Doris Munoz-Mantilla, MD', [person('Doris', 'Munoz-Mantilla')]],
    // A role printed after the name without a comma ends the name.
    ['By Stephen Jesudunsin AI Writer, Embarque', [person('Stephen', 'Jesudunsin')]],
    ['By Nicoletta Richardson Trending Editor', [person('Nicoletta', 'Richardson')]],
  ])('%j', (byline, authors) => {
    expect(parseByline(byline)).toEqual(authors);
  });
});

describe('a headline the <title> words differently', () => {
  // Publishers give search results a second title; the byline and date are still found under the page's headline,
  // which here sits below more short blocks (a long menu) than are searched from the top of the page.
  const menu = `<ul>${Array.from({ length: 210 }, (_, i) => `<li><a href="/topic/${i}">Topic number ${i}</a></li>`).join('')}</ul>`;
  const title = 'Top 11 harbour plan facts for 2025 | Example News';
  const readUnder = (h1: string, opts: Partial<SnapshotOptions> = { variant: '2018', title }) => {
    const body = `${menu}<h1>${h1}</h1><div>Jane Doe</div><div>June 9, 2025</div>${BODY}`;
    const { doc, url } = snapshotDocument(body, { original: ORIGINAL, ...opts });
    return extractArticle(doc, url)!;
  };

  it('anchors the byline and the date, and the title stays the <title>', () => {
    const article = readUnder('11 harbour plan facts for 2025 that the council kept quiet');
    expect(article.title).toBe('Top 11 harbour plan facts for 2025');
    expect(article.authors).toEqual([person('Jane', 'Doe')]);
    expect(article.published?.slice(0, 10)).toBe('2025-06-09');
    expect(article.text).toContain('that the council kept quiet'); // the reworded headline stays in the body
  });

  it('anchors them too when the archive cut the <title> short', () => {
    const long = 'Top 11 harbour plan facts for 2025 that every resident of the town should know | Example News';
    const article = readUnder('11 harbour plan facts for 2025 that the council kept quiet', { title: long });
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.authors).toEqual([person('Jane', 'Doe')]);
    expect(article.published?.slice(0, 10)).toBe('2025-06-09');
  });

  it('is not a site name set as the only <h1>: it shares no words with the title', () => {
    const article = readUnder('Example Marketing Group Blog');
    expect(article.authors).toEqual([]);
    expect(article.published).toBeNull();
  });
});

describe('a row of topic tags beside the dateline', () => {
  it('is not a person', () => {
    const tags =
      '<div><a href="https://archive.ph/o/AbC12/https://www.example-news.com/topic/customer-care/">Customer Care</a> ' +
      '<a href="https://archive.ph/o/AbC12/https://www.example-news.com/topic/social-commerce/">Social Commerce</a></div>';
    const article = read(`<p><time datetime="2025-05-06">May 6, 2025</time></p>${tags}`);
    expect(article.published?.slice(0, 10)).toBe('2025-05-06');
    expect(article.authors).toEqual([]);
  });
});

describe('names set as buttons', () => {
  it('are read from the byline whose indexed text lost them', () => {
    // A site opens each author's card from a button; buttons are never content, so the index reads "By , and".
    const byline =
      '<div><span>By </span><div><button>Thomas Broderick</button></div><span>, and </span>' +
      '<div><button>Nalea Ko</button></div><div><span>Updated on December 11, 2025</span></div></div>';
    const article = read(byline);
    expect(article.authors).toEqual([person('Thomas', 'Broderick'), person('Nalea', 'Ko')]);
    // "By" stands alone as a label: the header names the authors itself.
    expect(article.byline).toBeNull();
  });
});

describe('what is not a byline', () => {
  const date = '<p><time datetime="2025-03-02">March 2, 2025</time></p>';

  it('is not words of the title set apart beside the dateline (a crumb, the headline repeated)', () => {
    const article = read(`<p>Harbour Plan</p>${date}`);
    expect(article.authors).toEqual([]);
    expect(read(`<p>Dana Whitfield</p>${date}`).authors).toEqual([person('Dana', 'Whitfield')]);
  });

  it('is not a photographer’s credit beside the dateline', () => {
    expect(read(`${date}<p>Tanja Ivanova / Getty Images</p>`).authors).toEqual([]);
  });

  it.each(['© Copyright Gannett 2025.', '© 2025 Zalaris. All Rights Reserved', '© 2025 Conejo Valley Adult Education'])(
    'is not the company of a copyright line %j',
    (line) => {
      const { doc, url } = snapshotDocument(`${H1}\n${BODY}\n<p>${line}</p>`, { original: ORIGINAL });
      expect(extractArticle(doc, url)!.authors).toEqual([]);
    },
  );
});

describe('a "Written By" label apart from the name', () => {
  it('is read with its row; the header names the author itself', () => {
    const row =
      '<div><div>Written By</div><div><div>Dana Whitfield</div><div>Senior Writer, Example News</div></div></div>';
    const article = read(row);
    expect(article.authors).toEqual([person('Dana', 'Whitfield')]);
    expect(article.byline).toBeNull();
  });
});
