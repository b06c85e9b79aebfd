/**
 * The script `verify.js`, loaded when Verify is first pressed (see shared/lazy.ts): the comparison, the word diff
 * and the report. The extraction core is not in it: the reader hands in its own (see verify/run.ts).
 */
import { register } from '../shared/lazy.js';
import { runVerify } from '../verify/verify-ui.js';

register('verify', { runVerify });
