/**
 * The script `copy.js`: the popup's Copy with the sanitiser and Markdown converter it needs — three quarters of the
 * popup's code. The popup loads it after its preview is on screen (see shared/lazy.ts), not before.
 */
import { copyArticle } from '../popup/copy.js';
import { register } from '../shared/lazy.js';

register('copy', { copyArticle });
