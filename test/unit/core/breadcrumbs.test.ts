import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/** Breadcrumb trails are left out by their shape (clean/breadcrumbs.ts). */

const ORIGINAL = 'https://www.example-agency.gov/topics/electrical/index.html';
const H1 = '<h1>Electrical safety at work: what employers must do</h1>';

function read(body: string) {
  const { doc, url } = snapshotDocument(body, { original: ORIGINAL, capture: false });
  const report = extractWithReport(doc, url, { explain: true });
  return { text: report.article?.text ?? '', rules: report.removals.map((r) => r.rule) };
}

const link = (text: string) => `<a href="/${text.replace(/\W+/g, '-')}">${text}</a>`;

describe('breadcrumb trails', () => {
  it.each([
    ['›', `${link('Home')} › ${link('Safety and Health Topics')} › Electrical`],
    ['/', `${link('Home')} / ${link('Safety and Health Topics')} / ${link('Electrical')}`],
    [
      '> in a list',
      `<ol><li>${link('Consulting Articles')} &gt;</li><li>${link('Consulting Vs Other Careers')} &gt;</li><li>Insurance Consultant</li></ol>`,
    ],
    [
      '>, ending with a page name that has an abbreviation',
      `<p>${link('Consulting Articles')} &gt; ${link('Consulting Vs Other Careers')} &gt; Electrical Safety vs. Fire Safety: Key Differences</p>`,
    ],
    [
      'the stylesheet (a list, no separators left)',
      `<ul><li>${link('Home')}</li><li>${link('Safety and Health Topics')}</li><li>Electrical</li></ul>`,
    ],
    [
      'nothing, in a block the page names a breadcrumb',
      `<div id="breadcrumbs-container">${link('Home')}${link('Safety and Health Topics')}</div>`,
    ],
    [
      'nothing, under an ARIA label',
      `<div aria-label="Breadcrumb"><span>${link('Home')}</span><span>${link('Safety and Health Topics')}</span></div>`,
    ],
  ])('a trail separated by %s is left out', (_sep, trail) => {
    const { text, rules } = read(`<div>${trail}</div>${H1}${filler('electrical safety', 3)}`);
    expect(rules).toContain('breadcrumb:trail');
    expect(text).not.toContain('Safety and Health Topics');
    expect(text).not.toContain('Consulting Vs Other Careers');
    expect(text).toContain('electrical safety');
  });

  it('links in running text, or a list of links with words between them, are not a trail', () => {
    const sentence = `<p>Read the ${link('employer guide')} and the ${link('worker checklist')} before any work on live circuits begins.</p>`;
    const tags = `<div>Topics: ${link('Safety')}, ${link('Electricity')}, ${link('Training')}</div>`;
    const steps = `<ul><li>${link('Switch off')} the supply</li><li>${link('Lock out')} the panel</li><li>Test before touch</li></ul>`;
    const sources = `<ol><li>${link('OSHA 1910.333')}</li><li>${link('NFPA 70E')}</li><li>Interviews with three site managers.</li></ol>`;
    const { text, rules } = read(`${H1}${filler('electrical safety', 3)}${sentence}${tags}${steps}${sources}`);
    expect(rules).not.toContain('breadcrumb:trail');
    expect(text).toContain('employer guide');
    expect(text).toContain('Lock out');
    expect(text).toContain('NFPA 70E');
  });
});
