import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';
import { dateFromUrl, numericDateOrder, parseDateText, parseIsoDate } from '../../../src/core/metadata/dates.js';
import { filler, snapshotDocument, type SnapshotOptions } from '../../support/snapshot.js';

/**
 * Publication dates from the page body and the original address (citations.md §5, §6 assertions 3–6). The
 * snapshot's head says 2017-07-19 (the capture time) everywhere: that must never come out as the date.
 */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const CAPTURE = '2017-07-19T22:03:03Z';
const H1 = '<h1>Council approves the new harbour plan after long debate</h1>';
const BODY = filler('harbour plan', 3);

function published(dateline: string, opts: Partial<SnapshotOptions> = {}): string | null {
  const { doc, url } = snapshotDocument(`${H1}\n<div>By Jane Doe</div>\n${dateline}\n${BODY}`, {
    original: ORIGINAL,
    capturedAt: CAPTURE,
    ...opts,
  });
  return extractArticle(doc, url)!.published;
}

describe('publication date on a snapshot', () => {
  it('<time datetime> with an offset keeps the local day, not the UTC one', () => {
    const value = published('<time datetime="2017-05-16T21:42:00-04:00">May 16, 2017 at 9:42 PM EDT</time>');
    expect(value?.slice(0, 10)).toBe('2017-05-16'); // 2017-05-17T01:42Z in UTC
  });

  it('"May 16" gets its year from the capture', () => {
    expect(published('<div>May 16</div>')).toBe('2017-05-16');
  });

  it('"Dec 31" with a capture on 2017-07-19 is 2016-12-31, never after the capture', () => {
    expect(published('<div>Dec 31</div>')).toBe('2016-12-31');
  });

  it('a printed date with its year is taken as printed', () => {
    expect(published('<div>Published May 16, 2017</div>')).toBe('2017-05-16');
    expect(published('<div>16 May 2017</div>')).toBe('2017-05-16');
  });

  it('"05/06/2017" on a page of unknown locale is not guessed', () => {
    expect(published('<div>05/06/2017</div>')).toBeNull();
  });

  it('"05/06/2017" is read month first on an American publisher’s page', () => {
    expect(
      published('<div>05/06/2017</div>', { original: 'https://www.washingtonpost.com/local/harbour-plan.html' }),
    ).toBe('2017-05-06');
  });

  it('comes from the original address /2017/05/16/ when the page prints none', () => {
    expect(published('', { original: 'https://www.example-news.com/local/2017/05/16/harbour-plan.html' })).toBe(
      '2017-05-16',
    );
  });

  it('a year-less "May 16" agreeing with the address takes the address’s year', () => {
    expect(
      published('<div>May 16</div>', { original: 'https://www.example-news.com/local/2016/05/16/harbour-plan.html' }),
    ).toBe('2016-05-16');
  });

  it('is never the capture time, even when the archive head’s article:published_time is the only date', () => {
    const { doc, url } = snapshotDocument(`${H1}\n${BODY}`, { original: ORIGINAL, capturedAt: CAPTURE });
    expect(doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content')).toBe(CAPTURE);
    expect(doc.querySelector('#HEADER time')?.getAttribute('datetime')).toBe(CAPTURE);
    const article = extractArticle(doc, url)!;
    expect(article.published).toBeNull();
    expect(article.source.archivedAt).toBe(CAPTURE);
  });

  it('is never the capture time in any of the three shells', () => {
    for (const variant of ['2013', '2018', 'current'] as const) {
      expect(published('', { variant }), variant).toBeNull();
    }
  });

  it('leaves the dateline out of the article text', () => {
    const { doc, url } = snapshotDocument(`${H1}\n<div>By Jane Doe</div>\n<div>May 16, 2017</div>\n${BODY}`, {
      original: ORIGINAL,
    });
    const article = extractArticle(doc, url)!;
    expect(article.published).toBe('2017-05-16');
    expect(article.text).not.toContain('May 16, 2017');
  });

  it('a dated line halfway down the text is part of the text, not the dateline', () => {
    const note = '<div>Updated on March 3, 2017</div>';
    const middle = `${filler('harbour plan', 4)}\n${note}\n${filler('budget', 3)}`;
    const { doc, url } = snapshotDocument(`${H1}\n${middle}`, { original: ORIGINAL, capturedAt: CAPTURE });
    const article = extractArticle(doc, url)!;
    expect(article.published).toBeNull();
    expect(article.text).toContain('Updated on March 3, 2017');
  });

  it('a film title that reads as a date, in a list inside the text, stays in the text', () => {
    const entry = '<div>Le 15 Mai 1969</div>';
    const { doc, url } = snapshotDocument(`${H1}\n${filler('films', 3)}\n${entry}\n${filler('festival', 2)}`, {
      original: ORIGINAL,
      capturedAt: CAPTURE,
    });
    const article = extractArticle(doc, url)!;
    expect(article.text).toContain('Le 15 Mai 1969');
    expect(article.published).not.toBe('1969-05-15');
  });
});

describe('parseDateText', () => {
  const ctx = { notAfter: CAPTURE };

  it.each([
    ['May 16, 2017 at 7:42 PM EDT', '2017-05-16T19:42:00-04:00'],
    ['Updated May 17, 2017 at 9:02 a.m. EDT', '2017-05-17T09:02:00-04:00'],
    ['Tuesday 16. Mai 2017', '2017-05-16'],
    ['16 de mayo de 2017', '2017-05-16'],
    ['Updated 16/05/2017', '2017-05-16'],
    ['2017-05-16', '2017-05-16'],
    ['Sept. 5, 2016', '2016-09-05'],
  ])('%j → %s', (text, value) => {
    expect(parseDateText(text, ctx)?.value).toBe(value);
  });

  it('infers a missing year so the date never falls after the capture', () => {
    expect(parseDateText('May 16', ctx)).toEqual({ value: '2017-05-16', yearInferred: true });
    expect(parseDateText('Dec 31', ctx)).toEqual({ value: '2016-12-31', yearInferred: true });
    expect(parseDateText('July 19', ctx)?.value).toBe('2017-07-19');
    expect(parseDateText('July 20', ctx)?.value).toBe('2016-07-20');
  });

  it('has no year to give without a capture time', () => {
    expect(parseDateText('May 16')).toBeNull();
  });

  it('never guesses the order of an ambiguous numeric date', () => {
    expect(parseDateText('05/06/2017', ctx)).toBeNull();
    expect(parseDateText('05/06/2017', { ...ctx, lang: 'en-US' })?.value).toBe('2017-05-06');
    expect(parseDateText('05/06/2017', { ...ctx, lang: 'en-GB' })?.value).toBe('2017-06-05');
    expect(parseDateText('05.06.2017', ctx)?.value).toBe('2017-06-05');
  });

  it('reads an ambiguous numeric date in the order the page itself writes them, before its language', () => {
    expect(parseDateText('09.10.2024', { ...ctx, monthFirst: () => true })?.value).toBe('2024-09-10');
    expect(parseDateText('09/10/2024', { ...ctx, lang: 'en-US', monthFirst: () => false })?.value).toBe('2024-10-09');
  });

  it('takes the page order only from numeric dates that read one way, and only when they agree', () => {
    expect(numericDateOrder(['Posted 10.28.2025', 'Jobs · 11.24.2025'])).toBe(true);
    expect(numericDateOrder(['28.10.2025', '5.1.2025'])).toBe(false);
    expect(numericDateOrder(['10.28.2025', '28.10.2025'])).toBeNull();
    expect(numericDateOrder(['09.10.2024', 'v1.2.6611', 'Call 555-13-2024x'])).toBeNull();
  });

  it('refuses impossible days and text without a date', () => {
    expect(parseDateText('Feb 30, 2017', ctx)).toBeNull();
    expect(parseDateText('Updated 2 hours ago', ctx)).toBeNull();
    expect(parseDateText('', ctx)).toBeNull();
  });
});

describe('a dotted dateline on a page that writes its dates month first', () => {
  const cards = (dates: string[]) =>
    `<ul>${dates.map((d, i) => `<li><a href="/guides/${i}">Another guide number ${i}</a> <span>${d}</span></li>`).join('')}</ul>`;

  it('is read month first when the page’s other dates show that order', () => {
    expect(published(`<div>09.10.2016</div>${BODY}${cards(['10.28.2016', '11.24.2016'])}`)).toBe('2016-09-10');
  });

  it('is read day first when they show that order, or when the page has none that settle it', () => {
    expect(published(`<div>09.10.2016</div>${BODY}${cards(['28.10.2016'])}`)).toBe('2016-10-09');
    expect(published('<div>09.10.2016</div>')).toBe('2016-10-09');
  });
});

describe('parseIsoDate and dateFromUrl', () => {
  it('keep the printed local date and offset', () => {
    expect(parseIsoDate('2017-05-16T21:42:00-04:00')).toBe('2017-05-16T21:42:00-04:00');
    expect(parseIsoDate('2017-05-16T21:42:00-0400')).toBe('2017-05-16T21:42:00-04:00');
    expect(parseIsoDate('2017-05-16T21:42:00')).toBe('2017-05-16'); // no zone: only the day is known
    expect(parseIsoDate('2017-02-30')).toBeNull();
  });

  it.each([
    ['https://www.example.org/politics/2017/05/16/story.html', '2017-05-16'],
    ['https://www.example.org/2017-05-16-harbour-plan', '2017-05-16'],
    ['https://www.example.org/news/20170516/harbour.html', '2017-05-16'],
    ['https://www.example.org/news/harbour-plan-12345', null],
    ['https://www.example.org/2017/13/45/story.html', null],
  ])('%s → %s', (url, value) => {
    expect(dateFromUrl(url)).toBe(value);
  });
});

describe('the dateline below a long menu', () => {
  // More short blocks than the page-wide search reads come before the article: only the headline or the byline
  // leads to the date.
  const menu = `<ul>${Array.from({ length: 210 }, (_, i) => `<li><a href="/topic/${i}">Topic number ${i}</a></li>`).join('')}</ul>`;
  const read = (body: string, title?: string) => {
    const { doc, url } = snapshotDocument(`${menu}${body}${BODY}`, {
      original: ORIGINAL,
      capturedAt: '2026-01-01T00:00:00Z',
      variant: '2018',
      ...(title ? { title } : {}),
    });
    return extractArticle(doc, url)!.published?.slice(0, 10) ?? null;
  };

  it('is an "Updated …" date under the byline when the page gives no other', () => {
    expect(read(`${H1}<div>By Jane Doe</div><div>Updated August 14, 2025</div>`)).toBe('2025-08-14');
  });

  it('is found beside a byline met only in the page-wide search', () => {
    const title = 'Harbour plan: what the council decided';
    expect(read('<div>By Jane Doe Published on July 18, 2025</div>', title)).toBe('2025-07-18');
  });
});

describe('a time below the start of the text', () => {
  const read = (top: string, bottom: string) => {
    const { doc, url } = snapshotDocument(`${H1}\n<div>By Jane Doe</div>\n${top}\n${BODY}\n${bottom}`, {
      original: ORIGINAL,
      capturedAt: '2026-01-01T00:00:00Z',
    });
    return extractArticle(doc, url)!.published?.slice(0, 10) ?? null;
  };
  const comment =
    '<ol><li><b>copywriter</b> <span>says:</span> <time datetime="2014-05-26T21:47:39+01:00">May 26, 2014</time> Great piece.</li></ol>';

  it('does not date the article when the headline has a dateline (a reader comment’s time)', () => {
    expect(read('<div>June 3, 2024</div>', comment)).toBe('2024-06-03');
  });

  it('dates it when nothing else does', () => {
    expect(read('', '<p>Posted <time datetime="2019-01-03T07:00:00Z">January 3, 2019</time></p>')).toBe('2019-01-03');
  });
});

describe('a byline far below the headline', () => {
  it('leaves the date to the headline’s dateline, not to a card after the author box', () => {
    const contents = `<ul>${Array.from({ length: 15 }, (_, i) => `<li>Step ${i + 1} of the plan</li>`).join('')}</ul>`;
    const body = `${H1}<div>February 9, 2016</div>${BODY}${contents}<div>By Halina Goetz</div><div><a href="/next">Research highlights</a><div>July 2, 2025</div></div>`;
    const { doc, url } = snapshotDocument(body, { original: ORIGINAL, capturedAt: '2026-01-01T00:00:00Z' });
    const article = extractArticle(doc, url)!;
    expect(article.authors).toEqual([{ given: 'Halina', family: 'Goetz' }]);
    expect(article.published?.slice(0, 10)).toBe('2016-02-09');
  });
});
