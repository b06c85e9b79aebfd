import type { Author } from '../../article.js';
import { isWireService } from './publishers.js';

/**
 * Bylines as printed → a list of authors. No library splits multi-author bylines or tells organisations from
 * people, so this is written here (see docs: citations §5).
 */

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'zu', 'y']);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|phd|md)$/i;

/** Words that make a byline fragment a job title or a desk, not a person. */
const NOT_A_NAME = /\b(staff|writer|writers|reporter|reporters|correspondent|editor|editors|contributor|contributors|columnist|bureau|chief|desk|team|newsroom|published|updated|posted|photograph|photographs|photos?|illustration|illustrations|video|analysis|opinion|minutes?|read|min|follow|email|share|comments?|sponsored|advertisement|associate|senior|national|security|president|professor|director|founder|author|guest|news|service|contributing|special)\b/i;

/** Organisations that sign articles but are not wire services. */
const DESKS = /\b(editorial board|the editors|editorial staff|staff and agencies|our correspondent|foreign staff|political staff|news desk|agencies)\b/i;

function titleCaseWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_m, ch: string) => 'Mc' + ch.toUpperCase());
}

/** "ABBY GOODNOUGH" → "Abby Goodnough"; mixed-case names are left as printed ("DeYoung"). */
function fixCaps(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length > 3 && letters === letters.toUpperCase()) return name.split(' ').map(titleCaseWord).join(' ');
  return name;
}

/** True when a fragment looks like a person's name: 2–5 capitalised words (particles and initials allowed). */
export function looksLikePersonName(name: string): boolean {
  if (!name || name.length > 60 || /[\d@#/:|]/.test(name)) return false;
  if (NOT_A_NAME.test(name)) return false;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const w of words) {
    if (PARTICLES.has(w.toLowerCase()) || SUFFIXES.test(w.replace(/,$/, ''))) continue;
    if (!/^[\p{Lu}][\p{L}'’.-]*$/u.test(w)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

/** "Philip Rucker" → {given: "Philip", family: "Rucker"}; "Ludwig van Beethoven" → family "van Beethoven". */
export function splitName(full: string): Author {
  const name = fixCaps(full.replace(/\s+/g, ' ').trim());
  if (isWireService(name) || DESKS.test(name)) return { literal: name };
  const words = name.split(' ');
  let suffix = '';
  if (words.length > 2 && SUFFIXES.test(words[words.length - 1]!.replace(/^,/, ''))) suffix = words.pop()!;
  if (words.length === 1) return { literal: name };
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has(words[i - 1]!.toLowerCase())) i--;
  const given = words.slice(0, i).join(' ').replace(/,$/, '');
  const family = words.slice(i).join(' ') + (suffix ? ` ${suffix}` : '');
  return { given, family };
}

const LEAD_IN = /^(?:(?:written|reported|words|story|text|photos?|interview)\s+(?:and\s+\w+\s+)?)?(?:by|von|par|por|di|door|av|af|przez|od)\s*[:\s]\s*/iu;

/**
 * The names in a byline: "By Philip Rucker and Karen DeYoung" → two people; "Reuters" → one organisation;
 * "Staff Writer" → none. Stops at the first sign of a date or a role.
 */
export function parseByline(raw: string): Author[] {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(LEAD_IN, '');
  // What follows a separator or a date is not part of the names.
  s = s.split(/\s[|•·–—]\s|\s-\s|\bupdated\b|\bpublished\b|\bposted\b|\bon (?=\w+ \d)|\n/i)[0] ?? '';
  s = s.replace(/\s*\(?(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w+)\)?/g, '');
  s = s.replace(/,?\s+(?:in|from|reporting from|aus)\s+\p{Lu}[\p{L}.]*(?:[ ,]+\p{Lu}[\p{L}.]*)*$/u, '');
  const parts = s
    .split(/\s*(?:,\s*and\s+|;\s*|\s+and\s+|\s*&\s*|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|,\s*)\s*/i)
    .map((p) => p.trim().replace(/[.,;:]+$/, ''))
    .filter(Boolean);
  const authors: Author[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const name = fixCaps(part);
    let author: Author | null = null;
    if (isWireService(name) || DESKS.test(name)) author = { literal: name.replace(/^the\s+/i, (m) => m) };
    else if (looksLikePersonName(name)) author = splitName(name);
    if (!author) {
      // A role after the names ("…, Staff Writer") ends the list; an unparseable first part means no byline.
      if (authors.length) break;
      continue;
    }
    const key = JSON.stringify(author).toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      authors.push(author);
    }
  }
  return authors;
}
