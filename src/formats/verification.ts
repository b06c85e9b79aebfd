import type { ArchiveService, Article, Verification } from '../article.js';
import { compareArticles, type TextChange, type Verdict } from '../core/compare/compare.js';
import { wordDiff } from '../core/compare/word-diff.js';
import { utcReadable, utcSecond } from './dates.js';
import { sha256Hex } from './hash.js';

/** One side of a verification, as the CLI's JSON and the reader's report name it. */
interface VerificationSide {
  service: ArchiveService;
  originalUrl: string | null;
  /** The copy's own address (the snapshot or capture), or the original for an ordinary page. */
  url: string | null;
  archivedAt: string | null;
  textSha256: string;
  words: number;
}

export interface VerificationReport {
  verdict: Verdict;
  similarity: number;
  a: VerificationSide;
  b: VerificationSide;
  changes: TextChange[];
}

async function side(article: Article): Promise<VerificationSide> {
  const { service, originalUrl, archiveUrl, archiveShortUrl, archivedAt } = article.source;
  return {
    service,
    originalUrl,
    url: archiveUrl ?? archiveShortUrl ?? originalUrl,
    archivedAt,
    textSha256: await sha256Hex(article.text),
    words: article.wordCount,
  };
}

/** Compare two readings and describe both sides (digests of the texts compared, capture times). */
export async function verificationReport(a: Article, b: Article): Promise<VerificationReport> {
  const comparison = compareArticles(a, b);
  return {
    verdict: comparison.verdict,
    similarity: comparison.similarity,
    a: await side(a),
    b: await side(b),
    changes: comparison.changes,
  };
}

/** What the article keeps of a report whose side b is the other copy (the library, citations, saved files). */
export function verificationRecord(report: VerificationReport, checkedAt: Date): Verification {
  return {
    verdict: report.verdict,
    similarity: report.similarity,
    changes: report.changes.length,
    checkedAt: utcSecond(checkedAt.toISOString())!,
    textSha256: report.a.textSha256,
    other: {
      service: report.b.service,
      url: report.b.url ?? '',
      archivedAt: report.b.archivedAt,
      textSha256: report.b.textSha256,
    },
  };
}

const SERVICE_NAMES: Record<ArchiveService, string> = {
  'archive.today': 'archive.today',
  wayback: 'Wayback Machine',
  none: 'page',
};

function describeSide(label: string, s: VerificationSide): string {
  const captured = utcReadable(s.archivedAt);
  const where =
    s.service === 'none' ? 'the page itself' : `${SERVICE_NAMES[s.service]}${captured ? `, captured ${captured}` : ''}`;
  return `${label}: ${where} — ${s.url ?? 'no address'} (${s.words} words)`;
}

const VERDICTS: Record<Verdict, string> = {
  identical: 'Identical: both copies hold the same text.',
  differs: 'Differs: the copies hold different text.',
  unrelated: 'Unrelated: different originals with little text in common.',
};

function quoted(text: string, limit = 280): string {
  const short = text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
  return short
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** Context kept on each side of the changed words of a long passage. */
const CONTEXT = 80;

function clipped(text: string, from: number, to: number): string {
  const start = Math.max(0, from - CONTEXT);
  const end = Math.min(text.length, to + CONTEXT);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** A changed passage as one line: removed words as [-…-], added ones as {+…+}, with a little context around them. */
function markedChange(a: string, b: string): string {
  let out = '';
  let first = -1;
  let lastEnd = 0;
  for (const run of wordDiff(a, b)) {
    const text = run.kind === 'same' ? run.text : run.kind === 'removed' ? `[-${run.text}-]` : `{+${run.text}+}`;
    if (run.kind !== 'same') {
      if (first < 0) first = out.length;
      lastEnd = out.length + text.length;
    }
    out += text;
  }
  return first < 0 ? out : clipped(out, first, lastEnd);
}

function describeChange(change: TextChange, n: number): string {
  const before = change.before
    ? ` — after “${change.before.length > 80 ? `${change.before.slice(0, 79)}…` : change.before}”`
    : ' — at the start';
  const lines = [`${n}. ${change.kind}${before}`];
  if (change.kind === 'changed' && change.a !== null && change.b !== null)
    lines.push(quoted(markedChange(change.a, change.b), 2 * CONTEXT + 400));
  else if (change.a !== null) lines.push('  only in A:', quoted(change.a));
  else if (change.b !== null) lines.push('  only in B:', quoted(change.b));
  return lines.join('\n');
}

/** The report for a person: the verdict, the two sources with their capture times, each change with its place. */
export function verificationText(report: VerificationReport): string {
  const parts = [
    VERDICTS[report.verdict],
    `Similarity: ${(report.similarity * 100).toFixed(1)}% of words in common, in order.`,
    describeSide('A', report.a),
    describeSide('B', report.b),
  ];
  if (report.changes.length) {
    const count = report.changes.length === 1 ? '1 passage differs' : `${report.changes.length} passages differ`;
    parts.push(
      '',
      `${count} ([-in A only-] {+in B only+}):`,
      ...report.changes.map((c, i) => describeChange(c, i + 1)),
    );
  }
  return `${parts.join('\n')}\n`;
}
