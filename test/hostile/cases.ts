/**
 * The hostile snapshot corpus, ready to use: `loadHostileCases()` reads `cases.json` and the pages beside it and
 * expands the markers of the big and binary cases. Node only (reads files); the browser harness serves `bytes` at
 * `url` and checks that no trap fires, no dialog opens, no request leaves for a host outside `allowedHosts`, and
 * every `expectedText` shows in the reader.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExpectMeta, Expansion, HostileCategory, ManifestEntry } from './corpus.js';

export type { ExpectMeta, HostileCategory } from './corpus.js';

export interface HostileCase {
  id: string;
  /** Absolute path of the page file (before expansion). */
  file: string;
  url: string;
  category: HostileCategory;
  attack: string;
  expectedText: string[];
  allowedHosts: string[];
  expectMeta: ExpectMeta;
  /** The page exactly as the server sends it (may be invalid UTF-8). */
  bytes: Uint8Array;
  /** The page as a browser decodes it (UTF-8, invalid sequences → U+FFFD). */
  html: string;
}

export const HOSTILE_DIR = import.meta.dirname;
export const MANIFEST_FILE = path.join(HOSTILE_DIR, 'cases.json');

function hexBytes(hex: string): Buffer {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) throw new Error(`bad hex in expansion: ${hex}`);
  return Buffer.from(hex, 'hex');
}

function replacement(e: Expansion): Buffer {
  if (e.hex !== undefined) return hexBytes(e.hex);
  if (e.repeat !== undefined && e.times !== undefined) return Buffer.from(e.repeat.repeat(e.times), 'utf8');
  throw new Error(`expansion ${e.marker} has neither hex nor repeat/times`);
}

/** The page text with every marker replaced by its bytes. */
export function expandPage(text: string, expansions: readonly Expansion[]): Uint8Array {
  if (expansions.length === 0) return new Uint8Array(Buffer.from(text, 'utf8'));
  const byMarker = new Map(expansions.map((e) => [e.marker, replacement(e)]));
  const pattern = new RegExp([...byMarker.keys()].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const parts: Buffer[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(Buffer.from(text.slice(last, match.index), 'utf8'), byMarker.get(match[0])!);
    last = match.index + match[0].length;
  }
  parts.push(Buffer.from(text.slice(last), 'utf8'));
  return new Uint8Array(Buffer.concat(parts));
}

export function readManifest(dir: string = HOSTILE_DIR): ManifestEntry[] {
  return JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as ManifestEntry[];
}

/** The corpus in `dir` (default: this folder; pass it when running from a bundle elsewhere). */
export function loadHostileCases(dir: string = HOSTILE_DIR): HostileCase[] {
  return readManifest(dir).map((entry) => {
    const file = path.join(dir, entry.file);
    const bytes = expandPage(readFileSync(file, 'utf8'), entry.expand ?? []);
    return {
      id: entry.id,
      file,
      url: entry.url,
      category: entry.category,
      attack: entry.attack,
      expectedText: entry.expectedText,
      allowedHosts: entry.allowedHosts,
      expectMeta: entry.expectMeta ?? {},
      bytes,
      html: new TextDecoder('utf-8').decode(bytes),
    };
  });
}
