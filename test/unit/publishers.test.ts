import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedCorpus } from '../support/shared-corpus.js';
import { PUBLISHERS, WIRE_SERVICES, isWireService, publisherForHost } from '../../src/core/metadata/publishers.js';

const SOURCE = fileURLToPath(new URL('../../src/core/metadata/publishers.json', import.meta.url));
const CORPUS_DIR = sharedCorpus('readability-archived');

const nameOf = (host: string): string | undefined => publisherForHost(host)?.name;

describe('publisherForHost', () => {
  it('finds listed hosts', () => {
    expect(nameOf('nytimes.com')).toBe('The New York Times');
    expect(nameOf('washingtonpost.com')).toBe('The Washington Post');
    expect(nameOf('wsj.com')).toBe('The Wall Street Journal');
    expect(nameOf('ft.com')).toBe('Financial Times');
    expect(nameOf('economist.com')).toBe('The Economist');
    expect(nameOf('theguardian.com')).toBe('The Guardian');
    expect(nameOf('arstechnica.com')).toBe('Ars Technica');
    expect(nameOf('scmp.com')).toBe('South China Morning Post');
  });

  it('strips www., m., amp. and mobile. prefixes', () => {
    expect(nameOf('www.washingtonpost.com')).toBe('The Washington Post');
    expect(nameOf('m.spiegel.de')).toBe('Der Spiegel');
    expect(nameOf('amp.theguardian.com')).toBe('The Guardian');
    expect(nameOf('mobile.reuters.com')).toBe('Reuters');
    expect(nameOf('www.m.nytimes.com')).toBe('The New York Times');
  });

  it('falls back to parent domains', () => {
    expect(nameOf('edition.cnn.com')).toBe('CNN');
    expect(nameOf('news.bbc.co.uk')).toBe('BBC News');
    expect(nameOf('www1.folha.uol.com.br')).toBe('Folha de S.Paulo');
    expect(nameOf('sport.aktualne.cz')).toBe('Aktuálně.cz');
    expect(nameOf('a.b.c.nytimes.com')).toBe('The New York Times');
  });

  it('prefers a listed subdomain over its parent', () => {
    expect(nameOf('money.cnn.com')).toBe('CNNMoney');
    expect(nameOf('cnn.com')).toBe('CNN');
    expect(nameOf('folha.uol.com.br')).toBe('Folha de S.Paulo');
    expect(nameOf('uol.com.br')).toBe('UOL');
    expect(nameOf('en.yna.co.kr')).toBe('Yonhap News Agency');
    expect(nameOf('yna.co.kr')).toBe('연합뉴스');
    expect(nameOf('asia.nikkei.com')).toBe('Nikkei Asia');
    expect(nameOf('www.nikkei.com')).toBe('日本経済新聞');
  });

  it('is case-insensitive and tolerant of ports, trailing dots and URLs', () => {
    expect(nameOf('WWW.NYTimes.COM')).toBe('The New York Times');
    expect(nameOf('  www.lemonde.fr  ')).toBe('Le Monde');
    expect(nameOf('www.bbc.co.uk:443')).toBe('BBC News');
    expect(nameOf('www.bbc.co.uk.')).toBe('BBC News');
    expect(nameOf('https://www.elpais.com/internacional/')).toBe('El País');
  });

  it('returns null for unknown hosts', () => {
    expect(publisherForHost('example.com')).toBeNull();
    expect(publisherForHost('www.example.co.uk')).toBeNull();
    expect(publisherForHost('co.uk')).toBeNull();
    expect(publisherForHost('com')).toBeNull();
    expect(publisherForHost('')).toBeNull();
    expect(publisherForHost('localhost')).toBeNull();
    expect(publisherForHost('fakehost')).toBeNull();
    // Publishing platforms are not publishers: one blog must not name another.
    expect(publisherForHost('someone-else.blogspot.com')).toBeNull();
    expect(publisherForHost('other.tumblr.com')).toBeNull();
    expect(publisherForHost('other.pixnet.net')).toBeNull();
    // Object.prototype members are not entries.
    expect(publisherForHost('constructor')).toBeNull();
    expect(publisherForHost('__proto__.com')).toBeNull();
  });

  it('does not strip a variant prefix that is the whole registrable name', () => {
    // "m.com" → "com" would be wrong; it simply stays unknown.
    expect(publisherForHost('m.com')).toBeNull();
    expect(publisherForHost('www.com')).toBeNull();
  });

  it('carries language and wire flags', () => {
    expect(publisherForHost('spiegel.de')).toMatchObject({ name: 'Der Spiegel', lang: 'de' });
    expect(publisherForHost('lemonde.fr')).toMatchObject({ name: 'Le Monde', lang: 'fr' });
    expect(publisherForHost('elpais.com')).toMatchObject({ name: 'El País', lang: 'es' });
    expect(publisherForHost('aktualne.cz')).toMatchObject({ name: 'Aktuálně.cz', lang: 'cs' });
    expect(publisherForHost('www.reuters.com')).toMatchObject({ name: 'Reuters', wire: true });
    expect(publisherForHost('apnews.com')).toMatchObject({ name: 'Associated Press', wire: true });
    expect(publisherForHost('www.bloomberg.com')).toMatchObject({ name: 'Bloomberg', wire: true });
    expect(publisherForHost('www.nytimes.com')?.wire).toBeUndefined();
    expect(publisherForHost('bbc.com')?.wire).toBeUndefined();
  });

  it('names both BBC hosts BBC News', () => {
    expect(nameOf('www.bbc.co.uk')).toBe('BBC News');
    expect(nameOf('www.bbc.com')).toBe('BBC News');
  });

  it('returns entries that cannot be mutated', () => {
    const p = publisherForHost('nytimes.com');
    expect(p).not.toBeNull();
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(PUBLISHERS)).toBe(true);
  });
});

describe('isWireService', () => {
  it.each([
    'Reuters',
    'reuters',
    'Reuters Staff',
    'REUTERS STAFF',
    'Associated Press',
    'The Associated Press',
    'the associated press',
    'AP',
    'A.P.',
    'AFP',
    'Agence France-Presse',
    'Agence France Presse',
    'Bloomberg',
    'Bloomberg News',
    'UPI',
    'dpa',
    'PA Media',
    'Press Association',
    'ANSA',
    'EFE',
    'Kyodo',
    'Kyodo News',
    'Xinhua',
    'TASS',
    'Interfax',
    'Yonhap',
    'CNA',
    'ANI',
    'PTI',
    'AAP',
    'CP',
    'The Canadian Press',
    'Canadian Press',
    'By Reuters',
    '(AFP)',
    'Reuters/AFP',
    'AP and Reuters',
    'Reuters, AFP',
  ])('recognises %j', (name) => {
    expect(isWireService(name)).toBe(true);
  });

  it.each([
    'Philip Rucker',
    'Staff Writer',
    'Staff',
    'News',
    'The News',
    '',
    '   ',
    'Michael Bloomberg',
    'Reuters reporter Jane Doe',
    'Jane Doe and Reuters',
    'Guardian staff and agencies',
    'APP',
  ])('rejects %j', (name) => {
    expect(isWireService(name)).toBe(false);
  });

  it('lists the required agencies', () => {
    for (const required of [
      'Reuters',
      'Associated Press',
      'AP',
      'AFP',
      'Agence France-Presse',
      'Bloomberg',
      'UPI',
      'dpa',
      'PA Media',
      'Press Association',
      'ANSA',
      'EFE',
      'Kyodo',
      'Xinhua',
      'TASS',
      'Interfax',
      'Yonhap',
      'CNA',
      'ANI',
      'PTI',
      'AAP',
      'CP',
      'The Canadian Press',
    ]) {
      expect(WIRE_SERVICES).toContain(required);
    }
  });

  it('recognises every listed name and is consistent with the publisher table', () => {
    expect(new Set(WIRE_SERVICES).size).toBe(WIRE_SERVICES.length);
    for (const name of WIRE_SERVICES) expect(isWireService(name), name).toBe(true);
    for (const host of ['reuters.com', 'apnews.com', 'bloomberg.com', 'upi.com', 'pa.media', 'tass.com']) {
      const p = publisherForHost(host);
      expect(p?.wire, host).toBe(true);
      expect(isWireService(p?.name ?? ''), host).toBe(true);
    }
  });
});

describe('PUBLISHERS table hygiene', () => {
  const entries = Object.entries(PUBLISHERS);

  it('has at least 250 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(250);
  });

  it('keys are lowercase hosts without a variant prefix', () => {
    for (const [host] of entries) {
      expect(host, host).toBe(host.toLowerCase());
      expect(host, host).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/);
      // Lookups strip these prefixes first, so such a key could never match.
      for (const prefix of ['www.', 'm.', 'amp.', 'mobile.']) expect(host.startsWith(prefix), host).toBe(false);
    }
  });

  it('is JSON of regional groups whose hosts are unique across the file (JSON.parse keeps only the last)', () => {
    const source = readFileSync(SOURCE, 'utf8');
    const groups = JSON.parse(source) as Record<string, Record<string, unknown>>;
    const keys = [...source.matchAll(/^ {4}"([^"]+)": \{/gm)].map((m) => m[1]);
    const perGroup = Object.values(groups).map((g) => Object.keys(g).length);
    expect(keys.length).toBe(perGroup.reduce((a, b) => a + b, 0));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(entries.length);
  });

  it('keeps entries sorted by host within each regional group', () => {
    const groups = JSON.parse(readFileSync(SOURCE, 'utf8')) as Record<string, Record<string, unknown>>;
    for (const [name, group] of Object.entries(groups)) {
      const keys = Object.keys(group);
      expect(keys, name).toEqual([...keys].sort());
    }
  });

  it('names are non-empty and trimmed', () => {
    for (const [host, p] of entries) {
      expect(p.name.length, host).toBeGreaterThan(0);
      expect(p.name, host).toBe(p.name.trim());
      expect(p.name, host).not.toMatch(/\s{2}/);
    }
  });

  it('every lang is a canonical BCP 47 tag', () => {
    const tag = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;
    for (const [host, p] of entries) {
      if (p.lang === undefined) continue;
      expect(p.lang, host).toMatch(tag);
      expect(Intl.getCanonicalLocales(p.lang), host).toEqual([p.lang]);
    }
  });

  it('only uses the documented fields', () => {
    for (const [host, p] of entries) {
      for (const key of Object.keys(p)) expect(['name', 'lang', 'wire'], host).toContain(key);
      if (p.wire !== undefined) expect(p.wire, host).toBe(true);
    }
  });
});

/**
 * Hosts of the archived-article reference corpus and the publication name the
 * table gives them. Where the corpus's expected siteName is not the outlet's
 * proper name, the table's name is kept and the reason recorded in DEVIATIONS.
 */
const CORPUS_HOSTS: Readonly<Record<string, string>> = {
  'about.gitlab.com': 'GitLab',
  'arstechnica.com': 'Ars Technica',
  'blog.nightly.mozilla.org': 'Firefox Nightly News',
  'fandom.wikia.com': 'Fandom powered by Wikia',
  'finance.yahoo.com': 'Yahoo Finance',
  'gma.yahoo.com': 'Yahoo',
  'hacks.mozilla.org': 'Mozilla Hacks – the Web developer blog',
  'hakibenita.com': 'Haki Benita',
  'headlines.yahoo.co.jp': 'Yahoo!ニュース',
  'kotaku.com': 'Kotaku',
  'lifehacker.com': 'Lifehacker',
  'mcupdate.tumblr.com': 'Minecraft Update News',
  'medium.com': 'Medium',
  'money.cnn.com': 'CNNMoney',
  'next.liberation.fr': 'Libération',
  'sport.aktualne.cz': 'Aktuálně.cz',
  'stevenhgm.pixnet.net': '史蒂文的家_藍天',
  'topicseed.com': 'topicseed',
  'wptavern.com': 'WordPress Tavern',
  'www.aclu.org': 'American Civil Liberties Union',
  'www.atlasobscura.com': 'Atlas Obscura',
  'www.bbc.com': 'BBC News',
  'www.breitbart.com': 'Breitbart',
  'www.businessinsider.com': 'Business Insider',
  'www.buzzfeed.com': 'BuzzFeed',
  'www.citylab.com': 'CityLab',
  'www.cnet.com': 'CNET',
  'www.ehow.com': 'eHow',
  'www.engadget.com': 'Engadget',
  'www.heise.de': 'heise online',
  'www.heraldsun.com.au': 'Herald Sun',
  'www.iab.com': 'IAB',
  'www.independent.co.uk': 'The Independent',
  'www.lanacion.com.ar': 'La Nación',
  'www.lemonde.fr': 'Le Monde',
  'www.liberation.fr': 'Libération',
  'www.medicalnewstoday.com': 'Medical News Today',
  'www.mozilla.org': 'Mozilla',
  'www.nbcnews.com': 'NBC News',
  'www.nytimes.com': 'The New York Times',
  'www.quantamagazine.org': 'Quanta Magazine',
  'www.royalroad.com': 'Royal Road',
  'www.salon.com': 'Salon',
  'www.spiceworks.com': 'Spiceworks',
  'www.telegraph.co.uk': 'The Telegraph',
  'www.theguardian.com': 'The Guardian',
  'www.theverge.com': 'The Verge',
  'www.tmz.com': 'TMZ',
  'www.vox.com': 'Vox',
  'www.washingtonpost.com': 'The Washington Post',
  'www1.folha.uol.com.br': 'Folha de S.Paulo',
  'en.wikipedia.org': 'Wikipedia',
};

/** Corpus cases whose expected siteName is deliberately not the table's name. */
const DEVIATIONS: Readonly<Record<string, string>> = {
  'cnet-svg-classes': "section name (cnet.com/es/), not the host's publication",
  'guardian-1': 'lower-case og:site_name styling of The Guardian',
  heise: 'section name (heise.de/mac-and-i/); the host publishes heise online',
  'herald-sun-1': "og:site_name without the masthead's space",
  'lazy-image-1': 'a publication hosted on a medium.com path',
  'lemonde-1': 'domain-suffixed styling of Le Monde',
  'liberation-1': 'domain-suffixed styling of Libération',
  msn: "a syndicated copy's site (MSN), not the original publisher",
  'tmz-1': 'a URL, not a name',
  'wapo-1': 'drops the masthead\'s "The"',
  'wapo-2': 'drops the masthead\'s "The"',
  'wikipedia-2': 'names the operator, not the publication',
  'wikipedia-3': 'names the operator, not the publication',
};

/** Corpus cases whose host is deliberately left out of the table. */
const UNLISTED: Readonly<Record<string, string>> = {
  blogger: 'personal blog on a platform host, no site name',
  'dropbox-blog': 'no site name',
  'links-in-tables': 'no site name',
  'simplyfound-1': 'site name carries a byline, not a clean publication name',
};

describe('reference corpus hosts', () => {
  it.each(Object.entries(CORPUS_HOSTS))('%s → %s', (host, name) => {
    expect(nameOf(host)).toBe(name);
  });

  const hasCorpus = existsSync(CORPUS_DIR);
  it.skipIf(!hasCorpus)(
    `every corpus case resolves to its expected siteName${hasCorpus ? '' : ` (skipped: ${CORPUS_DIR} not present)`}`,
    () => {
      const failures: string[] = [];
      let checked = 0;
      for (const dir of readdirSync(CORPUS_DIR).sort()) {
        const caseDir = join(CORPUS_DIR, dir);
        if (!statSync(caseDir).isDirectory()) continue;
        const meta = JSON.parse(readFileSync(join(caseDir, 'meta.json'), 'utf8')) as { originalUrl?: unknown };
        const expected = JSON.parse(readFileSync(join(caseDir, 'expected-metadata.json'), 'utf8')) as {
          siteName?: unknown;
        };
        if (typeof meta.originalUrl !== 'string') continue;
        const host = new URL(meta.originalUrl).hostname;
        if (host === 'fakehost') continue;
        const actual = nameOf(host) ?? null;

        if (dir in UNLISTED) {
          if (actual !== null) failures.push(`${dir}: ${host} is listed as ${actual} but should be unlisted`);
          continue;
        }
        if (!(host in CORPUS_HOSTS)) failures.push(`${dir}: host ${host} is not classified in CORPUS_HOSTS`);
        else if (actual !== CORPUS_HOSTS[host])
          failures.push(`${dir}: ${host} → ${actual}, want ${CORPUS_HOSTS[host]}`);
        if (typeof expected.siteName === 'string' && !(dir in DEVIATIONS) && actual !== expected.siteName) {
          failures.push(`${dir}: ${host} → ${actual}, corpus siteName ${expected.siteName}`);
        }
        checked++;
      }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    },
  );
});
