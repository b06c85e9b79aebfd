import { describe, expect, test } from 'vitest';
import { fetchImages } from '../../../src/extension/shared/save/images.js';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (size = 16): Uint8Array => Uint8Array.from({ length: size }, (_, i) => PNG[i] ?? i % 251);

type Handler = (url: string, init: RequestInit) => Promise<Response>;

function fakeFetch(handler: Handler): {
  fetch: typeof fetch;
  seen: { url: string; init: RequestInit }[];
  maxInFlight: () => number;
} {
  const seen: { url: string; init: RequestInit }[] = [];
  let inFlight = 0;
  let max = 0;
  const fetchImpl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    seen.push({ url, init });
    inFlight++;
    max = Math.max(max, inFlight);
    try {
      return await handler(url, init);
    } finally {
      inFlight--;
    }
  }) as typeof fetch;
  return { fetch: fetchImpl, seen, maxInFlight: () => max };
}

const ok = (bytes: Uint8Array, headers: Record<string, string> = {}): Response =>
  new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers });
const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('fetching images for a saved copy', () => {
  test('images come back in reading order, typed by their bytes, with progress after each', async () => {
    const { fetch, seen } = fakeFetch(async (url) => {
      await delay(url.endsWith('1.jpg') ? 20 : 1);
      return ok(png(), { 'content-type': 'image/jpeg' }); // mislabelled: the bytes are a PNG
    });
    const progress: string[] = [];
    const urls = ['https://a.archive.ph/X/1.jpg', 'https://b.archive.ph/X/2.jpg', 'https://a.archive.ph/X/1.jpg'];
    const images = await fetchImages(urls, { fetch, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect([...images.keys()]).toEqual(['https://a.archive.ph/X/1.jpg', 'https://b.archive.ph/X/2.jpg']);
    expect([...images.values()].map((image) => image?.mediaType)).toEqual(['image/png', 'image/png']);
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  test('failures become null: an error status, a network error, bytes that are no image, an address that is no http(s)', async () => {
    const { fetch, seen } = fakeFetch(async (url) => {
      if (url.includes('404')) return new Response('gone', { status: 404 });
      if (url.includes('down')) throw new TypeError('Failed to fetch');
      if (url.includes('svg')) return ok(new TextEncoder().encode('<svg onload="alert(1)"/>'));
      return ok(png());
    });
    const images = await fetchImages(
      [
        'https://a.archive.ph/404.png',
        'https://a.archive.ph/down.png',
        'https://a.archive.ph/x.svg',
        'data:image/png;base64,AAAA',
        'https://a.archive.ph/fine.png',
      ],
      { fetch },
    );
    expect([...images.values()].map((image) => image !== null)).toEqual([false, false, false, false, true]);
    expect(seen.map((s) => s.url)).not.toContain('data:image/png;base64,AAAA');
  });

  test('an image over the size cap is refused, by its declared length or while it streams', async () => {
    const { fetch } = fakeFetch(async (url) => {
      if (url.includes('declared')) return ok(png(10), { 'content-length': '5000' });
      if (url.includes('streamed')) return ok(png(5000));
      return ok(png(100));
    });
    const images = await fetchImages(
      ['https://a.archive.ph/declared.png', 'https://a.archive.ph/streamed.png', 'https://a.archive.ph/small.png'],
      { fetch, limits: { maxImageBytes: 1000 } },
    );
    expect([...images.values()].map((image) => image?.bytes.length ?? null)).toEqual([null, null, 100]);
  });

  test('the total cap leaves out what does not fit, and a refused image does not count against it', async () => {
    const { fetch } = fakeFetch(async (url) => ok(png(url.includes('big') ? 600 : 300)));
    const images = await fetchImages(
      ['https://a.archive.ph/big1.png', 'https://a.archive.ph/big2.png', 'https://a.archive.ph/small.png'],
      {
        fetch,
        limits: { maxTotalBytes: 1000, concurrency: 1 },
      },
    );
    expect([...images.values()].map((image) => image?.bytes.length ?? null)).toEqual([600, null, 300]);
  });

  test('a slow image times out; the others are kept', async () => {
    const { fetch } = fakeFetch(
      (url, init) =>
        new Promise((resolve, reject) => {
          if (!url.includes('slow')) return resolve(ok(png()));
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const started = Date.now();
    const images = await fetchImages(['https://a.archive.ph/slow.png', 'https://a.archive.ph/quick.png'], {
      fetch,
      limits: { timeoutMs: 50 },
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect([...images.values()].map((image) => image !== null)).toEqual([false, true]);
  });

  test('no more than `concurrency` requests at a time', async () => {
    const { fetch, maxInFlight } = fakeFetch(async () => {
      await delay(5);
      return ok(png());
    });
    const urls = Array.from({ length: 12 }, (_, i) => `https://a.archive.ph/X/${i}.png`);
    const images = await fetchImages(urls, { fetch, limits: { concurrency: 3 } });
    expect(images.size).toBe(12);
    expect(maxInFlight()).toBe(3);
  });

  test('nothing to fetch', async () => {
    const progress: string[] = [];
    expect((await fetchImages([], { onProgress: (d, t) => progress.push(`${d}/${t}`) })).size).toBe(0);
    expect(progress).toEqual(['0/0']);
  });
});
