import { archiveToday } from './archive-today.js';
import { noArchive } from './none.js';
import type { ArchiveAdapter } from './types.js';
import { wayback } from './wayback/adapter.js';

/** Archive services in the order they are tried; the ordinary-page adapter always answers last. */
export const ADAPTERS: readonly ArchiveAdapter[] = [archiveToday, wayback, noArchive];

export type { ArchiveAdapter } from './types.js';
