/** Verify's result sentences with the capture as a link; small, so the reader can show a kept check without verify.js. */
import type { Verification } from '../../article.js';
import { displayCapture } from '../shared/display.js';
import { t, type MessageKey } from '../shared/i18n.js';

/** A message with one of its substitutions as a link: the text around the link stays one translatable sentence. */
function sentenceWithLink(key: MessageKey, before: string[], linkText: string, href: string): HTMLElement {
  const MARK = '\u0001';
  const [head = '', tail = ''] = t(key, [...before, MARK]).split(MARK);
  const p = document.createElement('p');
  p.className = 'verify-summary';
  const a = document.createElement('a');
  a.textContent = linkText;
  a.href = href;
  a.rel = 'noopener noreferrer';
  a.id = 'verify-capture-link';
  p.append(head, a, tail);
  return p;
}

/** `url` when it is a web address (http or https), else null; the sanitiser's own check would bring DOMPurify along. */
function webAddress(url: string): string | null {
  try {
    return /^https?:$/.test(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

/** The sentence for a kept check: the verdict and the other capture, linked. */
export function verdictSentence(
  check: Pick<Verification, 'verdict' | 'changes'>,
  captured: string,
  href: string,
): HTMLElement {
  if (check.verdict === 'identical') return sentenceWithLink('verifyIdentical', [], captured, href);
  if (check.verdict === 'unrelated') return sentenceWithLink('verifyUnrelated', [], captured, href);
  if (check.changes === 1) return sentenceWithLink('verifyDiffersOne', [], captured, href);
  return sentenceWithLink('verifyDiffersMany', [String(check.changes)], captured, href);
}

/**
 * A check the article already carries (a library article verified before): when it ran and what it found, shown
 * without asking anything; Verify runs a fresh one.
 */
export function showLastCheck(report: HTMLElement, result: HTMLElement, check: Verification | null | undefined): void {
  if (check?.other.service !== 'wayback') return;
  const when = displayCapture(check.checkedAt);
  // The address may come from an imported file: only a web address becomes a link.
  const href = webAddress(check.other.url);
  if (!when || !href) return;
  const sentence = verdictSentence(check, displayCapture(check.other.archivedAt) ?? href, href);
  sentence.classList.add('verify-last');
  sentence.prepend(`${t('verifyLastCheck', when)} `);
  result.replaceChildren(sentence);
  result.dataset.verdict = 'kept';
  report.hidden = false;
}
