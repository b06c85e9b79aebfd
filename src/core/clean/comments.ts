import { normalizeSpace } from '../dom.js';
import type { CleanPlan } from './plan.js';

/**
 * The control every comment system puts on each comment (WordPress, Disqus, Discourse, Slashdot, forums, in the
 * languages the extension's readers use most): its whole text, so a sentence that says "reply" is not one.
 */
const REPLY_CONTROL =
  /^(reply( to (this|comment|post))?|respond|reply with quote|quote reply|antworten|répondre|responder|rispondi|odpowiedz|ответить|回复|返信)$/i;

/**
 * The label after each commenter's name in WordPress's comment template ("Jane says:"), which stays when comments are
 * closed and their reply links are gone: one per comment, as a reply control is.
 */
const AUTHOR_SAYS = /^(says|said|wrote|schreibt|dit|dice|diz|zegt):$/i;

/** Fewer comments than this are not a thread worth looking for. */
const MIN_COMMENTS = 3;
/** A thread is made of its comments: at most this share of its text lies outside them (headings, pagers, forms). */
const MAX_TEXT_OUTSIDE_COMMENTS = 0.3;
/** A comment box is small next to a thread; climbing from its reply control stops below this much text. */
const MAX_COMMENT_TEXT = 6000;

/**
 * Step `comments`: reader comment threads. A comment is the box around one reply control — the largest ancestor
 * that holds no other reply control — and a thread is the largest box above them that holds at least three
 * comments and little else, after the headline. Found by structure and the reply controls alone, so it
 * holds on any site and survives archiving (no class or id needed). Embedded posts inside an article (tweets with a
 * Reply button) stay: their common box is the article, which holds far more than the posts.
 */
export function removeCommentThreads(plan: CleanPlan, headline: Element | null): void {
  const { index } = plan;
  // Buttons are never content, so the index skipped them: take those whose box shows.
  const buttons = Array.from(index.root.getElementsByTagName('button')).filter(
    (b) => !!b.parentElement && index.isVisible(b.parentElement),
  );
  const replies = [
    ...index.all('a').filter((a) => REPLY_CONTROL.test(index.textOf(a) ?? '')),
    ...buttons.filter((b) => REPLY_CONTROL.test(normalizeSpace(b.textContent))),
  ];
  // One mark per comment: the "says:" labels stand in only where the reply controls are gone.
  const controls =
    replies.length >= MIN_COMMENTS ? replies : index.blocks.filter((b) => AUTHOR_SAYS.test(b.text)).map((b) => b.el);
  if (controls.length < MIN_COMMENTS) return;
  // How many reply controls each box holds, counted once up each control's line of ancestors.
  const held = new Map<Element, number>();
  for (const control of controls) {
    for (let up = control.parentElement; up && up !== index.root; up = up.parentElement)
      held.set(up, (held.get(up) ?? 0) + 1);
  }

  const comments: Element[] = [];
  for (const control of controls) {
    let box: Element = control;
    for (let up = control.parentElement; up && up !== index.root && index.isVisible(up); up = up.parentElement) {
      if ((index.textLength.get(up) ?? 0) > MAX_COMMENT_TEXT || (held.get(up) ?? 0) > 1) break;
      box = up;
    }
    if (box !== control) comments.push(box);
  }
  if (comments.length < MIN_COMMENTS) return;

  // Text inside comment boxes, per ancestor, counted once up each box's line of ancestors.
  const commentText = new Map<Element, number>();
  for (const box of comments) {
    const chars = index.textLength.get(box) ?? 0;
    for (let up: Element | null = box; up && up !== index.root; up = up.parentElement)
      commentText.set(up, (commentText.get(up) ?? 0) + chars);
  }
  const isThread = (el: Element) =>
    (held.get(el) ?? 0) >= MIN_COMMENTS &&
    (index.textLength.get(el) ?? 0) - (commentText.get(el) ?? 0) <=
      MAX_TEXT_OUTSIDE_COMMENTS * (index.textLength.get(el) ?? 0) &&
    !(headline && (el.contains(headline) || index.positionOf(el) < index.positionOf(headline)));
  // From each comment, the largest box above it that is still a thread: mostly comments, after the headline.
  const threads = new Set<Element>();
  for (const box of comments) {
    let thread: Element | null = null;
    for (let up = box.parentElement; up && up !== index.root && index.isVisible(up); up = up.parentElement) {
      if (isThread(up)) thread = up;
      else if (thread) break;
    }
    if (thread) threads.add(thread);
  }
  for (const thread of threads)
    if (![...threads].some((t) => t !== thread && t.contains(thread))) plan.leaveOut(thread, 'comments:thread');
}
