import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/dom.js';
import { loadJsdom } from '../../../src/cli/jsdom-load.js';

// parseHtml makes jsdom parse a style attribute only when `element.style` is read (src/cli/jsdom-lazy-style.ts).
const declarationImpl = (
  loadJsdom().internal('lib/jsdom/living/css/CSSStyleDeclaration-impl.js') as { implementation: { prototype: object } }
).implementation.prototype;
const cssText = Object.getOwnPropertyDescriptor(declarationImpl, 'cssText')!;

/** How many times `run` makes jsdom parse a declaration list (set cssText). */
function declarationsParsed(run: () => void): number {
  let parsed = 0;
  Object.defineProperty(declarationImpl, 'cssText', {
    ...cssText,
    set(this: object, text: string) {
      parsed++;
      cssText.set!.call(this, text);
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(declarationImpl, 'cssText', cssText);
  }
  return parsed;
}

const STYLED = `<body>${'<div style="display:block;color:rgb(1, 2, 3)">x</div>'.repeat(200)}<svg style="fill:red"></svg></body>`;

describe('inline styles in the Node DOM', () => {
  it('parses no style attribute while loading a page, and one when its element is asked', () => {
    let doc: Document | undefined;
    expect(declarationsParsed(() => (doc = parseHtml(STYLED, null)))).toBe(0);
    const div = doc!.querySelector('div') as HTMLElement;
    expect(declarationsParsed(() => expect(div.style.display).toBe('block'))).toBe(1);
    expect(declarationsParsed(() => expect(div.style.color).toBe('rgb(1, 2, 3)'))).toBe(0);
  });

  it('reads what the attribute says at the time, before and after the first read', () => {
    const doc = parseHtml(STYLED, null);
    const [first, second] = Array.from(doc.querySelectorAll('div')) as HTMLElement[];
    first!.setAttribute('style', 'display:none');
    expect(first!.style.display).toBe('none');
    expect(second!.style.display).toBe('block');
    second!.setAttribute('style', 'display:inline');
    expect(second!.style.display).toBe('inline');
    second!.removeAttribute('style');
    expect(second!.style.display).toBe('');
    const svg = doc.querySelector('svg') as unknown as SVGElement;
    expect(svg.style.fill).toBe('red');
  });

  it('writes a property set through `style` back to the attribute, and computed styles see it', () => {
    const doc = parseHtml('<body><p style="margin: 0">text</p><span>s</span></body>', null);
    const p = doc.querySelector('p') as HTMLElement;
    p.style.display = 'none';
    expect(p.getAttribute('style')).toBe('margin: 0px; display: none;');
    expect(doc.defaultView!.getComputedStyle(p).display).toBe('none');
    const span = doc.querySelector('span') as HTMLElement;
    span.style.color = 'blue';
    expect(span.getAttribute('style')).toBe('color: blue;');
  });
});
