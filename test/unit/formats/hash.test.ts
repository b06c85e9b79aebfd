import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article.js';
import { URL_NAMESPACE, sha1, sha256Hex, uuidV5 } from '../../../src/formats/hash.js';
import reference from '../../support/reference-article.json';

const article = reference as Article;
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('sha256Hex', () => {
  it('matches the standard test vector and Node for the reference text', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(article.text)).toBe(createHash('sha256').update(article.text, 'utf8').digest('hex'));
  });
});

describe('sha1', () => {
  it.each(['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(1000), 'tête-à-tête ✓'])(
    'matches Node for %j',
    (text) => {
      expect(hex(sha1(new TextEncoder().encode(text)))).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
    },
  );
});

describe('uuidV5', () => {
  it('gives the RFC 9562 name-based UUID (as Python and the uuid package do)', () => {
    expect(uuidV5(article.source.originalUrl ?? '', URL_NAMESPACE)).toBe('43449f61-f408-5228-b72c-0b72902be8db');
    expect(uuidV5('https://example.com/é', URL_NAMESPACE)).toBe('20ecd233-a9e7-5067-a96f-fd6600ca3fda');
  });
});
