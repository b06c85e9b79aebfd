import type { Refusal } from '../../core/refusal.js';
import { refusalLines } from '../../formats/refusal.js';
import { displayNumber } from './display.js';
import type { ReadFailure } from '../messages.js';
import { t, type MessageKey } from './i18n.js';

/** How each reason for "no article" is told: a title and what the user can do. */
export const FAILURE_TEXT: Record<ReadFailure, { title: MessageKey; detail: MessageKey }> = {
  'no-article': { title: 'popupNoArticle', detail: 'popupNoArticleDetail' },
  'too-large': { title: 'popupTooLarge', detail: 'popupTooLargeDetail' },
  unavailable: { title: 'popupUnavailable', detail: 'popupUnavailableDetail' },
  slow: { title: 'popupSlow', detail: 'popupSlowDetail' },
  error: { title: 'popupError', detail: 'popupErrorDetail' },
};

/** What the user can do about a failure; for an error, with the message to put in a report. */
export function failureDetail(failure: ReadFailure, error?: string): string {
  return t(FAILURE_TEXT[failure].detail, failure === 'error' ? [error ?? '?'] : undefined);
}

/**
 * "Why?" under a "no article" message: a disclosure with the core's reasons in numbers (the same lines as the command
 * line's `--explain`), so a refusal can be checked rather than taken on trust. Empty when there is no refusal.
 */
export function fillWhy(container: HTMLElement, refusal: Refusal | null): void {
  container.replaceChildren();
  container.hidden = !refusal;
  if (!refusal) return;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = t('popupWhy');
  const list = document.createElement('ul');
  for (const line of refusalLines(refusal, (key, substitutions) => t(key, substitutions), displayNumber)) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  details.append(summary, list);
  container.append(details);
}
