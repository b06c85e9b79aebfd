import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/** Footers, sidebars and menus outside a marked main region are not the article (clean/landmarks.ts). */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const H1 = '<h1>Council approves the new harbour plan after long debate</h1>';
const LEGAL = Array.from(
  { length: 6 },
  () =>
    '<div>This material is provided for information only and is not intended to replace the advice of a qualified professional. Example News accepts no liability for decisions made on the basis of it, and readers should consult an adviser.</div>',
).join('');

function read(body: string) {
  const { doc, url } = snapshotDocument(body, { original: ORIGINAL, capture: false });
  const report = extractWithReport(doc, url, { explain: true });
  return { text: report.article?.text ?? '', rules: report.removals.map((r) => r.rule) };
}

describe('landmarks', () => {
  it('a long legal footer outside <main> does not outweigh a short article', () => {
    const { text, rules } = read(`<main>${H1}${filler('harbour plan', 3)}</main><footer>${LEGAL}</footer>`);
    expect(rules).toContain('landmarks:outside-main');
    expect(text).toContain('The council met on Tuesday evening to discuss the harbour plan');
    expect(text).not.toContain('not intended to replace the advice');
  });

  it('role=main counts as main, role=complementary as a sidebar', () => {
    const { text } = read(
      `<div role="main">${H1}${filler('harbour plan', 3)}</div><div role="complementary">${LEGAL}</div>`,
    );
    expect(text).toContain('discuss the harbour plan');
    expect(text).not.toContain('not intended to replace the advice');
  });

  it('a footer inside main, and every footer on a page without main, are left to the other rules', () => {
    expect(
      read(
        `<main>${H1}${filler('harbour plan', 3)}<footer><div>Reporting by Jane Doe; editing by John Smith for the local desk of the paper.</div></footer></main>`,
      ).rules,
    ).not.toContain('landmarks:outside-main');
    expect(read(`<div>${H1}${filler('harbour plan', 3)}</div><footer>${LEGAL}</footer>`).rules).not.toContain(
      'landmarks:outside-main',
    );
  });

  it('a main region too small to be the content is not trusted', () => {
    const { rules, text } = read(
      `<main><div>Skip to content</div></main><div>${H1}${filler('harbour plan', 3)}</div><aside>${filler('budget', 1)}</aside>`,
    );
    expect(rules).not.toContain('landmarks:outside-main');
    expect(text).toContain('discuss the harbour plan');
  });

  it('a menu (<nav>, mostly links) is left out wherever it sits, even on a page without <main>', () => {
    const menu = `<nav><ul>${['Home', 'Safety and Health Topics', 'Electrical', 'Standards', 'Enforcement', 'Training'].map((w) => `<li><a href="/${w}">${w}</a></li>`).join('')}</ul></nav>`;
    const { text, rules } = read(`<div>${menu}${H1}${filler('harbour plan', 3)}</div>`);
    expect(rules).toContain('landmarks:menu');
    expect(text).toContain('discuss the harbour plan');
    expect(text).not.toContain('Safety and Health Topics');
  });

  it('a <nav> of running text, or one that holds the headline, is not a menu', () => {
    const summary =
      '<nav><p>This guide has three parts. The first explains the plan, the second what it costs, and the third <a href="/next">what comes next</a> for the harbour and its users.</p></nav>';
    expect(read(`<div>${H1}${summary}${filler('harbour plan', 3)}</div>`).rules).not.toContain('landmarks:menu');
    expect(read(`<nav><a href="/">Home</a>${H1}${filler('harbour plan', 3)}</nav>`).text).toContain(
      'discuss the harbour plan',
    );
  });
});
