/**
 * Verify in the reader, from the click to the result: the status line while the Wayback Machine is asked, the
 * report, the marks in the article, and the check kept on the article (and in the library when it is there).
 */
import type { Article } from '../../article.js';
import { verificationRecord } from '../../formats/verification.js';
import { t } from '../shared/i18n.js';
import { clearHighlights, highlightChanges } from './highlight.js';
import { rememberVerification } from './remember.js';
import { outcomeSentence, showOutcome } from './report-view.js';
import { verifyArticle, type Extract } from './run.js';

export interface VerifyControls {
  button: HTMLButtonElement;
  /** The polite live region that says what is happening and the result in one sentence. */
  status: HTMLElement;
  /** Where the report goes (shown once there is one). */
  report: HTMLElement;
  result: HTMLElement;
  /** The article body, where changed passages are marked. */
  body: HTMLElement;
}

export interface VerifyContext {
  extract: Extract;
  /** The tab's own sessionStorage key for the article, kept up to date so a reload shows the check too. */
  sessionKey: string | null;
  /** The library record the reader shows, when it shows one. */
  libraryId: string | null;
  /** Called once the article carries the new check (Cite rebuilds its preview). */
  onVerified?: () => void;
}

let running = false;

export async function runVerify(article: Article, controls: VerifyControls, context: VerifyContext): Promise<void> {
  if (running) return;
  running = true;
  const { button, status, report, result, body } = controls;
  const root = document.documentElement;
  root.dataset.verifyState = 'running';
  button.disabled = true;
  report.hidden = false;
  report.setAttribute('aria-busy', 'true');
  result.replaceChildren();
  clearHighlights(body);
  // Seen while the archive is asked; then the report says it with its link, and the line stays for screen readers.
  status.classList.remove('visually-hidden');
  status.textContent = t(article.source.service === 'wayback' ? 'verifyRunningOther' : 'verifyRunning');
  try {
    const outcome = await verifyArticle(article, context.extract);
    const differs = outcome.ok && outcome.report.verdict === 'differs';
    const targets = differs
      ? highlightChanges(body, outcome.report.changes, t('verifyGapLabel'))
      : new Map<number, HTMLElement>();
    showOutcome(result, outcome, targets);
    status.textContent = outcomeSentence(outcome);
    root.dataset.verifyState = outcome.ok ? outcome.report.verdict : outcome.failure;
    if (outcome.ok) {
      await rememberVerification(
        article,
        verificationRecord(outcome.report, new Date()),
        context.sessionKey,
        context.libraryId,
      ).catch((error: unknown) => console.warn('Archive Reader: the library keeps no verification here', error));
      context.onVerified?.();
    }
  } catch (error) {
    console.error('Archive Reader: verify', error);
    status.textContent = t('verifyFailed', error instanceof Error ? error.message : String(error));
    root.dataset.verifyState = 'failed';
  } finally {
    if (result.childNodes.length) status.classList.add('visually-hidden');
    report.removeAttribute('aria-busy');
    button.disabled = false;
    running = false;
  }
}
