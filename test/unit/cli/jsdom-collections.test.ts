import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/dom.js';
import { loadJsdom } from '../../../src/cli/jsdom-load.js';

// parseHtml installs the named-lookup cache on jsdom's HTMLCollection (src/cli/jsdom-collections.ts).
const elementImpl = (
  loadJsdom().internal('lib/jsdom/living/nodes/Element-impl.js') as {
    implementation: { prototype: { getAttributeNS(ns: string | null, name: string): string | null } };
  }
).implementation.prototype;
const realGetAttributeNS = elementImpl.getAttributeNS;

/** How many attribute reads `run` makes on elements — jsdom's named lookup reads `id` and `name` of each. */
function attributeReads(run: () => void): number {
  let reads = 0;
  elementImpl.getAttributeNS = function (this: unknown, ns: string | null, name: string) {
    reads++;
    return realGetAttributeNS.call(this, ns, name);
  };
  try {
    run();
  } finally {
    elementImpl.getAttributeNS = realGetAttributeNS;
  }
  return reads;
}

afterEach(() => {
  elementImpl.getAttributeNS = realGetAttributeNS;
});

describe('jsdom collections in the Node DOM', () => {
  it('copying a collection reads each element a bounded number of times, not once per element per step', () => {
    const count = 400;
    const doc = parseHtml(`<body>${'<img src="a.jpg">'.repeat(count)}</body>`, null);
    const images = doc.getElementsByTagName('img');
    let copied: Element[] = [];
    const reads = attributeReads(() => {
      copied = Array.from(images);
    });
    expect(copied).toHaveLength(count);
    // Without the cache every `length` read scans all elements: about 2 × count² = 320,000 reads.
    expect(reads).toBeLessThan(4 * count);
  });

  it('named lookups still follow every change to ids, names and membership', () => {
    const doc = parseHtml('<body><p id="a">1</p><p name="b">2</p><p id="length">3</p></body>', null);
    const ps = doc.getElementsByTagName('p');
    expect(ps.namedItem('a')?.textContent).toBe('1');
    expect(ps.namedItem('b')?.textContent).toBe('2');
    expect(ps.namedItem('length')?.textContent).toBe('3');
    expect(ps.length).toBe(3); // `length` stays the count even with an element of that id

    ps.namedItem('a')!.id = 'c';
    expect(ps.namedItem('a')).toBeNull();
    expect(ps.namedItem('c')?.textContent).toBe('1');

    const fresh = doc.createElement('p');
    fresh.id = 'a';
    fresh.textContent = '4';
    doc.body.prepend(fresh);
    expect(ps.namedItem('a')?.textContent).toBe('4');
    expect((ps as unknown as Record<string, Element>)['a']?.textContent).toBe('4');

    fresh.remove();
    expect(ps.namedItem('a')).toBeNull();
    ps.namedItem('b')!.setAttribute('name', 'd');
    expect(ps.namedItem('b')).toBeNull();
    expect(ps.namedItem('d')?.textContent).toBe('2');
    expect(ps.length).toBe(3);
  });
});
