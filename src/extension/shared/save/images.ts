/**
 * Fetches an article's images for a saved copy, from the addresses the article has: on archive.today the
 * archive's own image hosts (`https://<shard>.archive.ph/<ID>/<sha1>.<ext>` and the other mirrors), for which
 * the extension holds host permissions. Limits keep a hostile or broken page from filling memory: a cap per
 * image and in total, a timeout, and a few requests at a time. An image that fails maps to null, and every
 * format shows a visible placeholder in its place; saving never fails for an image.
 */
import { sniffImageType, type ImageBytes } from '../../../formats/image-type.js';

interface ImageLimits {
  /** Bytes per image. */
  maxImageBytes: number;
  /** Bytes for all images together; images beyond it are left out. */
  maxTotalBytes: number;
  /** Per image, from request to the last byte. */
  timeoutMs: number;
  /** Requests at a time. */
  concurrency: number;
}

const IMAGE_LIMITS: Readonly<ImageLimits> = {
  maxImageBytes: 15 * 1024 * 1024,
  maxTotalBytes: 80 * 1024 * 1024,
  timeoutMs: 20_000,
  concurrency: 4,
};

export interface FetchImagesOptions {
  limits?: Partial<ImageLimits>;
  /** Called after each image, fetched or not: (done, total). */
  onProgress?: (done: number, total: number) => void;
  fetch?: typeof fetch;
}

class TooLarge extends Error {}

/** The body's bytes, stopping (and cancelling the transfer) as soon as it exceeds `max`. */
async function readCapped(response: Response, max: number, reserve: (n: number) => boolean): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLarge();
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > max || !reserve(bytes.length)) throw new TooLarge();
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > max || !reserve(value.length)) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
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

/** Original `src` → bytes (with the type the bytes really are), or null when the image could not be saved. */
export async function fetchImages(
  urls: readonly string[],
  opts: FetchImagesOptions = {},
): Promise<Map<string, ImageBytes | null>> {
  const limits = { ...IMAGE_LIMITS, ...opts.limits };
  const fetchImpl = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const unique = [...new Set(urls)];
  const out = new Map<string, ImageBytes | null>();
  let total = 0;
  let done = 0;
  const reserve = (n: number): boolean => {
    if (total + n > limits.maxTotalBytes) return false;
    total += n;
    return true;
  };

  const one = async (src: string): Promise<ImageBytes | null> => {
    if (!/^https?:\/\//i.test(src)) return null;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
    let counted = 0;
    try {
      const response = await fetchImpl(src, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'follow',
        signal: controller.signal,
      });
      if (!response.ok) return null;
      const bytes = await readCapped(response, limits.maxImageBytes, (n) => {
        const ok = reserve(n);
        if (ok) counted += n;
        return ok;
      });
      const type = sniffImageType(bytes);
      if (!type) {
        total -= counted; // not an image after all: its bytes are not kept
        return null;
      }
      return { bytes, mediaType: type };
    } catch {
      total -= counted;
      return null;
    } finally {
      clearTimeout(timer);
    }
  };

  const queue = [...unique];
  opts.onProgress?.(0, unique.length);
  const worker = async (): Promise<void> => {
    for (let src = queue.shift(); src !== undefined; src = queue.shift()) {
      out.set(src, await one(src));
      opts.onProgress?.(++done, unique.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limits.concurrency, unique.length)) }, worker));
  // Reading order, whatever order the answers came in.
  return new Map(unique.map((src) => [src, out.get(src) ?? null]));
}
