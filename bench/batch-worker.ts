/** The batch worker as `npm run bench:batch` runs it: the command's own worker, with its heap recorded. */
// Module order matters: the probe wraps postMessage before the worker posts its first message.
import './batch-worker-probe.js';
import '../src/cli/batch/worker.js';
