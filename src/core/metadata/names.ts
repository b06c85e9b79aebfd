import type { Author } from '../../article.js';
import { isWireService } from './wire-services.js';
import { BUTTON_CALL } from '../clean/patterns.js';

/**
 * Bylines as printed → a list of authors. No library splits multi-author bylines or tells organisations from
 * people, so this is written here (see docs: citations §5).
 */

const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'dos',
  'das',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
  'zu',
  'y',
]);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|phd|md)$/i;

/** Words that make a byline fragment a job title or a desk, not a person. */
const NOT_A_NAME =
  /\b(post|times|journal|tribune|herald|gazette|chronicle|daily|weekly|telegraph|observer|guardian|monitor|express|courier|dispatch|register|inquirer|examiner|bulletin|today|developers?|corporation|corp|foundation|inc|ltd|llc|gmbh|company|group|media|network|labs?|project|institute|university|college|school|academy|education|association|society|agency|department|ministry|government|council|committee|office|services?|systems|technologies|software|studios?|productions?|features?|recent|page|profile|follow|unfollow|subscribe|menu|home|more|latest|popular|trending|login|sign|search|story|stories|review|reviews|games?|sports?|business|politics|world|tech|science|health|opinion|lifestyle|travel|entertainment|culture|weather|markets?|finance|about|contact|privacy|terms|cookies?|newsletter|podcasts?|videos?|photos?|gallery|editions?|magazine|blog|archive|community|events?|jobs|shop|help|staff|writer|writers|reporter|reporters|correspondent|editor|editors|contributor|contributors|columnist|bureau|chief|desk|team|newsroom|published|updated|posted|photograph|photographs|photos?|illustration|illustrations|video|analysis|opinion|minutes?|read|min|follow|email|share|comments?|sponsored|advertisement|associate|senior|national|security|president|professor|director|founder|author|guest|news|service|contributing|special)\b/i;

/** Organisations that sign articles but are not wire services. */
const DESKS =
  /\b(editorial board|the editors|editorial staff|staff and agencies|our correspondent|foreign staff|political staff|news desk|agencies)\b/i;
/** A team that signs as one ("The Investopedia Team", "Great Day Editorial Team", "The Currency editors"). */
const SIGNING_TEAM = /^(?:[Tt]he\s+)?(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){1,4}(?:[Tt]eam|TEAM|[Ee]ditors|EDITORS)$/u;

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

const TITLE_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*\.?$/u;
const CAPS_WORD = /^\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)*$/u;
/** Family-name prefixes with an inner capital: McDonald, MacArthur, DeYoung, O'Brien, LaFontaine. */
const PREFIXED_WORD = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|O['’])\p{Lu}\p{Ll}+$/u;
const INITIAL = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;

/** True when a fragment looks like a person's name: 2–5 capitalised words (particles and initials allowed). */
export function looksLikePersonName(name: string): boolean {
  if (!name || name.length > 60 || /[\d@#/:|()[\]]/.test(name)) return false;
  // "BOOK NOW" set in capitals reads like "JOE HILDEBRAND"; a button's call is never a name.
  if (NOT_A_NAME.test(name) || BUTTON_CALL.test(name)) return false;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5 || /^the$/i.test(words[0]!)) return false;
  let title = 0;
  let caps = 0;
  for (const w of words) {
    if (PARTICLES.has(w.toLowerCase()) || SUFFIXES.test(w.replace(/,$/, '')) || INITIAL.test(w)) continue;
    if (CAPS_WORD.test(w)) caps++;
    else if (TITLE_WORD.test(w) || PREFIXED_WORD.test(w)) title++;
    else return false;
  }
  // "NATALIYA VASILYEVA" or "Nataliya Vasilyeva", never a mix ("NATALIYA VASILYEVA Associated Press").
  return title + caps >= 2 && (title === 0 || caps === 0);
}

/** A name printed in capitals, the way many papers set bylines ("JOE HILDEBRAND"). */
export function isCapitalisedName(name: string): boolean {
  return looksLikePersonName(name) && name === name.toUpperCase();
}

/** "Philip Rucker" → {given: "Philip", family: "Rucker"}; "Ludwig van Beethoven" → family "van Beethoven". */
export function splitName(full: string): Author {
  const name = fixCaps(full.replace(/\s+/g, ' ').trim());
  if (isWireService(name) || DESKS.test(name) || SIGNING_TEAM.test(name)) return { literal: name };
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

const LEAD_IN =
  /^(?:(?:article|post)\s+)?(?:(?:written|reported|words|story|text|photos?|interview)\s+(?:and\s+\w+\s+)?)?(?:by|von|par|por|di|door|av|af|przez|od)\s*[:\s]\s*/iu;

/**
 * The names in a byline: "By Philip Rucker and Karen DeYoung" → two people; "Reuters" → one organisation;
 * "Staff Writer" → none. Stops at the first sign of a date or a role.
 */
/** Where the names of a byline end: a separator, a date, a time, or a credit that is not authorship. */
export const END_OF_NAMES = new RegExp(
  [
    '\\s[|•·–—/]\\s',
    '\\s-\\s',
    '\\b(?:updated|published|posted|last modified)\\b',
    '\\bon (?=\\w+\\.? \\d)',
    '\\n',
    '\\b(?:edited|photos?|photographs?|illustrations?|graphics?|video|additional reporting|translated)\\s+by\\b',
    '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d',
    '\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}',
    '\\d{4}-\\d{2}',
    '\\d{1,2}:\\d{2}',
    '\\b\\d+\\s*(?:min|minutes?|hours?|h)\\b',
    '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
  ].join('|'),
  'i',
);

/** A job title printed after the name without a comma: "Stephen Jesudunsin AI Writer", "Jane Doe Trending Editor". */
const ROLE_AFTER_NAME =
  /\b(?:writer|editor|reporter|correspondent|contributor|columnist|expert|consultant|specialist|analyst|marketer|strategist|manager|director|founder|scientist|researcher)s?\b/i;

function nameBeforeRole(part: string): string | null {
  const words = part.split(' ');
  for (let n = Math.min(words.length - 1, 4); n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (ROLE_AFTER_NAME.test(words.slice(n).join(' ')) && looksLikePersonName(name)) return name;
  }
  return null;
}

/** "SanSone" → "Sansone": for judging the shape of a name whose spelling has a capital inside. */
function withoutInnerCapitals(name: string): string {
  return name.replace(/(?<=\p{Ll})\p{Lu}/gu, (c) => c.toLowerCase());
}

export function parseByline(raw: string): Author[] {
  let s = raw.replace(/[ \t\u00a0]+/g, ' ').trim();
  // Nicknames and initials in parentheses ("Richard (R.J.) Eskow") are not part of the name to cite.
  s = s.replace(/\s*\((?:[\p{Lu}]\.)+\)|\s*\(["“][^)]*["”]\)/gu, '');
  s = s.replace(/^[^\p{L}]+/u, '');
  // After "By" a name is expected, so one with a capital inside ("Arricca Elin SanSone") is still read as one.
  const signed = LEAD_IN.test(s);
  s = s.replace(LEAD_IN, '');
  // "A (with B and C)" / "A (avec B et C)": everyone named is an author.
  s = s.replace(/\s*\((?:with|avec|mit|con|com)\s+([^)]*)\)/i, ', $1');
  // What follows a separator or a date is not part of the names.
  s = s.split(END_OF_NAMES)[0] ?? '';
  s = s.replace(/\s*\(?(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w+)\)?/g, '');
  s = s.replace(/,?\s+(?:in|from|reporting from|aus)\s+\p{Lu}[\p{L}.]*(?:[ ,]+\p{Lu}[\p{L}.]*)*$/u, '');
  const parts = s
    .split(/\s*(?:,\s*and\s+|;\s*|\s+and\s+|\s*&\s*|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|,\s*)\s*/i)
    .map((p) =>
      p
        .trim()
        .replace(/\d+$/, '')
        .replace(/[\s.,;:|•·–—-]+$/u, '')
        .trim(),
    )
    .filter(Boolean);
  const authors: Author[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const name = fixCaps(part);
    let author: Author | null = null;
    if (isWireService(name) || DESKS.test(name) || SIGNING_TEAM.test(name)) author = { literal: name };
    else if (looksLikePersonName(name) || (signed && looksLikePersonName(withoutInnerCapitals(name))))
      author = splitName(name);
    // Only the first name: after it, "Middle East correspondent" is the role of the name before.
    const beforeRole = author || authors.length ? null : nameBeforeRole(name);
    if (beforeRole) author = splitName(beforeRole);
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
