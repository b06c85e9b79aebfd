import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress, isPrivateHost, loadImages } from '../../../src/cli/images.js';

/** The command line's image fetcher for saved files (cli/images.ts): addresses come from an untrusted page. */

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/huge.png') {
      // No length announced: the cap must hold while the bytes arrive.
      res.writeHead(200, { 'content-type': 'image/png' });
      const chunk = Buffer.alloc(1024 * 1024);
      let sent = 0;
      const more = (): void => {
        while (sent < 20 && res.write(chunk)) sent++;
        if (sent >= 20) res.end();
        else res.once('drain', more);
      };
      more();
      return;
    }
    res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('saving images from the command line', () => {
  it('refuses private, loopback and link-local addresses unless asked', async () => {
    const url = `${origin}/a.png`;
    expect((await loadImages([url], null, { offline: false })).get(url)).toBeNull();
    const allowed = (await loadImages([url], null, { offline: false, allowPrivate: true })).get(url);
    expect(allowed?.bytes.length).toBe(PNG.length);
  });

  it('stops reading an image past its cap, even when the server announces no length', async () => {
    const url = `${origin}/huge.png`;
    expect((await loadImages([url], null, { offline: false, allowPrivate: true })).get(url)).toBeNull();
  });

  it('knows which addresses are not public', async () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['93.184.216.34', '172.32.0.1', '2606:4700::1111']) expect(isPrivateAddress(a), a).toBe(false);
    expect(await isPrivateHost('localhost')).toBe(true);
    expect(await isPrivateHost('[::1]')).toBe(true);
  });
});
