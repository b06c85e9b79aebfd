/**
 * Where the reader keeps an article's highlights: with the article in the library when it was opened from there,
 * otherwise in `storage.session` under the snapshot's address (memory only, forgotten when the browser closes,
 * like the article itself), so reopening the same snapshot in any reader tab shows them again.
 */
import browser, { type Storage } from 'webextension-polyfill';
import type { Article, Highlight } from '../../article.js';
import { Library } from '../shared/library/store.js';
import { validateHighlights } from '../shared/library/validate.js';

export interface HighlightStore {
  load(): Promise<Highlight[]>;
  save(highlights: readonly Highlight[]): Promise<void>;
}

function sessionArea(): Storage.StorageArea | null {
  return (browser.storage as { session?: Storage.StorageArea }).session ?? null;
}

/** The key of a snapshot's highlights: its address (the original's for an ordinary page), else none. */
function sessionKey(article: Article): string | null {
  const { source } = article;
  const address = source.archiveUrl ?? source.archiveShortUrl ?? source.originalUrl;
  return address ? `highlights:${address}` : null;
}

function libraryStore(id: string): HighlightStore {
  const withLibrary = async <T>(work: (library: Library) => Promise<T>): Promise<T> => {
    const library = await Library.open();
    try {
      return await work(library);
    } finally {
      library.close();
    }
  };
  return {
    load: () => withLibrary(async (library) => (await library.record(id))?.article.highlights ?? []),
    save: async (highlights) => {
      await withLibrary((library) => library.setHighlights(id, highlights));
    },
  };
}

function sessionStore(key: string | null): HighlightStore {
  const area = sessionArea();
  return {
    load: async () => {
      if (!area || !key) return [];
      // Written by this extension's own pages, but read as untrusted all the same: a damaged entry is no highlights.
      return validateHighlights((await area.get(key))[key]) ?? [];
    },
    save: async (highlights) => {
      if (!area || !key) return; // nowhere to keep them: they last as long as the page
      if (highlights.length) await area.set({ [key]: highlights });
      else await area.remove(key);
    },
  };
}

/** The store for the article shown: the library record `libraryId`, or the session under the snapshot's address. */
export function highlightStore(article: Article, libraryId: string | null): HighlightStore {
  return libraryId ? libraryStore(libraryId) : sessionStore(sessionKey(article));
}
