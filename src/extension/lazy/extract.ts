/**
 * The script `extract.js`: the extraction core (shared/extract-copy.ts). Loaded by a page when it reads a tab or a
 * copy, and not before (see shared/lazy.ts): the popup shows a kept reading without it.
 */
import { extractFromCopy } from '../shared/extract-copy.js';
import { register } from '../shared/lazy.js';

register('extract', { extractFromCopy });
