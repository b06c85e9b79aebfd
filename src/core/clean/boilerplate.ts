import type { RemovalLog } from '../explain.js';

export function removeBoilerplate(root: Element, log: RemovalLog): void {
  void root;
  void log;
}
