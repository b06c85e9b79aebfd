import { describe, expect, it } from 'vitest';
import { elementsBackward, elementsForward, holdsTag } from '../../../src/core/dom.js';
import { finishContent } from '../../../src/core/content.js';
import type { PageMetadata } from '../../../src/core/metadata/index.js';
import { parseDocument, fixture } from '../../support/dom.js';

/**
 * The lazy walks that let the rules reading only the start or the end of an article stop early, and the one-pass
 * text test of the tidy step: each must give exactly what the plain DOM answer gives, on a real page.
 */

const page = parseDocument(fixture('snapshot.html'));
const everything = Array.from(page.body.querySelectorAll('*'));

describe('element walks', () => {
  it('walks forward in document order, every element once', () => {
    expect([...elementsForward(page.body)]).toEqual(everything);
  });

  it('walks backward in reverse document order, each element after everything inside it', () => {
    expect([...elementsBackward(page.body)]).toEqual([...everything].reverse());
  });

  it('stops where the caller stops, and walks nothing for an empty element', () => {
    const first = elementsForward(page.body).next();
    expect(first.value).toBe(everything[0]);
    const empty = page.createElement('div');
    expect([...elementsForward(empty)]).toEqual([]);
    expect([...elementsBackward(empty)]).toEqual([]);
  });

  it('finds a tag anywhere inside, and not the element itself', () => {
    const doc = parseDocument('<div id="a"><span><b><p>x</p></b></span></div><p id="b"><i>y</i></p>');
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    expect(holdsTag(a, new Set(['p']))).toBe(true);
    expect(holdsTag(b, new Set(['p']))).toBe(false);
    expect(holdsTag(b, new Set(['i']))).toBe(true);
  });
});

describe('tidy: empty elements', () => {
  const meta = { title: null, pageTitle: null } as unknown as PageMetadata;

  it('removes elements without text or media (a table of empty cells too), however deep, and keeps the rest', () => {
    const doc = parseDocument(
      '<div id="root"><div><span> \u00a0 </span><p><b>kept</b></p><div><i>\u200b</i><em></em></div>' +
        '<p><span><img src="a.png"></span></p><table><tr><td></td></tr></table><div><div><hr></div></div></div></div>',
    );
    const content = finishContent(doc.getElementById('root')!, meta);
    expect(content.html).toBe(
      '<div><p><b>kept</b></p><p><span><img src="a.png"></span></p><div><div><hr></div></div></div>',
    );
  });

  it('keeps on the reference page exactly the elements that hold text by their textContent', () => {
    const root = parseDocument(fixture('snapshot.html')).body;
    const before = Array.from(root.querySelectorAll('*')).filter((el) =>
      el.textContent!.replace(/[\s\u00a0\u200b]+/g, ''),
    );
    finishContent(root, meta);
    for (const el of before) expect(root.contains(el)).toBe(true);
  });
});
