import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImageBytes } from '../formats/image-type.js';

const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
const TIMEOUT_MS = 8000;

/**
 * Gets the bytes of each image for a saved copy: files next to the input (an archive's ".zip" download keeps
 * them there), and, unless offline, the archive's image addresses. An image that cannot be reached maps to
 * null; saving then keeps it as a link with a note — it never fails for want of the network.
 */
export async function loadImages(urls: readonly string[], inputPath: string | null, offline: boolean): Promise<Map<string, ImageBytes | null>> {
  const out = new Map<string, ImageBytes | null>();
  const queue = [...new Set(urls)];
  const worker = async () => {
    for (let src = queue.shift(); src !== undefined; src = queue.shift()) out.set(src, await loadOne(src, inputPath, offline));
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return out;
}

async function loadOne(src: string, inputPath: string | null, offline: boolean): Promise<ImageBytes | null> {
  try {
    if (src.startsWith('file:')) return fromFile(fileURLToPath(src));
    if (!/^https?:/i.test(src)) return inputPath ? fromFile(path.resolve(path.dirname(inputPath), src)) : null;
    if (offline) return null;
    const res = await fetch(src, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
    if (!res.ok) return null;
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > MAX_IMAGE_BYTES) return null;
    return { bytes, mediaType: res.headers.get('content-type') ?? '' };
  } catch {
    return null;
  }
}

async function fromFile(file: string): Promise<ImageBytes | null> {
  const bytes = new Uint8Array(await readFile(file));
  return bytes.length > MAX_IMAGE_BYTES ? null : { bytes, mediaType: '' };
}

export function toDataUri(image: ImageBytes | null, sniffed: string | null): string | null {
  if (!image || !sniffed) return null;
  return `data:${sniffed};base64,${Buffer.from(image.bytes).toString('base64')}`;
}
