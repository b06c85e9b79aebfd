import messages from '../../_locales/en/messages.json';
import type { Translate } from '../formats/refusal.js';

/** The extension's English messages, for the command line: one home for every sentence a user reads. */
export const english: Translate = (key, substitutions) =>
  (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
