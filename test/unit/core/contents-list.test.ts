import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/**
 * A long post with its own table of contents. A labelled list of links to the post's sections, or of its own
 * headings, is left out (the reader builds its contents from the headings); a labelled list of anything else stays.
 */

const ORIGINAL = 'https://www.example-garden.com/guides/winter-roses/';
const SECTIONS = ['Choosing the site', 'Pruning in autumn', 'Protecting the roots'];
const slug = (t: string) => t.toLowerCase().replace(/\W+/g, '-');
const body = SECTIONS.map((h, i) => `<h2 id="${slug(h)}">${h}</h2>${filler(`rose bed ${i}`, 2)}`).join('\n');

function read(contents: string) {
  const html = `<article><h1>How to keep roses through the winter</h1>${filler('rose garden', 1)}${contents}${body}</article>`;
  const { doc, url } = snapshotDocument(html, { original: ORIGINAL, title: 'How to keep roses through the winter' });
  return extractWithReport(doc, url, { explain: true });
}

const noted = (report: ReturnType<typeof read>) =>
  report.removals.filter((r) => r.rule === 'contents-list').map((r) => r.text);

describe('contents-list: the page’s own table of contents', () => {
  it('leaves out a "Table of contents" heading and its list of links to the sections, and says so', () => {
    const items = SECTIONS.map((h) => `<li><a href="#${slug(h)}">${h}</a></li>`).join('');
    const report = read(`<h2>Table of Contents</h2><ul>${items}</ul>`);
    const text = report.article?.text ?? '';
    expect(text).not.toContain('Table of Contents');
    for (const h of SECTIONS) expect(text.split(h).length - 1, h).toBe(1); // the heading only, not its entry
    expect(noted(report).join(' ')).toContain('Table of Contents');
  });

  it('leaves out a label and the list after it whose entries repeat the headings, without links', () => {
    const items = SECTIONS.map((h, i) => `<li><span>${i + 1}. ${h}</span></li>`).join('');
    const report = read(`<p><strong>In this article:</strong></p><ol>${items}</ol>`);
    const text = report.article?.text ?? '';
    expect(text).not.toContain('In this article');
    expect(text).not.toContain('1. Choosing the site');
    expect(text).toContain('Pruning in autumn');
  });

  it('leaves out a label whose list the capture left empty, with the empty list', () => {
    const report = read('<div><div>In This Article</div><ol></ol></div>');
    expect(report.article?.text).not.toContain('In This Article');
    expect(noted(report)).toContain('In This Article');
  });

  it('keeps a labelled list that is the article’s own content', () => {
    const tools = ['Secateurs with a bypass blade', 'A pair of thick gloves', 'Horticultural fleece'];
    const report = read(`<h2>Contents</h2><ul>${tools.map((t) => `<li>${t}</li>`).join('')}</ul>`);
    for (const t of tools) expect(report.article?.text).toContain(t);
    expect(noted(report)).toEqual([]);
  });
});
