import type { RemovalLog } from '../explain.js';
import type { PageIndex } from '../page-index.js';
import type { CleanPlan } from './plan.js';

/**
 * Step `input-form`: forms of fields to fill in (contact, quote, sign-in and comment forms). Their labels and hints
 * ("First Name*", "Phone number is used to contact you") are never reading matter. A form around the whole page
 * (ASP.NET pages are one) holds paragraphs and far more text than labels, and is not one.
 *
 * Found on the page, where the fields are (the clean copy has none: they are never content), and taken out of
 * Readability's answer, not before it: a comment form marks the end of an article, and without it Readability
 * can take a lone reader comment below for the article.
 */

/** Fields a visitor types or picks in (not buttons, boxes to tick, or fields the page fills itself). */
const ENTRY_FIELD =
  'textarea, select, input:not([type]), input[type="text" i], input[type="email" i], input[type="tel" i], ' +
  'input[type="password" i], input[type="number" i], input[type="url" i], input[type="date" i], input[type="file" i]';
/** A form to fill in has at least two fields (one alone is a search box)… */
const MIN_FIELDS = 2;
/** …and little more text than their labels and hints: at most this much per field… */
const TEXT_PER_FIELD = 300;
/** …with no paragraph of prose (plain text in a block with no block inside): consent notes are shorter. */
const PARAGRAPH_MIN = 300;
const PARAGRAPH_MAX_LINK_SHARE = 0.3;

/** The attribute the clean copy marks an input form with, for `removeInputForms` to find in Readability's answer. */
export const INPUT_FORM_MARK = 'data-archive-reader-input-form';

export function markInputForms(plan: CleanPlan): void {
  const { index } = plan;
  for (const form of index.all('form')) {
    if (plan.isLeftOut(form)) continue;
    const fields = form.querySelectorAll(ENTRY_FIELD).length;
    if (fields < MIN_FIELDS) continue;
    if ((index.textLength.get(form) ?? 0) > fields * TEXT_PER_FIELD) continue;
    if (!holdsParagraph(index, form)) plan.inputForms.add(form);
  }
}

/** Takes the marked forms out of Readability's answer. */
export function removeInputForms(content: Element, log: RemovalLog): void {
  for (const form of Array.from(content.querySelectorAll(`[${INPUT_FORM_MARK}]`))) {
    if (!content.contains(form)) continue;
    log.note(form, 'input-form');
    form.remove();
  }
}

function holdsParagraph(index: PageIndex, root: Element): boolean {
  for (const el of Array.from(root.getElementsByTagName('*'))) {
    if (index.containsBlock.has(el) || !index.isVisible(el)) continue;
    if ((index.textLength.get(el) ?? 0) >= PARAGRAPH_MIN && index.linkDensity(el) < PARAGRAPH_MAX_LINK_SHARE)
      return true;
  }
  return false;
}
