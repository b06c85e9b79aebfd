/** The content script declared for the archive.today mirrors: the archive.today adapter only (size budget). */
import { archiveToday } from '../../core/archives/archive-today.js';
import { startContentScript } from './start.js';

startContentScript({ adapters: [archiveToday] });
