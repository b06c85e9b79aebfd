import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/**
 * Lines that are only a button ("Learn more", "Book now") are left out of the article; the same words inside a
 * sentence, a heading that reads "Learn more" and a table's button cell (whose row keeps its columns) are handled
 * as the text they are.
 */

const ORIGINAL = 'https://www.example-travel.com/guides/island-hotels/';
const go = (path: string) => `https://archive.ph/o/AbC12/https://www.example-travel.com/${path}`;

function read(middle: string) {
  const html = `<article><h1>Where to stay on the islands this winter</h1>${filler('island hotels', 2)}${middle}${filler('ferry timetable', 2)}</article>`;
  const { doc, url } = snapshotDocument(html, {
    original: ORIGINAL,
    title: 'Where to stay on the islands this winter',
  });
  const report = extractWithReport(doc, url, { explain: true });
  return {
    text: report.article?.text ?? '',
    html: report.article?.contentHtml ?? '',
    noted: report.removals.filter((r) => r.rule === 'button-call').map((r) => r.text),
  };
}

describe('button-call: lines that are only a button', () => {
  it('leaves out a "Book now" link and a "Learn more" button on lines of their own under their blurbs, and says so', () => {
    const { text, noted } = read(
      `<p>The Harbour Inn has twelve rooms above the old customs house, most of them looking over the quay and the ferries.</p>` +
        `<p><a href="${go('book/harbour-inn')}"><span>Book now</span></a></p>` +
        `<p>Quay House, two streets back, is quieter, with a garden where breakfast is served until eleven every day.</p>` +
        `<p><a href="${go('quay-house')}" role="button">Learn more</a></p>`,
    );
    expect(text).toContain('The Harbour Inn has twelve rooms');
    expect(text).not.toMatch(/book now/i);
    expect(text).not.toContain('Learn more');
    expect(noted).toHaveLength(2);
  });

  it('keeps the words inside a sentence, and a heading that reads "Learn more"', () => {
    const { text, noted } = read(
      `<p>Rooms go quickly in December, so <a href="${go('contact')}">contact us today</a> if you want one with a view.</p>` +
        `<h2>Learn more</h2><p>The tourist office on the quay keeps a list of every guest house, with prices for the whole season.</p>`,
    );
    expect(text).toContain('so contact us today if you want one');
    expect(text).toContain('Learn more');
    expect(noted).toEqual([]);
  });

  it('takes only the button out of a table cell, so the row keeps its columns', () => {
    const row = (name: string, price: string) =>
      `<tr><td>${name}</td><td>${price}</td><td><a href="${go(`book/${name}`)}">Book now</a></td></tr>`;
    const { html, noted } = read(
      `<table><tr><th>Hotel</th><th>Price</th><th></th></tr>${row('Harbour Inn', '€120')}${row('Quay House', '€95')}</table>`,
    );
    expect(noted).toHaveLength(2);
    expect(html).not.toContain('Book now');
    expect(html.match(/<td/g)).toHaveLength(6);
  });
});
