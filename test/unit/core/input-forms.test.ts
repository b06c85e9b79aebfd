import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/**
 * A form of fields to fill in (contact, sign-in, comment) is left out of the article with its labels and hints; a
 * form around the whole page and a one-field search box are not such forms.
 */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const H1 = '<h1>Council approves the new harbour plan after long debate</h1>';
const FIRST = 'The council met on Tuesday evening to discuss the harbour plan';

function read(html: string) {
  const { doc, url } = snapshotDocument(html, { original: ORIGINAL });
  const report = extractWithReport(doc, url, { explain: true });
  return {
    text: report.article?.text ?? '',
    html: report.article?.contentHtml ?? '',
    noted: report.removals.filter((r) => r.rule === 'input-form').length,
  };
}

const CONTACT =
  '<form action="/contact"><div><label for="n">First Name*</label><input id="n" type="text"></div>' +
  '<div><label for="p">Phone Number*</label><input id="p" type="tel">' +
  '<div>Your number is used to call you back about the service.</div></div>' +
  '<div><label for="m">How can we help?</label><textarea id="m"></textarea></div><button>Send request</button></form>';

describe('input-form', () => {
  it('leaves out a form of fields to fill in between paragraphs, with its labels and hints', () => {
    const { text, html, noted } = read(`${H1}${filler('harbour plan', 2)}${CONTACT}${filler('budget', 2)}`);
    expect(noted).toBe(1);
    for (const gone of ['First Name*', 'Phone Number*', 'used to call you back', 'How can we help?'])
      expect(text).not.toContain(gone);
    expect(html).not.toContain('data-archive-reader');
    expect(text).toContain(FIRST);
    expect(text).toContain('to discuss the budget');
  });

  it('keeps a form around the whole page, which holds paragraphs of the article', () => {
    const { text, noted } = read(
      `<form action="/page.aspx">${H1}${'<input type="text">'.repeat(6)}${filler('harbour plan', 3)}</form>`,
    );
    expect(noted).toBe(0);
    expect(text).toContain(FIRST);
  });

  it('keeps a one-field form: a search box is not a form to fill in', () => {
    const label = 'Search the minutes of every council meeting since 1990';
    const { noted } = read(
      `${H1}${filler('harbour plan', 2)}<form action="/search"><label for="q">${label}</label><input id="q" type="text"></form>${filler('budget', 1)}`,
    );
    expect(noted).toBe(0);
  });
});
