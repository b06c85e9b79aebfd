import { describe, expect, it } from 'vitest';
import { choseAboveHeadline, leaveOutAboveHeadline, pageHeadline } from '../../../src/core/clean/above-headline.js';
import { CleanPlan } from '../../../src/core/clean/plan.js';
import { RemovalLog } from '../../../src/core/explain.js';
import { extractWithReport } from '../../../src/core/extract.js';
import { PageIndex } from '../../../src/core/page-index.js';
import { snapshotDocument } from '../../support/snapshot.js';

/**
 * A service page whose text under its headline is short and mostly lists, under a site-wide notice that Readability
 * scores higher: the article is what follows the headline.
 */

const ORIGINAL = 'https://www.example-clinic.org/dental-care/';
const NOTICE =
  'Important update: the Riverside clinic is not part of the Harbour hospital group, whatever you may have read. ' +
  'Rest assured, we are open, we are independent, and we are ready to serve you, your family and your friends!';
const SERVICES = ['Screening exams', 'Cleanings', 'Extractions', 'X-rays', 'Fillings', 'Root canals'];

function page(h1: string): string {
  const notices = `<div><div><div><div>${NOTICE}</div><div>${NOTICE}</div></div></div></div>`;
  const article =
    '<div><div>You will find modern treatment rooms at every Riverside centre, with dentists and hygienists who ' +
    'take their time. Dental care is open to adults and children at all three centres.</div>' +
    `<div>Procedures and services</div><ul>${SERVICES.map((s) => `<li>${s}</li>`).join('')}</ul></div>`;
  return `${notices}<div><div><span>Call 877-555-0100</span> <span>care@example-clinic.org</span></div><div><div>${h1}</div>${article}</div></div>`;
}

function read(h1: string) {
  const { doc, url } = snapshotDocument(page(h1), { original: ORIGINAL, title: 'Dental care | Riverside Clinics' });
  return extractWithReport(doc, url, { explain: true });
}

describe('above-headline: an article starts at its headline', () => {
  // The pipeline case (Readability taking a site-wide notice above a short service page) is modern-archived 0135 in
  // `npm run bench` (F1 0.000 -> 0.9+); here the step's two decisions on the same shape of page.
  function plan() {
    const { doc } = snapshotDocument(page('<h1>Dental care</h1>'), { original: ORIGINAL });
    const root = doc.body;
    const log = new RemovalLog(true);
    const cleanPlan = new CleanPlan(new PageIndex(root, log), log, () => false);
    const headline = pageHeadline(cleanPlan, null);
    if (!headline) throw new Error('no headline');
    return { doc, cleanPlan, headline, log };
  }
  const chosen = (doc: Document, html: string) => {
    const el = doc.createElement('div');
    el.innerHTML = html;
    return el;
  };

  it('finds a choice made only of text above the headline, and leaves that part of the page out', () => {
    const { doc, cleanPlan, headline, log } = plan();
    expect(headline.textContent).toBe('Dental care');
    expect(choseAboveHeadline(cleanPlan, headline, chosen(doc, `<p>${NOTICE}</p><p>${NOTICE}</p>`))).toBe(true);
    const undo = leaveOutAboveHeadline(cleanPlan, headline);
    const left = log.entries.filter((e) => e.rule === 'above-headline').map((e) => e.text);
    expect(left.some((t) => t.startsWith('Important update'))).toBe(true);
    expect(left.some((t) => t.includes('You will find'))).toBe(false);
    undo();
    expect(log.entries.some((e) => e.rule === 'above-headline')).toBe(false);
    expect(cleanPlan.skip.size).toBe(0);
  });

  it('does not when the choice holds text from below the headline', () => {
    const { doc, cleanPlan, headline } = plan();
    const below =
      '<p>You will find modern treatment rooms at every Riverside centre, with dentists and hygienists.</p>';
    expect(choseAboveHeadline(cleanPlan, headline, chosen(doc, `<p>${NOTICE}</p>${below}`))).toBe(false);
  });

  it('keeps the first answer when there is no headline to go by', () => {
    const report = read('<div>Dental care</div>');
    expect(report.removals.some((r) => r.rule === 'above-headline')).toBe(false);
    expect(report.article?.text).toContain('You will find modern treatment rooms');
  });
});
