/** Sums a corpus's case results into the tables the benchmark prints, and checks them against its gates. */
import type { CaseResult, Run } from './evaluate.js';
import { bylineMatches, dateMatches, titleMatches } from './match.js';
import { aggregate, type CaseScore } from './metric.js';

export interface Tally {
  hits: number;
  of: number;
}
export const pct = (t: Tally): number => (t.of ? (100 * t.hits) / t.of : 100);
export const fmtTally = (t: Tally): string => `${t.hits}/${t.of} (${pct(t).toFixed(1)}%)`;

type Field = 'title' | 'byline' | 'date';

interface MetadataTallies {
  /** Over the cases whose truth has the value. */
  truth: Record<Field, Tally>;
  /** Over the cases whose snapshot still holds it. */
  held: Record<Field, Tally>;
  /** Held, without the byline errata (expected values that are another reader's mistakes). */
  bylineAudited: Tally;
}

interface SideSummary {
  score: CaseScore;
  byType: Map<string, { n: number; score: CaseScore }>;
  medianMs: number;
  failures: number;
}

export interface CorpusSummary {
  corpus: string;
  cases: number;
  ours: { snapshot: SideSummary; original: SideSummary };
  readability: { snapshot: SideSummary; original: SideSummary };
  metadata: { ours: MetadataTallies; readability: MetadataTallies };
  identical: Tally;
  /** Planted alterations the verifier named, and altered copies it wrongly called identical. */
  planted: { found: Tally; judgedIdentical: number };
  captureAsDate: string[];
  crashes: string[];
}

export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function sideSummary(runs: { run: Run; type: string }[]): SideSummary {
  const groups = new Map<string, CaseScore[]>();
  for (const { run, type } of runs) groups.set(type, [...(groups.get(type) ?? []), run.score]);
  const byType = new Map(
    [...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, scores]) => [type, { n: scores.length, score: aggregate(scores) }]),
  );
  return {
    score: aggregate(runs.map((r) => r.run.score)),
    byType,
    medianMs: median(runs.map((r) => r.run.ms)),
    failures: runs.filter((r) => !r.run.found).length,
  };
}

const tally = (): Tally => ({ hits: 0, of: 0 });
const tallies = (): MetadataTallies => ({
  truth: { title: tally(), byline: tally(), date: tally() },
  held: { title: tally(), byline: tally(), date: tally() },
  bylineAudited: tally(),
});

function countMetadata(t: MetadataTallies, r: CaseResult, run: Run, expected: CaseExpectation, erratum: boolean): void {
  const found = run.found;
  const checks: [Field, string | null, boolean | undefined, () => boolean][] = [
    ['title', expected.title, r.recoverable.title, () => titleMatches(found?.title ?? null, expected.title)],
    ['byline', expected.byline, r.recoverable.byline, () => bylineMatches(found?.authors ?? [], expected.byline)],
    [
      'date',
      expected.publishedTime,
      r.recoverable.publishedTime,
      () => dateMatches(found?.published ?? null, expected.publishedTime),
    ],
  ];
  for (const [field, value, held, matches] of checks) {
    if (!value) continue;
    const ok = matches();
    t.truth[field].of++;
    if (ok) t.truth[field].hits++;
    if (!held) continue;
    t.held[field].of++;
    if (ok) t.held[field].hits++;
    if (field === 'byline' && !erratum) {
      t.bylineAudited.of++;
      if (ok) t.bylineAudited.hits++;
    }
  }
}

export interface CaseExpectation {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  archiveDate: string;
}

export function summarize(
  corpus: string,
  results: CaseResult[],
  expectations: CaseExpectation[],
  errata: Set<string>,
): CorpusSummary {
  const side = (pick: (r: CaseResult) => Run) => sideSummary(results.map((r) => ({ run: pick(r), type: r.pageType })));
  const metadata = { ours: tallies(), readability: tallies() };
  const captureAsDate: string[] = [];
  results.forEach((r, i) => {
    const e = expectations[i]!;
    countMetadata(metadata.ours, r, r.ours.snapshot, e, errata.has(r.name));
    countMetadata(metadata.readability, r, r.readability.snapshot, e, errata.has(r.name));
    const published = r.ours.snapshot.found?.published;
    const captureDay = e.archiveDate.slice(0, 10);
    if (published && published.slice(0, 10) === captureDay && e.publishedTime?.slice(0, 10) !== captureDay)
      captureAsDate.push(r.name);
  });
  const crashes = results.flatMap((r) =>
    [r.ours.snapshot, r.ours.original]
      .filter((run) => run.failure?.startsWith('crash'))
      .map((run) => `${r.name}: ${run.failure}`),
  );
  return {
    corpus,
    cases: results.length,
    ours: { snapshot: side((r) => r.ours.snapshot), original: side((r) => r.ours.original) },
    readability: { snapshot: side((r) => r.readability.snapshot), original: side((r) => r.readability.original) },
    metadata,
    identical: { hits: results.filter((r) => r.identical).length, of: results.length },
    planted: {
      found: {
        hits: results.flatMap((r) => r.planted).filter((p) => p.found).length,
        of: results.flatMap((r) => r.planted).length,
      },
      judgedIdentical: results.flatMap((r) => r.planted).filter((p) => p.judgedIdentical).length,
    },
    captureAsDate,
    crashes,
  };
}

const f3 = (n: number) => n.toFixed(3);
const prf = (s: CaseScore) => `P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)}`;

/** A one-line reason for a low score: no article, or the longest stretch of extra or missing text. */
export function causeLine(run: Run): string {
  if (!run.found) return `no article (${run.failure ?? 'no-article'})`;
  const { extraWords, extra, missingWords, missing } = run.cause;
  const parts: string[] = [];
  if (run.score.precision < 0.98 && extraWords) parts.push(`extra ${extraWords} words «${extra}»`);
  if (run.score.recall < 0.98 && missingWords) parts.push(`missing ${missingWords} words «${missing}»`);
  return parts.join('; ') || 'small differences';
}

export function printSummary(s: CorpusSummary, results: CaseResult[], worst: number): void {
  const o = s.ours;
  const r = s.readability;
  console.log(`\n== ${s.corpus}: ${s.cases} cases`);
  console.log(`text snapshot  ours ${prf(o.snapshot.score)} | readability ${prf(r.snapshot.score)}`);
  console.log(`text original  ours ${prf(o.original.score)} | readability ${prf(r.original.score)}`);
  console.log(
    `no article     ours ${o.snapshot.failures} snapshots, ${o.original.failures} originals | readability ${r.snapshot.failures},` +
      ` ${r.original.failures}`,
  );
  console.log('per page type  (F1: ours / readability)');
  console.log(`  ${'type'.padEnd(18)} ${'n'.padStart(4)}  ${'snapshot'.padEnd(15)}  original`);
  for (const [type, mine] of o.snapshot.byType) {
    const theirs = r.snapshot.byType.get(type)!;
    const origMine = o.original.byType.get(type)!;
    const origTheirs = r.original.byType.get(type)!;
    const flag = mine.score.f1 < theirs.score.f1 ? '  ← below readability' : '';
    console.log(
      `  ${type.padEnd(18)} ${String(mine.n).padStart(4)}  ${f3(mine.score.f1)} / ${f3(theirs.score.f1)}    ${f3(origMine.score.f1)} / ${f3(origTheirs.score.f1)}${flag}`,
    );
  }
  const m = s.metadata;
  console.log('metadata (snapshots)      ours: truth has it · snapshot holds it | readability: same');
  for (const k of ['title', 'byline', 'date'] as const) {
    console.log(
      `  ${k.padEnd(8)} ours ${fmtTally(m.ours.truth[k])} · ${fmtTally(m.ours.held[k])} | readability ${fmtTally(m.readability.truth[k])}` +
        ` · ${fmtTally(m.readability.held[k])}`,
    );
  }
  if (m.ours.bylineAudited.of !== m.ours.held.byline.of)
    console.log(
      `  byline without errata: ours ${fmtTally(m.ours.bylineAudited)} | readability` +
        ` ${fmtTally(m.readability.bylineAudited)}`,
    );
  console.log(`identical text, snapshot vs original (ours): ${fmtTally(s.identical)}`);
  console.log(
    `planted changes found by the verifier: ${fmtTally(s.planted.found)} · altered copies judged identical: ${s.planted.judgedIdentical}`,
  );
  const missed = results.flatMap((r) => r.planted.filter((p) => !p.found).map((p) => `${r.name} ${p.kind}`));
  if (missed.length) console.log(`  missed: ${missed.slice(0, worst).join(', ')}`);
  console.log(
    `time median    snapshot ours ${o.snapshot.medianMs.toFixed(1)} ms / readability ${r.snapshot.medianMs.toFixed(1)} ms · original` +
      ` ${o.original.medianMs.toFixed(1)} / ${r.original.medianMs.toFixed(1)} ms`,
  );
  console.log(
    `capture time reported as publication date: ${s.captureAsDate.length}${s.captureAsDate.length ? ' ' + s.captureAsDate.join(', ') : ''}`,
  );
  if (s.crashes.length) console.log('crashes:', s.crashes);
  const ranked = [...results].sort((a, b) => a.ours.snapshot.score.f1 - b.ours.snapshot.score.f1).slice(0, worst);
  console.log(`worst ${ranked.length} snapshots (ours):`);
  for (const c of ranked) {
    const sc = c.ours.snapshot.score;
    console.log(
      `  ${c.name.padEnd(28)} ${c.pageType.padEnd(14)} F1 ${f3(sc.f1)} (P ${f3(sc.precision)} R ${f3(sc.recall)}; readability` +
        ` ${f3(c.readability.snapshot.score.f1)}) ${causeLine(c.ours.snapshot)}`,
    );
  }
  const inconsistent = results
    .filter((c) => !c.identical)
    .sort((a, b) => a.consistency - b.consistency)
    .slice(0, worst);
  if (inconsistent.length) {
    console.log(`least alike snapshot/original readings (ours):`);
    for (const c of inconsistent)
      console.log(
        `  ${c.name.padEnd(28)} ${c.pageType.padEnd(14)} alike ${f3(c.consistency)} · snapshot F1` +
          ` ${f3(c.ours.snapshot.score.f1)} · original F1 ${f3(c.ours.original.score.f1)}`,
      );
  }
}
