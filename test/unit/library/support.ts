/** Shared by the library tests: a fresh in-memory IndexedDB per test, articles, images, and a full dump. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Article } from '../../../src/article.js';
import { Library } from '../../../src/extension/shared/library/store.js';
import type { NewLibraryEntry } from '../../../src/extension/shared/library/types.js';

export const reference = JSON.parse(
  readFileSync(new URL('../../support/reference-article.json', import.meta.url), 'utf8'),
) as Article;

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** A real PNG signature followed by `body`: enough for the image sniffer, which is all the library checks. */
export function pngBytes(body: Uint8Array | number[] = [1, 2, 3]): Uint8Array {
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...body]);
}

export const pngBlob = (body?: Uint8Array | number[]): Blob =>
  new Blob([pngBytes(body) as Uint8Array<ArrayBuffer>], { type: 'image/png' });

export function article(overrides: Partial<Article> & { archiveUrl?: string } = {}): Article {
  const { archiveUrl, ...rest } = overrides;
  return {
    ...reference,
    ...rest,
    source: {
      ...reference.source,
      ...(archiveUrl ? { archiveUrl, archiveShortUrl: null } : {}),
      ...(rest.source ?? {}),
    },
  };
}

export function entry(
  a: Article,
  images: Map<string, Blob> = new Map(),
  savedAt = '2026-11-27T10:00:00Z',
): NewLibraryEntry {
  return { article: a, images, savedAt, extensionVersion: '0.1.0', textSha256: sha256(a.text) };
}

export async function freshLibrary(): Promise<{ library: Library; factory: IDBFactory }> {
  const factory = new IDBFactory();
  return { library: await Library.open(factory), factory };
}

/** Everything the library holds, with image bytes, in a form `toEqual` compares exactly. */
export async function dump(library: Library): Promise<unknown[]> {
  const entries = await library.entries();
  const out = [];
  for (const { record, images } of entries.sort((a, b) => (a.record.id < b.record.id ? -1 : 1))) {
    const imageDump = [];
    for (const [src, blob] of [...images].sort(([a], [b]) => (a < b ? -1 : 1))) {
      imageDump.push({ src, type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer())] });
    }
    out.push({ record, images: imageDump });
  }
  return out;
}

const messages = JSON.parse(
  readFileSync(new URL('../../../_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string }>;

/** What `browser.i18n.getMessage` gives for the English strings. */
export function translate(key: string, detail: string): string {
  const message = messages[key]?.message;
  if (!message) throw new Error(`no message ${key}`);
  return message.replace(/\$1/g, detail);
}
