/**
 * Whether a snapshot still holds an expected metadata value somewhere a reader of the page could find it — its
 * visible text, its `datetime`/`content` attributes, or the original address — for corpora that do not say so
 * themselves (modern-archived). Values that lived only in the original's `<head>` are gone from every snapshot, and
 * no extractor can be asked for them.
 */
import type { ExpectedMeta, Recoverable } from './corpus.js';

const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The ways an English-language page writes one calendar day. */
function dayRenderings(isoDay: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  if (!m) return [];
  const [, y, mm, dd] = m as unknown as [string, string, string, string];
  const month = MONTHS[Number(mm) - 1]!;
  const short = month.slice(0, 3);
  const d = String(Number(dd));
  const mo = String(Number(mm));
  const names = [
    month,
    short,
    `${short}.`,
    month === 'september' ? 'sept' : month,
    month === 'september' ? 'sept.' : short,
  ];
  const out = new Set([
    `${y}-${mm}-${dd}`,
    `${y}/${mm}/${dd}`,
    `${mm}/${dd}/${y}`,
    `${mo}/${d}/${y}`,
    `${dd}/${mm}/${y}`,
    `${dd}.${mm}.${y}`,
    `${d}.${mo}.${y}`,
    `${y}${mm}${dd}`,
  ]);
  for (const n of names) {
    for (const day of [d, dd, `${d}st`, `${d}nd`, `${d}rd`, `${d}th`]) {
      out.add(`${n} ${day}, ${y}`);
      out.add(`${n} ${day} ${y}`);
      out.add(`${day} ${n} ${y}`);
      out.add(`${day} ${n}, ${y}`);
      out.add(`${day} of ${n} ${y}`);
    }
  }
  return [...out];
}

/** The visible text of the captured page and the values of its date-bearing attributes. */
function pageEvidence(doc: Document): { text: string; attributes: string } {
  const root = doc.getElementById('CONTENT') ?? doc.body;
  const text = fold(root?.textContent ?? '');
  const attributes: string[] = [];
  for (const el of Array.from(root?.querySelectorAll('[datetime], [content]') ?? [])) {
    attributes.push(el.getAttribute('datetime') ?? '', el.getAttribute('content') ?? '');
  }
  return { text, attributes: fold(attributes.join(' ')) };
}

export function heldValues(
  doc: Document,
  expected: ExpectedMeta,
  originalUrl: string,
  bylineNames: (byline: string) => string[],
): Recoverable {
  const { text, attributes } = pageEvidence(doc);
  const title = expected.title ? fold(expected.title) : '';
  const names = expected.byline ? bylineNames(expected.byline).map(fold) : [];
  const day = expected.publishedTime?.slice(0, 10) ?? '';
  const where = `${text} ${attributes} ${fold(originalUrl)}`;
  return {
    title: !!title && text.includes(title),
    byline: names.length > 0 && names.every((n) => text.includes(n)),
    publishedTime: !!day && dayRenderings(day).some((r) => where.includes(r)),
  };
}
