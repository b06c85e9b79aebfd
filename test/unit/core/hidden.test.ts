import { describe, expect, it } from 'vitest';
import { hiddenReason } from '../../../src/core/clean/hidden.js';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, parsePage, snapshotDocument } from '../../support/snapshot.js';

/**
 * A snapshot keeps what the page hid, with the computed style written inline (archive-today.md §4): the reader
 * must leave it out, and keep what shows beside it.
 */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const H1 = '<h1>Council approves the new harbour plan after long debate</h1>';
const VISIBLE = 'The visible sibling closes the article with a last word on the harbour.';

function run(hidden: string) {
  const page = `${H1}\n${filler('harbour plan', 2)}\n<div>${hidden}<div>${VISIBLE}</div></div>\n${filler('budget', 1)}`;
  const { doc, url } = snapshotDocument(page, { original: ORIGINAL, capture: false });
  const report = extractWithReport(doc, url, { explain: true });
  return { text: report.article?.text ?? '', rules: report.removals.map((r) => r.rule) };
}

describe('hidden elements are dropped, visible siblings kept', () => {
  it.each([
    ['display:none', '<div style="display:none">Menu Sections Home Politics Sports</div>', 'display-none'],
    [
      'display: none !important',
      '<div style="text-align:left;display: none !important">Menu Sections Home Politics Sports</div>',
      'display-none',
    ],
    [
      'visibility:hidden',
      '<div style="visibility:hidden">Menu Sections Home Politics Sports</div>',
      'visibility-hidden',
    ],
    [
      'zero height with overflow hidden',
      '<div style="height:0px;overflow:hidden">Menu Sections Home Politics Sports</div>',
      'zero-size',
    ],
    [
      'zero width and height',
      '<div style="width:0px;height:0px">Menu Sections Home Politics Sports</div>',
      'zero-size',
    ],
    [
      'off-screen absolute',
      '<div style="position:absolute;left:-10000px;top:0px">Menu Sections Home Politics Sports</div>',
      'off-screen',
    ],
    [
      'off-screen fixed',
      '<div style="position:fixed;top:-9999px">Menu Sections Home Politics Sports</div>',
      'off-screen',
    ],
    [
      'clip rect',
      '<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(1px, 1px, 1px, 1px)">Menu Sections Home Politics Sports</span>',
      'clipped',
    ],
    [
      'clip rect without commas',
      '<span style="position:absolute;clip:rect(0px 0px 0px 0px)">Menu Sections Home Politics Sports</span>',
      'clipped',
    ],
    ['hidden attribute', '<div hidden>Menu Sections Home Politics Sports</div>', 'hidden-attribute'],
    ['aria-hidden', '<div aria-hidden="true">Menu Sections Home Politics Sports</div>', 'aria-hidden'],
  ])('%s', (_label, hidden, reason) => {
    const { text, rules } = run(hidden);
    expect(rules).toContain(`hidden:${reason}`);
    expect(text).not.toContain('Menu Sections');
    expect(text).toContain(VISIBLE);
  });

  it('a whole hidden subtree goes, however deep its text', () => {
    const { text } = run(
      '<div style="display:none"><ul><li><a href="/a">Menu Sections</a></li><li><div><span>Home Politics Sports</span></div></li></ul></div>',
    );
    expect(text).not.toMatch(/Menu Sections|Home Politics Sports/);
    expect(text).toContain(VISIBLE);
  });
});

describe('what only looks hidden is kept', () => {
  it.each([
    [
      'zero height without overflow hidden (floats spill out)',
      '<div style="height:0px"><div style="float:left">Floated note: the vote was 7 to 2.</div></div>',
    ],
    [
      'absolute, on screen',
      '<div style="position:absolute;left:10px;top:20px">Floated note: the vote was 7 to 2.</div>',
    ],
    ['aria-hidden="false"', '<div aria-hidden="false">Floated note: the vote was 7 to 2.</div>'],
    ['display:block', '<div style="display:block;visibility:visible">Floated note: the vote was 7 to 2.</div>'],
  ])('%s', (_label, shown) => {
    const { text, rules } = run(shown);
    expect(rules.filter((r) => r.startsWith('hidden:'))).toEqual([]);
    expect(text).toContain('Floated note: the vote was 7 to 2.');
  });
});

describe('hiddenReason', () => {
  const el = (html: string): Element =>
    parsePage(`<!DOCTYPE html><body>${html}</body>`, 'https://example.invalid/').body.firstElementChild!;

  it('reads the inline style case-insensitively and ignores unrelated declarations', () => {
    expect(hiddenReason(el('<div style="COLOR:red; DISPLAY : NONE">x</div>'))).toBe('display-none');
    expect(hiddenReason(el('<div style="color:red;font-weight:bold">x</div>'))).toBeNull();
    expect(hiddenReason(el('<div>x</div>'))).toBeNull();
  });

  it('tells the 1×1 clipped "screen reader only" box from a small visible one', () => {
    expect(hiddenReason(el('<span style="position:absolute;width:1px;height:1px">x</span>'))).toBe('zero-size');
    expect(hiddenReason(el('<span style="position:absolute;width:20px;height:20px">x</span>'))).toBeNull();
  });
});

describe('a page hidden whole until its scripts run (a loading cover) is shown', () => {
  const cover = (style: string, rest = '') => {
    const page = `<div><a href="/">Example News</a></div><div ${style}>${H1}${filler('harbour plan', 4)}</div>${rest}`;
    const { doc, url } = snapshotDocument(page, { original: ORIGINAL, capture: false });
    return extractWithReport(doc, url, { explain: true });
  };

  it.each([
    ['visibility:hidden', 'style="visibility:hidden"'],
    ['the hidden attribute', 'hidden'],
    ['display:none', 'style="display:none"'],
  ])('hidden by %s', (_label, style) => {
    const report = cover(style);
    expect(report.article?.text).toContain('The council met on Tuesday evening');
    expect(report.article?.title).toBe('Council approves the new harbour plan after long debate');
    expect(report.removals.map((r) => r.rule)).toContain('hidden:loading-cover-shown');
  });

  it('not when the page shows an article of its own beside the hidden box', () => {
    const report = cover('style="display:none"', `<div>${filler('budget', 6)}</div>`);
    expect(report.article?.text).toContain('discuss the budget');
    expect(report.article?.text).not.toContain('discuss the harbour plan');
    expect(report.removals.map((r) => r.rule)).not.toContain('hidden:loading-cover-shown');
  });

  it('not when the hidden box is a menu of links', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/s${i}">Section number ${i} of the paper</a></li>`,
    ).join('');
    const { doc, url } = snapshotDocument(`<div>Gone fishing.</div><div style="display:none"><ul>${links}</ul></div>`, {
      original: ORIGINAL,
      capture: false,
    });
    const report = extractWithReport(doc, url, { explain: true });
    expect(report.article).toBeNull();
    expect(report.refusal?.hiddenChars).toBeGreaterThan(500);
  });
});

describe('collapsed panels (accordions, "More" sections) are shown', () => {
  const ANSWER = 'No. As an independent contractor, you are responsible for the upkeep of your own car.';
  const accordion = (panel: string) =>
    `<ul><li><div role="button" aria-expanded="false" tabindex="0">Does the cover pay for regular maintenance?</div><div>${panel}</div></li></ul>`;

  it.each([
    [
      'an accordion answer hidden by visibility',
      accordion(`<div style="visibility:hidden;opacity:0"><div>${ANSWER}</div></div>`),
    ],
    [
      'a "More" section hidden by display',
      `<div><div role="button" tabindex="0"><h4>More</h4></div></div><div style="display:none"><div>${ANSWER}</div></div>`,
    ],
    [
      'a panel under a real button',
      `<button aria-expanded="false">Read the answer</button><div hidden>${ANSWER}</div>`,
    ],
    [
      'the answer to a question of two sentences',
      `<div role="button" aria-expanded="false">The amount on my fare breakdown that goes toward insurance and operational expenses seems high to me. Is insurance really that expensive for every driver?</div><div><div style="visibility:hidden">${ANSWER}</div></div>`,
    ],
    [
      'the answer under an FAQ question heading with only an arrow icon beside it (no button left in the capture)',
      '<h2>Frequently asked questions</h2><div><div style="display:flex"><h3><strong>Does the cover pay for regular maintenance?</strong></h3>' +
        `<svg width="43" height="43"><circle r="21"></circle></svg></div><div style="display:none"><div>${ANSWER}</div></div></div>`,
    ],
    [
      "a card's hover overlay, laid over the card and captured hidden",
      '<div style="position:relative"><h2>Maintenance cover</h2><div style="display:flex">+</div>' +
        '<div style="visibility:hidden;position:absolute;top:0px;right:0px;bottom:0px;left:0px;opacity:0">' +
        `<h2>Maintenance cover</h2><div>${ANSWER}</div></div></div>`,
    ],
    [
      'the panel of a tab not chosen',
      '<div role="tablist"><button role="tab" aria-selected="true">Basics</button><button role="tab" aria-selected="false">Costs</button></div>' +
        `<div role="tabpanel"><p>The basics of the cover are set out in the driver handbook for every state.</p></div><div role="tabpanel" hidden>${ANSWER}</div>`,
    ],
  ])('%s', (_label, html) => {
    const { text, rules } = run(html);
    expect(rules).toContain('hidden:collapsed-panel-shown');
    expect(text).toContain(ANSWER);
    expect(text).toContain(VISIBLE);
  });

  it('a collapsed menu of links behind a "Menu" button stays hidden', () => {
    const menu = `<div role="button" aria-expanded="false">Menu</div><div style="display:none"><a href="/a">Politics and elections.</a> <a href="/b">Sports results.</a> <a href="/c">Weather for the week ahead.</a></div>`;
    const { text, rules } = run(menu);
    expect(rules).not.toContain('hidden:collapsed-panel-shown');
    expect(text).not.toContain('Sports results');
  });

  it('keeps the question on an FAQ button before its answer, and leaves a button call out', () => {
    const QUESTION = 'Does the cover pay for regular maintenance?';
    const { text } = run(
      `<div><button type="button" aria-expanded="true">${QUESTION}</button><div><p>${ANSWER}</p></div></div>` +
        `<div><button type="button">Show more</button><div><p>${ANSWER.replace('No.', 'Yes.')}</p></div></div>`,
    );
    expect(text).toContain(`${QUESTION}\n\n${ANSWER}`);
    expect(text).not.toContain('Show more');
  });

  it('a question button the page hides stays hidden', () => {
    const QUESTION = 'Does the cover pay for regular maintenance?';
    const { text } = run(`<div><button style="display:none">${QUESTION}</button><div><p>${ANSWER}</p></div></div>`);
    expect(text).toContain(ANSWER);
    expect(text).not.toContain(QUESTION);
  });

  it('a hidden tab panel of links (a "Most popular" tab) stays hidden', () => {
    const tabs = `<div role="tabpanel" style="display:none"><a href="/a">Politics and elections.</a> <a href="/b">Sports results.</a> <a href="/c">Weather for the week ahead.</a></div>`;
    const { text, rules } = run(tabs);
    expect(rules).not.toContain('hidden:collapsed-panel-shown');
    expect(text).not.toContain('Sports results');
  });

  it('hidden text after a heading that asks nothing, or a question in a paragraph, stays hidden', () => {
    for (const before of ['<h3>Cover and maintenance</h3>', '<p>Does the cover pay for regular maintenance?</p>']) {
      const { text, rules } = run(`<div>${before}</div><div style="display:none">${ANSWER}</div>`);
      expect(rules).not.toContain('hidden:collapsed-panel-shown');
      expect(text).not.toContain('independent contractor');
    }
  });

  it('a hidden dialog over the window, or a hidden tooltip beside a word, stays hidden', () => {
    for (const style of [
      'visibility:hidden;position:fixed;top:0px;right:0px;bottom:0px;left:0px',
      'visibility:hidden;position:absolute;top:24px;left:0px',
    ]) {
      const { text, rules } = run(`<div><p>A lead-in line.</p><div style="${style}">${ANSWER}</div></div>`);
      expect(rules).not.toContain('hidden:collapsed-panel-shown');
      expect(text).not.toContain('independent contractor');
    }
  });

  it('hidden text with no control before it stays hidden', () => {
    const { text } = run(`<div><p>A lead-in line.</p></div><div style="display:none">${ANSWER}</div>`);
    expect(text).not.toContain('independent contractor');
  });
});
