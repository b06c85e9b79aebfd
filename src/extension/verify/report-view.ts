/**
 * What Verify shows in the reader: one sentence for the result (also said by the page's status line), and for a
 * copy that differs, each passage side by side — A, this snapshot; B, the Wayback Machine's capture — with the
 * words that differ marked and a button that scrolls to the passage in the article.
 */
import type { TextChange } from '../../core/compare/compare.js';
import { wordDiff } from '../../core/compare/word-diff.js';
import { displayCapture, displayDecimal } from '../shared/display.js';
import { t, type MessageKey } from '../shared/i18n.js';
import type { VerifyOutcome } from './run.js';
import { verdictSentence } from './sentence.js';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One side of a changed passage, with the words only it has marked. */
function sideText(
  text: string | null,
  runs: ReturnType<typeof wordDiff> | null,
  keep: 'removed' | 'added',
): HTMLElement {
  const p = el('p', 'verify-text');
  if (text === null) {
    p.classList.add('verify-absent');
    p.textContent = t('verifyAbsent');
    return p;
  }
  if (!runs) {
    p.textContent = text;
    return p;
  }
  for (const run of runs) {
    if (run.kind === 'same') p.append(run.text);
    else if (run.kind === keep) p.append(el('mark', `verify-${keep}`, run.text));
  }
  return p;
}

const KIND_LABELS: Record<TextChange['kind'], MessageKey> = {
  changed: 'verifyKindChanged',
  removed: 'verifyKindRemoved',
  added: 'verifyKindAdded',
};

function changeItem(
  change: TextChange,
  index: number,
  capturedLabel: string,
  target: HTMLElement | undefined,
): HTMLLIElement {
  const item = el('li', 'verify-change');
  item.dataset.kind = change.kind;
  const head = el('div', 'verify-change-head');
  const title = el(
    'h3',
    'verify-change-title',
    `${t('verifyChangeNumber', String(index + 1))}: ${t(KIND_LABELS[change.kind])}`,
  );
  title.id = `verify-change-${index + 1}`;
  head.append(title);
  if (target) {
    const show = el('button', 'tool verify-show', t('verifyShowInArticle'));
    show.type = 'button';
    // Every change has such a button: its heading tells them apart for a screen reader.
    show.setAttribute('aria-describedby', title.id);
    show.addEventListener('click', () => {
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      target.tabIndex = -1;
      target.focus({ preventScroll: true });
    });
    head.append(show);
  }
  const runs = change.a !== null && change.b !== null ? wordDiff(change.a, change.b) : null;
  const pair = el('div', 'verify-pair');
  const sideA = el('div', 'verify-side verify-side-a');
  sideA.append(el('p', 'verify-side-label', t('verifyThisCopy')), sideText(change.a, runs, 'removed'));
  const sideB = el('div', 'verify-side verify-side-b');
  sideB.append(el('p', 'verify-side-label', t('verifyOtherCopy', capturedLabel)), sideText(change.b, runs, 'added'));
  pair.append(sideA, sideB);
  item.append(head, pair);
  return item;
}

/** The one sentence a person hears for an outcome (the status line), and the same with its link for the page. */
export function outcomeSentence(outcome: VerifyOutcome): string {
  const captured = outcome.capture ? (displayCapture(outcome.capture.archivedAt) ?? outcome.capture.timestamp) : '';
  if (!outcome.ok) {
    switch (outcome.failure) {
      case 'offline':
        return t('verifyOffline');
      case 'no-capture':
        return t('verifyNoCapture');
      case 'no-other-capture':
        return t('verifyNoOtherCapture');
      case 'unavailable':
        return t('verifyUnavailable', String(outcome.status ?? '?'));
      case 'no-article':
        return captured ? t('verifyNoArticle', captured) : t('verifyNoArticleUndated');
    }
  }
  const { report } = outcome;
  if (report.verdict === 'identical') return t('verifyIdentical', captured);
  if (report.verdict === 'unrelated') return t('verifyUnrelated', captured);
  return report.changes.length === 1
    ? t('verifyDiffersOne', captured)
    : t('verifyDiffersMany', [String(report.changes.length), captured]);
}

/** Fills `result` with the outcome; `targets` are the marks in the article, by change. */
export function showOutcome(result: HTMLElement, outcome: VerifyOutcome, targets: Map<number, HTMLElement>): void {
  result.replaceChildren();
  result.dataset.verdict = outcome.ok ? outcome.report.verdict : outcome.failure;
  if (!outcome.ok) {
    result.append(el('p', 'verify-summary verify-problem', outcomeSentence(outcome)));
    return;
  }
  const { report, capture } = outcome;
  const captured = displayCapture(capture.archivedAt) ?? capture.timestamp;
  const href = report.b.url ?? '';
  const changes = report.changes;
  const summary = verdictSentence({ verdict: report.verdict, changes: changes.length }, captured, href);
  summary.id = 'verify-summary';
  result.append(summary);
  if (report.verdict === 'identical') return;
  result.append(el('p', 'verify-similarity', t('verifySimilarity', displayDecimal(report.similarity * 100, 1))));
  if (report.verdict === 'unrelated' || !changes.length) return;
  const list = el('ol', 'verify-changes');
  changes.forEach((change, i) => list.append(changeItem(change, i, captured, targets.get(i))));
  result.append(list);
}
