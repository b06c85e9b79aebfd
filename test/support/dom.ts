import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { DomWindow } from '../../src/formats/sanitize.js';

const quiet = new VirtualConsole();

/** A document parsed the way a browser would load it from `url` (no scripts, no subresources). */
export function parseDocument(html: string, url = 'https://example.org/'): Document {
  return new JSDOM(html, { url, virtualConsole: quiet }).window.document;
}

export function emptyWindow(): DomWindow {
  return new JSDOM('', { virtualConsole: quiet }).window as unknown as DomWindow;
}

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/wapo-2017-oval-office');

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}

export interface Truth {
  title: string;
  authors: { given: string; family: string }[];
  publishedDate: string;
  siteName: string;
  lang: string;
  section: string;
  originalUrl: string;
  archiveUrl: { long: string; short: string };
  archiveUrl2017: { long: string; short: string };
  archivedAt: string;
  paragraphs: string[];
  mustNotContain: string[];
  links: { text: string; href: string }[];
  captions: string[];
}

export const truth = JSON.parse(fixture('truth.json')) as Truth;

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
