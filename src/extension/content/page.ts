/**
 * The content script injected, on the user's request (activeTab), into any other page: every archive service
 * and the ordinary-page reader with its head metadata (JSON-LD, meta tags).
 */
import { ADAPTERS } from '../../core/archives/index.js';
import { readHead } from '../../core/metadata/head.js';
import { startContentScript } from './start.js';

startContentScript({ adapters: ADAPTERS, readHead });
