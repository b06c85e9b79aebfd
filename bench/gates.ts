/**
 * The quality gates of `npm run bench -- --check`, per corpus. Each gate says what it protects; a corpus the table
 * does not name is held to the gates every corpus shares (no crash, the capture time never a publication date).
 */
import { fmtTally, pct, type CorpusSummary } from './report.js';

interface Gate {
  what: string;
  passes(s: CorpusSummary): boolean;
  shows(s: CorpusSummary): string;
}

const f3 = (n: number) => n.toFixed(3);

const SHARED: Gate[] = [
  { what: 'no crash', passes: (s) => s.crashes.length === 0, shows: (s) => `${s.crashes.length} crashes` },
  {
    what: 'capture time never reported as the publication date',
    passes: (s) => s.captureAsDate.length === 0,
    shows: (s) => s.captureAsDate.join(', '),
  },
  {
    what: 'every planted change found, no altered copy judged identical',
    passes: (s) => s.planted.found.hits === s.planted.found.of && s.planted.judgedIdentical === 0,
    shows: (s) => `${fmtTally(s.planted.found)} found, ${s.planted.judgedIdentical} judged identical`,
  },
  {
    what: 'snapshot and original read identically in ≥ 90% of cases',
    passes: (s) => pct(s.identical) >= 90,
    shows: (s) => `${pct(s.identical).toFixed(1)}%`,
  },
];

const snapshotF1 = (min: number): Gate => ({
  what: `snapshot text F1 ≥ ${min}`,
  passes: (s) => s.ours.snapshot.score.f1 >= min,
  shows: (s) => f3(s.ours.snapshot.score.f1),
});
const originalF1 = (min: number): Gate => ({
  what: `original text F1 ≥ ${min}`,
  passes: (s) => s.ours.original.score.f1 >= min,
  shows: (s) => f3(s.ours.original.score.f1),
});
const heldAtLeast = (field: 'title' | 'date', min: number): Gate => ({
  what: `${field} right in ≥ ${min}% of the snapshots that hold it`,
  passes: (s) => pct(s.metadata.ours.held[field]) >= min,
  shows: (s) => `${pct(s.metadata.ours.held[field]).toFixed(1)}%`,
});

const BY_CORPUS: Record<string, Gate[]> = {
  // Readability's test pages: the expected text is Readability's own output on the original.
  'readability-archived': [
    snapshotF1(0.975),
    originalF1(0.97),
    heldAtLeast('title', 95),
    {
      what: 'byline right in ≥ 90% (without errata)',
      passes: (s) => pct(s.metadata.ours.bylineAudited) >= 90,
      shows: (s) => `${pct(s.metadata.ours.bylineAudited).toFixed(1)}%`,
    },
    heldAtLeast('date', 90),
  ],
  // Pages of the 2026 web with human-verified truth: never tuned for, so the honest measure of quality.
  'modern-archived': [
    snapshotF1(0.935),
    {
      what: 'snapshot precision ≥ 0.92',
      passes: (s) => s.ours.snapshot.score.precision >= 0.92,
      shows: (s) => f3(s.ours.snapshot.score.precision),
    },
    {
      what: 'no page type below plain Readability on the same snapshots',
      passes: (s) =>
        [...s.ours.snapshot.byType].every(([t, v]) => v.score.f1 >= s.readability.snapshot.byType.get(t)!.score.f1),
      shows: (s) =>
        [...s.ours.snapshot.byType]
          .filter(([t, v]) => v.score.f1 < s.readability.snapshot.byType.get(t)!.score.f1)
          .map(([t]) => t)
          .join(', '),
    },
    {
      what: 'original text F1 ≥ plain Readability on the same originals',
      passes: (s) => s.ours.original.score.f1 >= s.readability.original.score.f1,
      shows: (s) => `${f3(s.ours.original.score.f1)} vs ${f3(s.readability.original.score.f1)}`,
    },
  ],
};

export function missedGates(s: CorpusSummary): string[] {
  return [...SHARED, ...(BY_CORPUS[s.corpus] ?? [])]
    .filter((g) => !g.passes(s))
    .map((g) => `${s.corpus}: ${g.what} — ${g.shows(s)}`);
}

/** Extraction may cost at most this much more than plain Readability on the same documents. */
export const MAX_TIME_RATIO = 1.3;
