/** The script `cite-panel.js`, loaded when Cite is first pressed (see shared/lazy.ts). */
import { buildCitePanel } from '../shared/cite-panel.js';
import { register } from '../shared/lazy.js';

register('cite', { buildCitePanel });
