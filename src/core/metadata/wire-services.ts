/**
 * Wire services and news agencies: organisations that sign articles, never people. Kept apart from the
 * publisher table so the script injected into pages carries this short list without the whole table.
 */

/**
 * Names of wire services and desks that are organisations, never people.
 * Matching (see isWireService) ignores case, a leading "The", hyphens and dots,
 * and a trailing "Staff" / "News", so variants need not be listed.
 */
export const WIRE_SERVICES: readonly string[] = Object.freeze([
  'AAP',
  'Adnkronos',
  'AFP',
  'Agence France-Presse',
  'Agencia EFE',
  'Agência Brasil',
  'Agência Lusa',
  'AGI',
  'Anadolu Agency',
  'Anadolu Ajansı',
  'ANI',
  'ANP',
  'ANSA',
  'Antara',
  'AP',
  'APA',
  'Asian News International',
  'Associated Press',
  'ATS',
  'Australian Associated Press',
  'Austria Presse Agentur',
  'Belga',
  'BelTA',
  'Bernama',
  'Bloomberg',
  'CNA',
  'CP',
  'Central News Agency',
  'ČTK',
  'Deutsche Presse-Agentur',
  'Dow Jones Newswires',
  'dpa',
  'EFE',
  'Europa Press',
  'IANS',
  'Interfax',
  'IRNA',
  'ITAR-TASS',
  'Jiji',
  'Jiji Press',
  'KCNA',
  'Keystone-SDA',
  'Korean Central News Agency',
  'Kyodo',
  'Lusa',
  'Middle East News Agency',
  'MTI',
  'News1',
  'Newsis',
  'Notimex',
  'NTB',
  'PA',
  'PA Media',
  'PA Wire',
  'PAP',
  'Polish Press Agency',
  'Prensa Latina',
  'Press Association',
  'Press Trust of India',
  'PTI',
  'Reuters',
  'RIA Novosti',
  'Ritzau',
  'SDA',
  'Sputnik',
  'STT',
  'TASS',
  'Télam',
  'The Canadian Press',
  'Thomson Reuters',
  'TT',
  'TT Nyhetsbyrån',
  'UNIAN',
  'United News of India',
  'United Press International',
  'UPI',
  'Ukrinform',
  'Vietnam News Agency',
  'WAFA',
  'Xinhua',
  'Xinhua News Agency',
  'Yonhap',
  'Yonhap News Agency',
]);

function normalizeOrgName(name: string): string {
  let n = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u002d\u2010-\u2015]/g, ' ') // hyphens and dashes
    .replace(/\./g, '')
    .replace(/^[\s()[\]:,;]+|[\s()[\]:,;]+$/g, '')
    .replace(/\s+/g, ' ');
  for (let before = ''; before !== n; ) {
    before = n;
    n = n.replace(/^(?:by|the) /, '').replace(/ (?:staff|news)$/, '');
  }
  return n;
}

const WIRE_KEYS: ReadonlySet<string> = new Set(WIRE_SERVICES.map(normalizeOrgName));

/**
 * True when `name` (typically a byline) names a wire service rather than a
 * person: "Reuters", "The Associated Press", "AFP", "Reuters Staff",
 * "Bloomberg News"… A joint credit ("Reuters/AFP", "AP and Reuters") counts
 * when every part is a wire service. Case-insensitive.
 */
export function isWireService(name: string): boolean {
  const parts = name.split(/\s*(?:\/|,|&|\+|\band\b)\s*/i);
  let matched = 0;
  for (const part of parts) {
    const key = normalizeOrgName(part);
    if (key === '') continue;
    if (!WIRE_KEYS.has(key)) return false;
    matched++;
  }
  return matched > 0;
}
