/**
 * The captured `<html lang>` is lost in a snapshot (it becomes `div.html1`), so the language is guessed from the
 * text: scripts first, then the most frequent function words. Enough for citations (langid, LA) and speech.
 */

const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0900-\u097f]/g, 'hi'],
];

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'del', 'por', 'una'],
  it: ['il', 'la', 'che', 'di', 'e', 'per', 'non', 'un', 'una', 'sono'],
  pt: ['o', 'a', 'os', 'as', 'que', 'de', 'não', 'uma', 'para', 'com'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'dat', 'op', 'te'],
  sv: ['och', 'att', 'det', 'som', 'en', 'är', 'för', 'på', 'med', 'av'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'że', 'jest', 'do', 'to', 'z'],
  cs: ['a', 'je', 'se', 'na', 'v', 've', 'že', 'to', 'jsou', 'by'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'он'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'çok', 'ne', 'gibi'],
};

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 6000);
  if (sample.length < 40) return null;
  for (const [re, lang] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n > sample.length * 0.1) return lang;
  }
  const counts = new Map<string, number>();
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    const score = words.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return bestScore >= 3 ? best : null;
}

/** "en-US" → "en-US", "EN_us" → "en-US", "" → null. */
export function normalizeLang(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(s)) return null;
  const [primary, ...rest] = s.split('-');
  return [primary!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}
