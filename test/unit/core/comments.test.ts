import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/** Reader comment threads are found by their reply controls and structure, on any site (clean/comments.ts). */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';
const H1 = '<h1>Council approves the new harbour plan after long debate</h1>';
const LONG_COMMENT =
  'I have lived by the harbour for thirty years and every plan so far has promised more than it delivered, so forgive me if I wait and see.';

function read(body: string) {
  const { doc, url } = snapshotDocument(body, { original: ORIGINAL, capture: false });
  const report = extractWithReport(doc, url, { explain: true });
  return { text: report.article?.text ?? '', rules: report.removals.map((r) => r.rule) };
}

const comment = (name: string, text: string, replies = '') =>
  `<li><div><div><a href="/users/${name}">${name}</a> <span>3 hours ago</span></div><div>${text}</div><div><a href="#reply-${name}">Reply</a> <a href="#like">Like</a></div></div>${replies ? `<ul>${replies}</ul>` : ''}</li>`;

describe('comment threads', () => {
  it('a nested thread after the article goes, with the article kept whole', () => {
    const thread = `<div><h3>42 Comments</h3><ol>${comment('harbourfan', LONG_COMMENT, comment('quaywatcher', 'Same here, the last one took ten years.') + comment('ferrygirl', 'Ten years and two budgets, if I remember well.'))}${comment('localnews', 'Will the parking stay free during the works? Nobody at the meeting could say.')}</ol></div>`;
    const { text, rules } = read(`${H1}${filler('harbour plan', 3)}${thread}`);
    expect(rules).toContain('comments:thread');
    expect(text).toContain('The council met on Tuesday evening to discuss the harbour plan');
    expect(text).not.toContain('I have lived by the harbour for thirty years');
    expect(text).not.toContain('Ten years and two budgets');
  });

  it('reply controls in other languages count too', () => {
    const de = (name: string) =>
      `<div><div><a href="/u/${name}">${name}</a></div><div>${LONG_COMMENT}</div><button>Antworten</button></div>`;
    const { text, rules } = read(
      `${H1}${filler('harbour plan', 3)}<section>${de('anna')}${de('ben')}${de('carla')}</section>`,
    );
    expect(rules).toContain('comments:thread');
    expect(text).not.toContain('thirty years');
  });

  it('keeps an article that embeds posts with their own Reply buttons', () => {
    const post = (n: number) =>
      `<div><div><a href="/u/mayor">@mayor</a></div><div>Post number ${n}: the harbour plan passed tonight.</div><a href="/intent/reply">Reply</a></div>`;
    const paragraphs = filler('harbour plan', 4).split('\n');
    const body = `${H1}${paragraphs[0]}${post(1)}${paragraphs[1]}${post(2)}${paragraphs[2]}${post(3)}${paragraphs[3]}`;
    const { text, rules } = read(body);
    expect(rules).not.toContain('comments:thread');
    expect(text).toContain('Several speakers asked for more time');
  });

  it('keeps a page with fewer than three comments as it is', () => {
    const { rules } = read(
      `${H1}${filler('harbour plan', 3)}<ol>${comment('anna', LONG_COMMENT)}${comment('ben', LONG_COMMENT)}</ol>`,
    );
    expect(rules).not.toContain('comments:thread');
  });
});

describe('a WordPress thread with its replies closed', () => {
  // No reply links are left, but every comment still prints "Name says:" above its date and text.
  const wp = (name: string, day: number, text: string) =>
    `<li><article><footer><div><b>${name}</b> <span>says:</span></div><div><a href="/c/${day}"><time datetime="2016-01-${String(day).padStart(2, '0')}T10:00:00Z">January ${day}, 2016 at 10:00 am</time></a></div></footer><div><div>${text}</div></div></article></li>`;

  it('goes, found by the "says:" labels', () => {
    const thread = `<div><h4>39 Comments</h4><ol>${wp('copywriter', 7, LONG_COMMENT)}${wp('Florence', 9, 'I have a little predilection for the hotel by the old quay.')}${wp('Andre', 15, 'Just keep the service and quality good, well done.')}</ol></div>`;
    const { text, rules } = read(`${H1}${filler('harbour plan', 3)}${thread}`);
    expect(rules).toContain('comments:thread');
    expect(text).toContain('The council met on Tuesday evening');
    expect(text).not.toContain('predilection');
  });

  it('a quotation that says "says:" once stays', () => {
    const { text, rules } = read(
      `${H1}${filler('harbour plan', 3)}<p><b>The mayor</b> <span>says:</span></p><p>${LONG_COMMENT}</p>`,
    );
    expect(rules).not.toContain('comments:thread');
    expect(text).toContain('thirty years');
  });
});
