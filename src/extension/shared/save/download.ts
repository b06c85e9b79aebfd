/**
 * Hands a file to the browser's downloads with the article's file name (`downloads` permission). Pages (popup,
 * reader, library) pass a blob: URL; a context without `URL.createObjectURL` (Chrome's service worker) would
 * pass a data: URL. Resolves when the file is written, so the page can say where it went.
 */
import browser from 'webextension-polyfill';
import { bytesToBase64 } from '../../../formats/base64.js';

export class DownloadError extends Error {
  override readonly name = 'DownloadError';
}

/** How long to wait for the browser to finish writing before reporting the download as started. */
const WAIT_MS = 60_000;

async function urlFor(blob: Blob): Promise<{ url: string; revoke: () => void }> {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(blob);
    return { url, revoke: () => URL.revokeObjectURL(url) };
  }
  const data = bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
  return { url: `data:${blob.type || 'application/octet-stream'};base64,${data}`, revoke: () => undefined };
}

export interface Downloaded {
  /** The name the file got (the browser may add " (1)" when one exists already). */
  fileName: string;
  complete: boolean;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

function waitFor(id: number, requested: string): Promise<Downloaded> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      browser.downloads.onChanged.removeListener(listener);
      fn();
    };
    const check = async (): Promise<void> => {
      const [item] = await browser.downloads.search({ id });
      if (!item) return finish(() => reject(new DownloadError('the download disappeared')));
      if (item.state === 'complete')
        finish(() => resolve({ fileName: baseName(item.filename) || requested, complete: true }));
      else if (item.state === 'interrupted') finish(() => reject(new DownloadError(item.error ?? 'interrupted')));
    };
    const listener = (delta: { id: number; state?: unknown }): void => {
      if (delta.id === id && delta.state) check().catch((error: unknown) => finish(() => reject(error)));
    };
    const timer = setTimeout(() => finish(() => resolve({ fileName: requested, complete: false })), WAIT_MS);
    browser.downloads.onChanged.addListener(listener);
    check().catch((error: unknown) => finish(() => reject(error)));
  });
}

/** Saves `blob` as `fileName` in the downloads folder, without asking where. */
export async function downloadBlob(blob: Blob, fileName: string): Promise<Downloaded> {
  const { url, revoke } = await urlFor(blob);
  let result: Downloaded | null = null;
  try {
    const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    result = await waitFor(id, fileName);
    return result;
  } catch (error) {
    throw error instanceof DownloadError
      ? error
      : new DownloadError(error instanceof Error ? error.message : String(error));
  } finally {
    // Once the download completed (or failed) the browser has read the URL; one still running keeps it until
    // this page closes.
    if (!result || result.complete) setTimeout(revoke, 1000);
  }
}
