import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/**
 * The writer's card that closes an article ("Jane Doe is a reporter who covers …", under her name and role, or
 * after "About the author") is left out; a sentence of the same shape inside the text, a closing paragraph about a
 * product or a company, and a card followed by more of the article stay.
 */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan/';

function read(tail: string, byline = '') {
  const html = `<article><h1>Council approves the harbour plan</h1>${byline}${filler('harbour plan', 4)}${tail}</article>`;
  const { doc, url } = snapshotDocument(html, { original: ORIGINAL, title: 'Council approves the harbour plan' });
  const report = extractWithReport(doc, url, { explain: true });
  return {
    text: report.article?.text ?? '',
    noted: report.removals.filter((r) => r.rule === 'author-bio').map((r) => r.text),
  };
}

const LAST_SENTENCE = 'which made the debate harder to follow.';

describe('author-bio: the writer’s card at the end', () => {
  it('leaves out the name, the role and the biography, and says so', () => {
    const { text, noted } = read(
      '<div>Dana Whitfield</div><div>Senior Reporter</div>' +
        '<p>Dana Whitfield is a senior reporter who covers city hall and transport. She joined the paper in 2019.</p>' +
        '<div>View All Articles by This Author</div>',
    );
    expect(text).not.toContain('Dana Whitfield');
    expect(text).not.toContain('View All Articles');
    expect(text.trimEnd().endsWith(LAST_SENTENCE)).toBe(true);
    expect(noted).toEqual([
      'Dana Whitfield',
      'Senior Reporter',
      expect.stringContaining('Dana Whitfield is a senior reporter'),
      'View All Articles by This Author',
    ]);
  });

  it('leaves out "About the Author" with its biography, and two biographies in a row', () => {
    const about = read('<h3>About the Author</h3><p>Scott Samuelson teaches philosophy at a college in Iowa.</p>');
    expect(about.text).not.toContain('About the Author');
    expect(about.text).not.toContain('teaches philosophy');
    const two = read(
      '<p>Manoj Jain is adjunct faculty at Emory University and a physician based in Memphis.</p>' +
        '<p>(Jagpreet Chhatwal is an Associate Professor of Radiology at Harvard Medical School.)</p>',
    );
    expect(two.noted).toHaveLength(2);
    expect(two.text.trimEnd().endsWith(LAST_SENTENCE)).toBe(true);
  });

  it('takes a first-name biography under the full name, and what goes on about the same person', () => {
    const { text } = read(
      '<div>Written by</div><div>Rebecca Edwards</div>' +
        '<p>Rebecca has been a journalist and blogger for over 30 years, with a focus on home services.</p>' +
        '<p>When she is not writing, Rebecca restores old boats on the coast.</p>',
    );
    expect(text).not.toContain('Rebecca');
    expect(text).not.toContain('Written by');
  });

  it('keeps a biography-shaped sentence that the article goes on after', () => {
    const { text, noted } = read(
      `<p>Dana Whitfield is a senior reporter who covers city hall for the paper.</p>${filler('ferry timetable', 1)}`,
    );
    expect(text).toContain('Dana Whitfield is a senior reporter');
    expect(noted).toEqual([]);
  });

  it('keeps a closing paragraph about a company or a product', () => {
    const company = read(
      '<p>Wooding Electric holds all of the certifications it needs, with years of experience in the trade.</p>' +
        '<p>Another strength of Wooding Electric is versatility across homes and offices of every size.</p>',
    );
    expect(company.text).toContain('Wooding Electric holds');
    const product = read('<p>Harbour Analytics Cloud is a suite of tools for port operators and their analysts.</p>');
    expect(product.text).toContain('Harbour Analytics Cloud is a suite');
  });
});

describe('author-bio: a name spelled with a capital inside', () => {
  it('is the card of the author the byline names', () => {
    const bio =
      '<p>Arricca Elin SanSone is a writer and editor who covers gardening. She has written for national magazines.</p>';
    expect(read(bio, '<div>By Arricca Elin SanSone</div>').noted).toEqual([expect.stringContaining('SanSone is a')]);
    // Without the byline the name is not known to be a person's: the paragraph stays.
    expect(read(bio).text).toContain('Arricca Elin SanSone is a writer');
  });
});
