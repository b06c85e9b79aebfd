/**
 * The content script declared for Wayback Machine snapshots (web.archive.org/web/…): the Wayback adapter and the
 * reader of the publisher's own head, which a Wayback capture keeps (size budget: nothing else).
 */
import { waybackLive } from '../../core/archives/wayback.js';
import { readHead } from '../../core/metadata/head.js';
import { startContentScript } from './start.js';

startContentScript({ adapters: [waybackLive], readHead });
