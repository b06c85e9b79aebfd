import type { Article } from '../../article.js';
import { headerFacts } from '../../formats/header-facts.js';
import { calendarDate } from '../../formats/dates.js';
import type { ReadFailure } from '../messages.js';
import { displayCaptureDay, displayDate, displayHost, displayNumber } from '../shared/display.js';
import { t } from '../shared/i18n.js';
import { FAILURE_TEXT, failureDetail, fillWhy } from '../shared/why.js';
import type { Refusal } from '../../core/refusal.js';

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`popup.html lacks #${id}`);
  return el as T;
}

function fill(id: string, text: string | null): void {
  const el = byId(id);
  el.textContent = text ?? '';
  el.hidden = !text;
}

/** Title, authors, date, publisher, length and where the copy was archived from. */
export function showPreview(article: Article): void {
  const facts = headerFacts(article);
  fill('preview-site', facts.site);
  fill('preview-title', facts.title);
  fill('preview-byline', facts.byline);

  const date = byId<HTMLTimeElement>('preview-date');
  const day = calendarDate(article.published);
  date.textContent = displayDate(article.published) ?? '';
  date.dateTime = day ?? '';
  date.hidden = !day;

  fill(
    'preview-length',
    t('popupLength', [displayNumber(article.wordCount), String(Math.max(1, article.readingMinutes))]),
  );

  const host = displayHost(article.source.originalUrl);
  const captured = displayCaptureDay(article.source.archivedAt);
  const archived =
    article.source.service === 'none'
      ? null
      : captured && host
        ? t('popupArchivedFrom', [captured, host])
        : captured
          ? t('popupArchivedOn', captured)
          : null;
  fill('preview-archived', archived);
  byId('preview').hidden = false;
}

/** The page has no article: say so plainly, and offer "Try anyway" where trying again can help. */
export function showFailure(
  failure: ReadFailure,
  afterLenientTry: boolean,
  refusal: Refusal | null = null,
  error?: string,
): void {
  const text = FAILURE_TEXT[failure];
  fillWhy(byId('empty-why'), refusal);
  byId('empty-title').textContent = t(text.title);
  byId('empty-detail').textContent =
    afterLenientTry && failure !== 'error' ? t('popupStillNothing') : failureDetail(failure, error);
  byId('try-anyway').hidden = failure === 'unavailable' || failure === 'error' || afterLenientTry;
  byId('empty').hidden = false;
  byId('preview').hidden = true;
}
