import type { Snapshot } from '../archives/types.js';
import type { RemovalLog } from '../explain.js';
import type { PageIndex } from '../page-index.js';

export function removeBoilerplate(index: PageIndex, skip: Map<Element, string>, log: RemovalLog, snapshot: Snapshot): void {
  void index;
  void skip;
  void log;
  void snapshot;
}
