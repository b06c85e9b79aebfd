import { archiveToday } from './archive-today.js';
import { noArchive } from './none.js';
import type { ArchiveAdapter, Snapshot } from './types.js';
import { wayback } from './wayback-markers.js';

/** Archive services in the order they are tried; the ordinary-page adapter always answers last. */
export const ADAPTERS: readonly ArchiveAdapter[] = [archiveToday, wayback, noArchive];

export function openSnapshot(doc: Document, url: string): Snapshot | null {
  for (const adapter of ADAPTERS) {
    const snapshot = adapter.open(doc, url);
    if (snapshot) return snapshot;
  }
  return null;
}

export type { Snapshot, ArchiveAdapter } from './types.js';
