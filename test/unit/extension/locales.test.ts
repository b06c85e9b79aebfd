import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLE_IDS } from '../../../src/formats/citation/ids.js';

// Every translation must offer exactly the English keys with the same placeholders, and every English key must be
// used somewhere, so that a renamed or removed string cannot linger untranslated or unused.

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Message>;

/** The message under a key the caller has checked is there. */
const messageAt = (messages: Messages, key: string): Message => messages[key] ?? { message: '' };

const LOCALES_DIR = '_locales';
const readMessages = (locale: string): Messages =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;

const english = readMessages('en');
const englishKeys = Object.keys(english).sort();
const translations = readdirSync(LOCALES_DIR).filter((locale) => locale !== 'en');

/**
 * Keys whose name is built at run time, so no source file spells them out, each with the reason.
 * Only the citation style names: `citeStyle` + the style id in PascalCase (src/extension/shared/citation-styles.ts).
 */
const DYNAMIC_KEYS = new Map<string, string>(
  CITATION_STYLE_IDS.map((id) => [
    `citeStyle${id.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase())}`,
    'citation style label, built from the style id',
  ]),
);

/** `$1`…`$9` and named `$NAME$` references in a message, sorted, so two messages can be compared. */
function placeholdersOf(message: Message): string[] {
  const found = [...message.message.matchAll(/\$(\d|[A-Za-z_][A-Za-z0-9_]*\$)/g)].map((match) => match[0] ?? '');
  return found.map((placeholder) => placeholder.toLowerCase()).sort();
}

/** The `placeholders` block, names lower-cased (Chrome matches them case-insensitively) with their content. */
function placeholderBlockOf(message: Message): string[] {
  return Object.entries(message.placeholders ?? {})
    .map(([name, { content }]) => `${name.toLowerCase()}=${content}`)
    .sort();
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Every key a source file names: a quoted identifier in TypeScript or HTML (`t('key')`, `data-i18n="key"`,
 * a `Record<…, MessageKey>` value) or `__MSG_key__` in the manifest. */
function keysNamedInSources(): Set<string> {
  const sources = filesUnder('src', /\.(ts|html)$/).map((path) => readFileSync(path, 'utf8'));
  const named = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/['"`]([A-Za-z][A-Za-z0-9_]*)['"`]/g)) named.add(match[1] ?? '');
  }
  for (const match of readFileSync('manifest.json', 'utf8').matchAll(/__MSG_(\w+)__/g)) named.add(match[1] ?? '');
  return named;
}

describe('English messages', () => {
  it('uses every key somewhere in the extension', () => {
    const named = keysNamedInSources();
    const unused = englishKeys.filter((key) => !named.has(key) && !DYNAMIC_KEYS.has(key));
    expect(unused).toEqual([]);
  });

  it('lists only dynamic keys that exist', () => {
    expect([...DYNAMIC_KEYS.keys()].filter((key) => !(key in english))).toEqual([]);
  });

  it('has no empty message', () => {
    expect(englishKeys.filter((key) => messageAt(english, key).message.trim() === '')).toEqual([]);
  });
});

describe.each(translations)('%s messages', (locale) => {
  const translated = readMessages(locale);

  it('has exactly the English keys', () => {
    expect(Object.keys(translated).sort()).toEqual(englishKeys);
  });

  it('keeps every placeholder of the English message', () => {
    const mismatched = englishKeys
      .filter((key) => key in translated)
      .filter(
        (key) =>
          placeholdersOf(messageAt(translated, key)).join() !== placeholdersOf(messageAt(english, key)).join() ||
          placeholderBlockOf(messageAt(translated, key)).join() !== placeholderBlockOf(messageAt(english, key)).join(),
      );
    expect(mismatched).toEqual([]);
  });

  it('has no empty message', () => {
    expect(Object.keys(translated).filter((key) => messageAt(translated, key).message.trim() === '')).toEqual([]);
  });
});
