import type { Jsdom } from './jsdom-load.js';

/**
 * jsdom answers every string property read on an HTMLCollection — `length` included — by first scanning the whole
 * collection for an element with that id or name (it then throws the answer away, because `length` is on the
 * prototype). Reading `length` is therefore O(n), and `Array.from(doc.getElementsByTagName('img'))` — which
 * Readability does on every page — is O(n²): on a 200,000-element snapshot with thousands of images that one line
 * took most of the extraction time. Browsers do not have this cost.
 *
 * This remembers each named lookup until the collection changes. jsdom bumps a collection's version whenever a node
 * is inserted or removed or an attribute changes anywhere under its root, so a remembered answer is always the one a
 * fresh scan would give. Only performance changes; if a jsdom release moves these internals the patch is skipped.
 */
interface CollectionImpl {
  _version: number;
  _update(): void;
  namedItem(key: string): unknown;
  [NAMED_CACHE]?: { version: number; answers: Map<string, unknown> };
}

const NAMED_CACHE = Symbol('archive-reader.namedItemCache');

/** Patches the jsdom copy whose modules `internal` hands out; once per copy (dom.ts keeps which are done). */
export function installJsdomCollectionCache(internal: Jsdom['internal']): void {
  let proto: CollectionImpl | undefined;
  try {
    const mod = internal('lib/jsdom/living/nodes/HTMLCollection-impl.js') as
      | { implementation?: { prototype: CollectionImpl } }
      | undefined;
    proto = mod?.implementation?.prototype;
  } catch {
    return; // internals moved: keep jsdom as it is
  }
  if (!proto || typeof proto.namedItem !== 'function' || typeof proto._update !== 'function') return;
  const scan = proto.namedItem;
  proto.namedItem = function (this: CollectionImpl, key: string): unknown {
    this._update();
    let cache = this[NAMED_CACHE];
    if (!cache || cache.version !== this._version)
      cache = this[NAMED_CACHE] = { version: this._version, answers: new Map() };
    if (cache.answers.has(key)) return cache.answers.get(key);
    const answer = scan.call(this, key);
    cache.answers.set(key, answer);
    return answer;
  };
}
