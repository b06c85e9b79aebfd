/** The script `quote.js`, loaded when a selection in the reader first shows its toolbar (see shared/lazy.ts). */
import { register } from '../shared/lazy.js';
import { highlightsForClipboard, quoteForClipboard } from '../shared/quote-clipboard.js';

register('quote', { quoteForClipboard, highlightsForClipboard });
