import { isElement, isText, normalizeSpace } from '../dom.js';
import type { PageIndex } from '../page-index.js';

/**
 * The headline. A snapshot's `<title>` is the original page's `<title>`, cut to 70 characters with "…" when
 * longer. A whole `<title>` is the publisher's own title for the article (what citation tools take) once its site
 * part is removed; a cut one only says which visible heading is the headline.
 */

const SEPARATOR = /\s[|\-–—\\/>»·•✩~:]\s/g;

function words(s: string): string[] {
  return (
    normalizeSpace(s)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Lower case, straight quotes, one space: for comparing a heading with a title. */
function comparable(s: string): string {
  return normalizeSpace(s)
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"');
}

function stripSitePrefix(t: string, site: string): string | null {
  return comparable(t).startsWith(site + ':') || comparable(t).startsWith('the ' + site + ':')
    ? t.slice(t.indexOf(':') + 1).trim()
    : null;
}

/** One site part off the end (or the start) of a title, or null when none looks like one. */
function stripOnce(t: string, site: string): string | null {
  const cuts = [...t.matchAll(SEPARATOR)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (!cuts.length) return site ? stripSitePrefix(t, site) : null;
  const first = cuts[0]!;
  const last = cuts[cuts.length - 1]!;
  const head = t.slice(0, last.start);
  const tail = t.slice(last.end);
  if (site) {
    const prefixed = stripSitePrefix(t, site);
    if (prefixed) return prefixed;
    // "Headline – Site – Section": cut at the first part naming the site.
    const at = cuts.find(
      (c) => comparable(t.slice(c.end)).startsWith(site) || comparable(t.slice(c.end)).startsWith('the ' + site),
    );
    if (at && words(t.slice(0, at.start)).length >= 2) return t.slice(0, at.start);
    if (comparable(t.slice(0, first.start)).includes(site)) return t.slice(first.end);
  }
  // Without a known site name: a short last part after a pipe, dash or similar is the site's name.
  if (
    !/:/.test(t.slice(last.start, last.end)) &&
    words(tail).length <= 4 &&
    words(head).length >= 3 &&
    words(head).length > words(tail).length
  )
    return head;
  return null;
}

/** "Headline - Site" / "Headline | Site | Section" / "Site: Headline" → the headline alone. */
export function stripSiteSuffix(title: string, siteName?: string | null): string {
  let t = normalizeSpace(title);
  const site = comparable(siteName ?? '').replace(/^the /, '');
  for (let i = 0; i < 3; i++) {
    const next = stripOnce(t, site);
    if (!next || next === t) break;
    t = next.trim();
  }
  return t;
}

const FILLER = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'for', 'on', 'with', 'at', 'by', 'from']);

function contentWords(s: string): Set<string> {
  return new Set(words(comparable(s)).filter((w) => !FILLER.has(w)));
}

interface Heading {
  el: Element;
  text: string;
}

/** The page's one `<h1>`: the only one, or several saying the same (a headline repeated for another layout). */
function onlyHeadline(headings: Heading[]): Heading | null {
  const h1s = headings.filter((h) => h.el.localName === 'h1');
  if (h1s.length === 0 || h1s.some((h) => comparable(h.text) !== comparable(h1s[0]!.text))) return null;
  return h1s[0]!;
}

/**
 * The page's one headline when the `<title>` words it differently ("Top 11 SEO Strategies for 2025" over "11 SEO
 * Strategies for 2025 to Boost Rankings"): publishers write a second title for search results. The `<title>` stays
 * the title (what citation tools take) and the heading stays in the body, since its wording is not the title's; it
 * is only where the byline and the date are looked for. It must be the only `h1` and share at least a third of its
 * words with the title, so a site's name or a section label set as `h1` does not count.
 */
function rewordedHeadline(headings: Heading[], title: string): Element | null {
  const h1 = onlyHeadline(headings);
  if (!h1 || words(h1.text).length < 3) return null;
  const a = contentWords(h1.text);
  const b = contentWords(title);
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union > 0 && shared / union >= 1 / 3 ? h1.el : null;
}

/** A word's comparable form: lower case, a plural's "s" off ("Headphones" is "Headphone"). */
function stem(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * The page's one headline when the `<title>` is that headline with words left out ("Free Blockchain Course" over
 * "Blockchain Fundamentals Free Course"): a title shortened for search results, as a cut one is, so the headline is
 * the article's whole title. Every word of the title must be in the heading and the heading must say more; a title
 * with a word the heading lacks ("… Report" over "The 2025 Best States …") is a rewording and stays the title.
 */
function shortenedHeadline(headings: Heading[], title: string): Heading | null {
  const h1 = onlyHeadline(headings);
  if (!h1) return null;
  const heading = new Set(words(h1.text).map(stem));
  const titleWords = words(title).map(stem);
  if (titleWords.length < 2 || heading.size <= new Set(titleWords).size) return null;
  return titleWords.every((w) => heading.has(w)) ? h1 : null;
}

/** The part of "Site | Headline" with the most words, for a site this code cannot name: the headline. */
function longestPart(title: string): string {
  return title.split(SEPARATOR).reduce((a, b) => (words(b).length > words(a).length ? b : a), '');
}

/**
 * A <title> cut short for search results ("11 Best Practices & Upgrades" of "… Upgrades to Prevent Issues"), or
 * shortened by leaving words out: the whole headline, which the page shows the same from an archive or not.
 */
function longerHeadline(headings: Heading[], stripped: string, title: string): Heading | null {
  return (
    headings.find(
      (h) =>
        h.el.localName === 'h1' &&
        words(stripped).length >= 4 &&
        comparable(h.text).startsWith(comparable(stripped) + ' ') &&
        words(h.text).length - words(stripped).length <= 8,
    ) ??
    shortenedHeadline(headings, stripped) ??
    shortenedHeadline(headings, longestPart(title))
  );
}

export interface TitleChoice {
  title: string | null;
  element: Element | null;
  /** A headline worded differently from the title: where to look for the byline and date, kept in the body. */
  anchor?: Element | null;
}

// "15 -", "1.2.", "3:" — a bare "10" set apart is a listicle's count ("10 Best Trails"), part of the headline.
const SECTION_NUMBER = /^\d+(?:\.\d+)*(?:\.|\s*[-–—:])$/;

/**
 * The headline without the section number a documentation tool sets in its own element before it ("15 - " of
 * "15 - Tutorial: Sweep, Loft, and Extrude", Sphinx's "1.2. "): a place in a manual, not part of the title.
 */
function withoutSectionNumber(choice: TitleChoice): TitleChoice {
  const el = choice.element;
  if (!el || !choice.title) return choice;
  let first: Node | null = el.firstChild;
  while (isText(first) && !normalizeSpace(first.data)) first = first.nextSibling;
  while (isElement(first) && first.childNodes.length === 1 && isElement(first.firstChild)) first = first.firstChild;
  if (!isElement(first)) return choice;
  const number = normalizeSpace(first.textContent);
  if (!number || !SECTION_NUMBER.test(number) || !choice.title.startsWith(number)) return choice;
  const rest = choice.title.slice(number.length).trim();
  return words(rest).length >= 2 ? { ...choice, title: rest } : choice;
}

/**
 * The part of the title that spells the site's address ("Consulting Point" of consultingpoint.com, "The Writing
 * Center" of writingcenter.unc.edu, "TheFocus.AI Labs" of thefocus.ai): the site's name, for a site no table or head
 * names. A part, its letters run together, must be a label of the address (four letters or more) or begin with one
 * and run at most six letters past it ("ailabs" after "thefocus").
 */
function siteInTitle(title: string, host: string | null): string | null {
  if (!host) return null;
  const labels = host
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.')
    .slice(0, -1)
    .map((l) => l.replace(/[^a-z0-9]/g, ''));
  const names = [...labels, labels.join('')].filter((l) => l.length >= 4);
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const squashed = comparable(part)
      .replace(/^the /, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (names.some((n) => squashed === n || (squashed.startsWith(n) && squashed.length - n.length <= 6)))
      return part.trim();
  }
  return null;
}

export function findTitle(
  index: PageIndex,
  hint: string | null,
  siteName: string | null,
  host: string | null = null,
): TitleChoice {
  const site = siteName ?? (hint ? siteInTitle(normalizeSpace(hint), host) : null);
  return withoutSectionNumber(chooseTitle(index, hint, site));
}

function chooseTitle(index: PageIndex, hint: string | null, siteName: string | null): TitleChoice {
  const headings = [
    ...index.all('h1'),
    ...index.withAttributeWord('itemprop', 'headline'),
    ...index.all('h2'),
    ...index.all('h3'),
  ]
    .map((el) => ({ el, text: normalizeSpace(el.textContent) }))
    .filter((h) => h.text.length >= 3 && h.text.length <= 300)
    .slice(0, 80);
  const raw = /^https?:\/\//i.test(normalizeSpace(hint)) ? '' : normalizeSpace(hint); // a page without a title is titled by its URL
  const truncated = /(…|\.\.\.)$/.test(raw) && raw.length >= 60;
  const cleanHint = raw.replace(/(…|\.\.\.)$/, '').trim();
  const heading = (text: string) => headings.find((h) => comparable(h.text) === comparable(text));

  if (cleanHint && !truncated) {
    const stripped = stripSiteSuffix(cleanHint, siteName);
    const isOnlySite =
      !!siteName && comparable(stripped).replace(/^the /, '') === comparable(siteName).replace(/^the /, '');
    if (!isOnlySite && words(stripped).length >= 2) {
      const same = heading(stripped) ?? heading(cleanHint);
      if (same) return { title: stripped, element: same.el };
      // A headline the title merely decorates ("How to Build a Terrarium (with Pictures)"): the headline.
      const h1 = headings.find(
        (h) =>
          h.el.localName === 'h1' &&
          words(h.text).length >= 3 &&
          /^\s*\(.*\)$/.test(comparable(stripped).slice(comparable(h.text).length)) &&
          comparable(stripped).startsWith(comparable(h.text)),
      );
      if (h1) return { title: h1.text, element: h1.el };
      // "Site: Headline" of a site the table does not know: the headline is what follows the colon.
      const after = headings.find(
        (h) =>
          h.el.localName === 'h1' &&
          words(h.text).length >= 3 &&
          comparable(stripped).endsWith(comparable(h.text)) &&
          /[:|\-–—·»]\s*$/.test(stripped.slice(0, stripped.length - h.text.length)),
      );
      if (after) return { title: after.text, element: after.el };
      // "Headline | what the site is about - Site": the headline is what comes before the separator.
      const lead = headings.find(
        (h) =>
          h.el.localName === 'h1' &&
          words(h.text).length >= 3 &&
          stripped.toLowerCase().startsWith(h.text.toLowerCase()) &&
          /^\s+[|\-–—·»]\s/.test(stripped.slice(h.text.length)),
      );
      if (lead) return { title: lead.text, element: lead.el };
      const whole = longerHeadline(headings, stripped, cleanHint);
      if (whole) return { title: whole.text, element: whole.el };
      return { title: stripped, element: null, anchor: rewordedHeadline(headings, stripped) };
    }
  }
  if (cleanHint && truncated) {
    const prefix = comparable(cleanHint);
    const cut = prefix.slice(0, Math.min(prefix.length, 50));
    // The heading the cut title begins with; or, when the title starts with the site's name, the one it contains.
    const match =
      headings.find((h) => comparable(h.text).startsWith(cut)) ??
      headings.find((h) => h.text.length >= 20 && prefix.includes(comparable(h.text).slice(0, 40)));
    if (match) return { title: match.text, element: match.el };
    // No heading holds it: keep the cut title without its broken last part.
    const whole = cleanHint.replace(/\s[|\-–—\\/>»·•✩~:](\s[^|\-–—\\/>»·•✩~:]*)?$/, '');
    return {
      title: stripSiteSuffix(whole, siteName) + (whole === cleanHint ? '…' : ''),
      element: null,
      anchor: rewordedHeadline(headings, whole),
    };
  }
  const best =
    headings.find((h) => h.el.localName === 'h1') ??
    headings.find((h) => h.el.getAttribute('itemprop') === 'headline') ??
    null;
  if (best) return { title: best.text, element: best.el };
  return { title: cleanHint ? stripSiteSuffix(cleanHint, siteName) : null, element: null };
}
