/** The script `save.js`, loaded when Save is first pressed (see shared/lazy.ts). */
import { register } from '../shared/lazy.js';
import { runSave } from '../shared/save/save-ui.js';

register('save', { runSave });
