import type { Jsdom } from './jsdom-load.js';

/**
 * jsdom parses every `style` attribute into a CSSStyleDeclaration the moment the attribute is set, and gives every
 * element such a declaration when it is created. A snapshot carries a style attribute on nearly every element, so
 * on the corpus that parsing was about a third of the time jsdom takes to load a page — for declarations nothing
 * reads: the core reads the attribute's text (dom.ts `inlineStyle`), never `element.style`.
 *
 * This makes the declaration lazy: it is built, from the attribute as it is then, the first time `element.style`
 * is read (Readability's visibility test, jsdom's getComputedStyle), and kept in step with the attribute from then
 * on, as jsdom does. An element whose `style` is never read never pays for it. Only performance changes; if a
 * jsdom release moves these internals, the patch is skipped and jsdom works as it always did.
 */

interface ElementImpl {
  _globalObject: unknown;
  _settingCssText: boolean;
  getAttributeNS(namespace: string | null, localName: string): string | null;
  _attrModified(name: string, value: string | null, oldValue: string | null): void;
  _initElementCSSInlineStyle(): void;
  [DECLARATION]?: { cssText: string };
}

interface StylePropertiesModule {
  createImpl(globalObject: unknown, args: unknown[], privateData: { ownerNode: unknown }): { cssText: string };
}

const DECLARATION = Symbol('archive-reader.inlineStyle');

/** Patches the jsdom copy whose modules `internal` hands out; once per copy (dom.ts keeps which are done). */
export function installJsdomLazyInlineStyle(internal: Jsdom['internal']): void {
  let protos: ElementImpl[];
  let styles: StylePropertiesModule | undefined;
  try {
    const implOf = (file: string) =>
      (internal(`lib/jsdom/living/nodes/${file}`) as { implementation?: { prototype: ElementImpl } } | undefined)
        ?.implementation?.prototype;
    protos = [implOf('HTMLElement-impl.js'), implOf('SVGElement-impl.js')].filter((p): p is ElementImpl => !!p);
    styles = internal('lib/generated/idl/CSSStyleProperties.js') as StylePropertiesModule | undefined;
  } catch {
    return; // internals moved: keep jsdom as it is
  }
  const usable = (proto: ElementImpl) =>
    typeof proto._attrModified === 'function' &&
    typeof proto._initElementCSSInlineStyle === 'function' &&
    typeof (Object.getPrototypeOf(proto) as ElementImpl)._attrModified === 'function' &&
    !Object.getOwnPropertyDescriptor(proto, 'style');
  if (protos.length !== 2 || typeof styles?.createImpl !== 'function' || !protos.every(usable)) return;
  for (const proto of protos) makeLazy(proto, styles!);
}

function makeLazy(proto: ElementImpl, styles: StylePropertiesModule): void {
  const syncing = proto._attrModified;
  const plain = (Object.getPrototypeOf(proto) as ElementImpl)._attrModified;
  proto._initElementCSSInlineStyle = function (this: ElementImpl) {
    this._settingCssText = false;
  };
  Object.defineProperty(proto, 'style', {
    configurable: true,
    get(this: ElementImpl) {
      let declaration = this[DECLARATION];
      if (!declaration) {
        declaration = this[DECLARATION] = styles.createImpl(this._globalObject, [], { ownerNode: this });
        const text = this.getAttributeNS(null, 'style');
        if (text !== null) {
          this._settingCssText = true; // reading the attribute must not write it back
          declaration.cssText = text;
          this._settingCssText = false;
        }
      }
      return declaration;
    },
  });
  proto._attrModified = function (this: ElementImpl, name, value, oldValue) {
    // Until `style` is read there is no declaration to keep in step: only what every element does on a change.
    if (name === 'style' && !this[DECLARATION]) plain.call(this, name, value, oldValue);
    else syncing.call(this, name, value, oldValue);
  };
}
