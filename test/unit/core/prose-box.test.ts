import { describe, expect, it } from 'vitest';
import { extractWithReport } from '../../../src/core/extract.js';
import { filler, snapshotDocument } from '../../support/snapshot.js';

/**
 * Step `wrapper:prose-box` (src/core/clean/prose-box.ts): a box that holds a paragraph of prose beside a couple of
 * links ("support us", "View webcam") is written as its paragraphs, so Readability does not drop the prose for the
 * box's link text; a teaser card and a list of links are left to Readability's judgement.
 */

const ORIGINAL = 'https://www.example-parks.org/valley/webcams.htm';

function read(body: string) {
  const { doc, url } = snapshotDocument(`<h1>Webcams of the valley</h1>\n${body}`, { original: ORIGINAL });
  const report = extractWithReport(doc, url, { explain: true });
  return { text: report.article?.text ?? '', rules: report.removals.map((r) => r.rule) };
}

/** A webcam's box: its description, a credit line with two links, a plea that is one link, a link to the camera. */
function cameraBox(place: string): string {
  return `<div><div>Webcam</div><h2>${place}</h2></div>
<div><div>
<div>This camera on the ${place} looks west over the valley floor and shows the weather of the morning before the crowds arrive.</div>
<div>This image is provided courtesy of <a href="/partners">the Valley Trust</a>. To use it, fill out our <a href="/forms/use">usage agreement</a>.</div>
<div><a href="/give">You can support this webcam by making a gift to the Valley Trust today.</a></div>
<span><a href="/cams/${place.toLowerCase().replace(/\W+/g, '-')}">View Webcam</a></span>
</div></div>`;
}

describe('wrapper:prose-box', () => {
  it('keeps the description in a box whose link lines would have Readability drop it', () => {
    const { text, rules } = read(
      `${filler('webcams', 2)}\n${cameraBox('Glacier Point')}\n${cameraBox('Sentinel Dome')}`,
    );
    expect(rules).toContain('wrapper:prose-box');
    expect(text).toContain('This camera on the Glacier Point looks west over the valley floor');
    expect(text).toContain('This camera on the Sentinel Dome looks west over the valley floor');
  });

  it('leaves a teaser card (a linked headline over its blurb) to Readability', () => {
    const card = (n: number) =>
      `<div><h3><a href="/news/story-${n}">Story number ${n} of the week</a></h3><div>A short summary of the story number ${n}, which tells readers what the report found about the valley this year.</div><a href="/news">More news</a></div>`;
    const { rules } = read(`${filler('webcams', 3)}\n${card(1)}\n${card(2)}`);
    expect(rules).not.toContain('wrapper:prose-box');
  });

  it('leaves a list of links with a line of text to Readability', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<li><a href="/topic/${i}">Topic page number ${i}</a></li>`);
    const { rules } = read(
      `${filler('webcams', 3)}\n<div><div>Explore more of the park and what our rangers write about it, season after season.</div><ul>${links.join('')}</ul></div>`,
    );
    expect(rules).not.toContain('wrapper:prose-box');
  });
});
