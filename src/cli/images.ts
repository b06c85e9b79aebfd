import { lookup } from 'node:dns/promises';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImageBytes } from '../formats/image-type.js';

const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
/** All images of one save together; beyond it the rest stay links. */
const MAX_TOTAL_BYTES = 80 * 1024 * 1024;
const TIMEOUT_MS = 8000;
const MAX_REDIRECTS = 3;

export interface ImageLoadOptions {
  offline: boolean;
  /**
   * Fetch from private, loopback and link-local addresses too (`--allow-private-hosts`). Off by default: the page
   * names the addresses, and a hostile one could otherwise make the command probe the user's own network.
   */
  allowPrivate?: boolean;
}

/**
 * Gets the bytes of each image for a saved copy: files next to the input (an archive's ".zip" download keeps
 * them there), and, unless offline, the archive's image addresses, read as a stream under a per-image and a total
 * cap. An image that cannot be reached maps to null; saving then keeps it as a link with a note — it never fails
 * for want of the network.
 */
export async function loadImages(
  urls: readonly string[],
  inputPath: string | null,
  opts: ImageLoadOptions,
): Promise<Map<string, ImageBytes | null>> {
  const out = new Map<string, ImageBytes | null>();
  const queue = [...new Set(urls)];
  const budget = { left: MAX_TOTAL_BYTES };
  const worker = async () => {
    for (let src = queue.shift(); src !== undefined; src = queue.shift())
      out.set(src, await loadOne(src, inputPath, opts, budget));
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return out;
}

async function loadOne(
  src: string,
  inputPath: string | null,
  opts: ImageLoadOptions,
  budget: { left: number },
): Promise<ImageBytes | null> {
  try {
    if (src.startsWith('file:')) return fromFile(fileURLToPath(src));
    if (!/^https?:/i.test(src)) return inputPath ? fromFile(path.resolve(path.dirname(inputPath), src)) : null;
    if (opts.offline) return null;
    return await fromNetwork(src, opts.allowPrivate === true, budget);
  } catch {
    return null;
  }
}

/** Follows redirects itself, so that every address on the way is checked, not only the first. */
async function fromNetwork(src: string, allowPrivate: boolean, budget: { left: number }): Promise<ImageBytes | null> {
  let address = src;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!allowPrivate && (await isPrivateHost(new URL(address).hostname))) return null;
    const res = await fetch(address, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'manual' });
    const next = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && next) {
      await res.body?.cancel();
      address = new URL(next, address).href;
      continue;
    }
    if (!res.ok) return null;
    const bytes = await readCapped(res, budget);
    return bytes ? { bytes, mediaType: res.headers.get('content-type') ?? '' } : null;
  }
  return null;
}

/** The body, stopping (and cancelling the transfer) past the per-image cap or the save's remaining budget. */
async function readCapped(res: Response, budget: { left: number }): Promise<Uint8Array | null> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > Math.min(MAX_IMAGE_BYTES, budget.left)) {
    await res.body?.cancel();
    return null;
  }
  if (!res.body) return null;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > MAX_IMAGE_BYTES || value.length > budget.left) {
      await reader.cancel();
      return null;
    }
    budget.left -= value.length;
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** True when `host` is, or resolves to, a loopback, private, link-local or otherwise non-public address. */
export async function isPrivateHost(host: string): Promise<boolean> {
  const bare = host.replace(/^\[|\]$/g, '');
  const addresses = isIP(bare) ? [bare] : (await lookup(bare, { all: true })).map((a) => a.address);
  return addresses.length === 0 || addresses.some(isPrivateAddress);
}

export function isPrivateAddress(address: string): boolean {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)$/i.exec(address);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b < 128) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b < 32) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  const v6 = address.toLowerCase();
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || /^ff/.test(v6);
}

async function fromFile(file: string): Promise<ImageBytes | null> {
  const bytes = new Uint8Array(await readFile(file));
  return bytes.length > MAX_IMAGE_BYTES ? null : { bytes, mediaType: '' };
}
