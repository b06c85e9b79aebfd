import type { Refusal } from '../core/refusal.js';

/** The message keys a refusal is told with (in `_locales/<lang>/messages.json`). */
type RefusalMessage =
  | 'whyNoPage'
  | 'whyTooLarge'
  | 'whyNoCandidate'
  | 'whyTooShort'
  | 'whyLinksOnly'
  | 'whyVisible'
  | 'whyHidden'
  | 'whyLeftOut'
  | 'whyCandidate';

/** A message with its substitutions filled in: `browser.i18n.getMessage` in the extension, the English file in the CLI. */
export type Translate = (key: RefusalMessage, substitutions: string[]) => string;

const percent = (share: number) => String(Math.round(share * 100));

/** Why a page gave no article, one sentence a line: the cause first, then where the page's text went. */
export function refusalLines(refusal: Refusal, t: Translate, number: (n: number) => string = String): string[] {
  const c = refusal.cause;
  const lines: string[] = [];
  switch (c.kind) {
    case 'no-page':
      return [t('whyNoPage', [])];
    case 'too-large':
      return [t('whyTooLarge', [number(c.elements), number(c.limit)])];
    case 'no-candidate':
      lines.push(t('whyNoCandidate', []));
      break;
    case 'too-short':
      lines.push(t('whyTooShort', [number(c.chars), number(c.minLength)]));
      break;
    case 'links-only':
      lines.push(t('whyLinksOnly', [percent(c.linkShare), number(c.chars)]));
      break;
  }
  lines.push(t('whyVisible', [number(refusal.visibleChars)]));
  if (refusal.hiddenChars) lines.push(t('whyHidden', [number(refusal.hiddenChars)]));
  for (const { rule, chars } of refusal.leftOut) lines.push(t('whyLeftOut', [number(chars), rule]));
  for (const k of refusal.candidates)
    lines.push(t('whyCandidate', [k.tag, number(k.chars), percent(k.linkShare), k.text]));
  return lines;
}
