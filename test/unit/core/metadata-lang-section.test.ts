import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';
import { detectLanguage, normalizeLang } from '../../../src/core/metadata/lang.js';
import { filler, snapshotDocument, type SnapshotOptions } from '../../support/snapshot.js';

/**
 * Language and section. A snapshot loses the captured `<html lang>` (it becomes `div.html1`), so the language is
 * detected from the text (archive-today.md §3); the section is the kicker above the headline.
 */

const ORIGINAL = 'https://www.example-news.com/local/harbour-plan.html';

function read(body: string, opts: Partial<SnapshotOptions> = {}) {
  const { doc, url } = snapshotDocument(body, { original: ORIGINAL, ...opts });
  return extractArticle(doc, url)!;
}

const TEXTS = {
  en: `<h1>Council approves the new harbour plan after long debate</h1>${filler('harbour plan', 2)}`,
  de: `<h1>Der Stadtrat stimmt dem neuen Hafenplan zu</h1>
<p>Der Stadtrat hat am Dienstagabend nach einer langen Debatte dem neuen Hafenplan zugestimmt. Die Sitzung dauerte fast drei Stunden, und die Mitglieder haben sich auch mit den Kosten für die Fähre beschäftigt.</p>
<p>Viele Anwohner waren mit dem Plan nicht zufrieden, weil er sich seit dem Frühjahr mehrmals geändert hat. Die Verwaltung will eine Zusammenfassung veröffentlichen, die auch die Zahlen für den Haushalt enthält.</p>`,
  fr: `<h1>Le conseil municipal approuve le nouveau plan du port</h1>
<p>Le conseil municipal a approuvé mardi soir le nouveau plan du port après un long débat. La séance a duré près de trois heures, et les élus ont aussi discuté du prix du ferry pour les habitants de la ville.</p>
<p>Les habitants qui étaient présents ont dit que le plan avait changé plusieurs fois depuis le printemps. La mairie doit publier un résumé avec les chiffres du budget avant la prochaine séance.</p>`,
  ja: `<h1>市議会が新しい港湾計画を承認</h1>
<p>市議会は火曜日の夜、長い議論の末に新しい港湾計画を承認した。会議はおよそ三時間続き、議員たちはフェリーの料金についても話し合った。</p>
<p>出席した住民の多くは、計画が春から何度も変更されたため、議論についていくのが難しかったと話している。市は次の会議までに予算の数字を含む要約を公表する予定だ。</p>`,
};

describe('language of a snapshot', () => {
  it.each(Object.entries(TEXTS))('%s is detected from the text', (lang, body) => {
    expect(read(body).lang).toBe(lang);
  });

  it('is the text’s, not the publisher’s usual language', () => {
    // An English page on a German publisher's host.
    expect(read(TEXTS.en, { original: 'https://www.spiegel.de/international/harbour-plan.html' }).lang).toBe('en');
  });

  it('falls back to the publisher’s language when the text is too short to tell', () => {
    const body = '<h1>Hafenplan</h1><p>Ja. Nein. Vielleicht. Morgen mehr dazu, Leute.</p>';
    expect(read(body, { original: 'https://www.spiegel.de/panorama/hafen.html' }).lang).toBe('de');
  });
});

describe('detectLanguage and normalizeLang', () => {
  it('need enough text to decide', () => {
    expect(detectLanguage('Hello')).toBeNull();
  });

  it('normalise tags', () => {
    expect(normalizeLang('EN_us')).toBe('en-US');
    expect(normalizeLang('pt-br')).toBe('pt-BR');
    expect(normalizeLang('')).toBeNull();
    expect(normalizeLang('english please')).toBeNull();
  });
});

describe('section', () => {
  const H1 = '<h1>Council approves the new harbour plan after long debate</h1>';

  it('is the kicker just above the headline', () => {
    const article = read(`<div><a href="/politics/">Politics</a></div>${H1}${filler('harbour plan', 3)}`, {
      original: 'https://www.example-news.com/news/harbour-plan.html',
    });
    expect(article.section).toBe('Politics');
    expect(article.text.startsWith('Politics')).toBe(false);
  });

  it('is title-cased from an all-caps kicker', () => {
    expect(
      read(`<div>LOCAL NEWS</div>${H1}${filler('harbour plan', 3)}`, {
        original: 'https://www.example-news.com/news/harbour-plan.html',
      }).section,
    ).toBe('Local News');
  });

  it('falls back to the first word of the original path', () => {
    expect(
      read(`${H1}${filler('harbour plan', 3)}`, {
        original: 'https://www.example-news.com/local-news/harbour-plan.html',
      }).section,
    ).toBe('Local news');
  });

  it('is not a generic path word or a kicker holding a date', () => {
    expect(
      read(`<div>May 16, 2017</div>${H1}${filler('harbour plan', 3)}`, {
        original: 'https://www.example-news.com/news/harbour-plan.html',
      }).section,
    ).toBeNull();
  });
});
