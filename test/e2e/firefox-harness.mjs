// The built extension in headless Firefox ESR (puppeteer-core over WebDriver BiDi), installed as a temporary add-on,
// with archive addresses served from the local test server by request interception: what every Firefox suite shares.
// Usage: `const firefox = firefoxSession();` at the top of a suite, `await firefox.launch()` in its `before`, and
// `await firefox.close()` in its `after`; the page helpers can be taken from the session before it is launched.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import puppeteer from 'puppeteer-core';
import { EXTENSION_DIR, GECKO_ID, poll } from './fixture.mjs';
import { localPath, startServer } from './server.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** Preferences that send the extension's downloads, under their own names and without a dialog, to `dir`. */
export const downloadsTo = (dir) => ({
  'browser.download.folderList': 2,
  'browser.download.dir': dir,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
});

export function firefoxSession() {
  // A known moz-extension origin for the temporary add-on, so the tests know its pages' addresses.
  const uuid = randomUUID();
  const session = { server: null, browser: null, helper: null };
  const intercepted = new WeakSet();
  /** The suite's own answers (a fake remote service), asked before the test server: see `launch`. */
  let answer = async () => null;

  const extensionUrl = (file) => `moz-extension://${uuid}/${file}`;

  /** Serves archive addresses from the test server; every other request off this machine is refused. */
  async function intercept(page) {
    // Pages opened here are also announced as new targets: one handler per page.
    if (intercepted.has(page)) return;
    intercepted.add(page);
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      const url = request.url();
      const { origin } = session.server;
      if (!/^https?:/.test(url) || url.startsWith(origin)) return request.continue();
      const own = await answer(url, request);
      if (own) {
        if ('abort' in own) return request.abort();
        return request.respond({
          status: own.status,
          headers: own.headers,
          contentType: own.headers['content-type'],
          body: own.body,
        });
      }
      const local = localPath(url);
      if (!local) return request.abort();
      const response = await fetch(origin + local);
      await request.respond({
        status: response.status,
        contentType: response.headers.get('content-type') ?? 'application/octet-stream',
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
  }

  /** Puppeteer's goto never resolves for moz-extension:// (the tab changes process): start it and poll. */
  async function gotoExtensionPage(page, file) {
    const url = extensionUrl(file);
    page.goto(url).catch(() => undefined);
    await poll(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), {
      what: file,
    });
  }

  /** Open reader tabs. Puppeteer keeps reporting about:blank for moz-extension pages, so ask each page. */
  async function readerPages() {
    const pages = await session.browser.pages();
    const hrefs = await Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => '')));
    return pages.filter((_, i) => hrefs[i].startsWith(extensionUrl('reader.html')));
  }

  /** Runs `action`, then waits for a reader tab that was not open before and for its article. */
  async function nextReaderPage(action) {
    const before = new Set(await readerPages());
    await action();
    const page = await poll(async () => (await readerPages()).find((p) => !before.has(p)), {
      what: 'a new reader tab',
    });
    await poll(() => page.evaluate(() => document.documentElement.dataset.ready === 'true'), { what: 'the reader' });
    return page;
  }

  /**
   * Starts the server (with `serve`, startServer's options) and Firefox (with `prefs` over the common ones),
   * installs the extension (the build in `extensionDir`) and opens `helper`, an extension page that reaches the
   * WebExtension API (tabs, storage, the background). `respond(url, request)`, when given, answers a request
   * first: `{ status, headers, body }`, `{ abort: true }` (no connection), or null to leave it to the test server.
   */
  async function launch({ prefs = {}, serve, extensionDir = EXTENSION_DIR, respond } = {}) {
    if (respond) answer = respond;
    session.server = await startServer(serve);
    session.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // BiDi refuses moz-extension:// navigation without it.
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        // Whatever interception does not answer goes to a dead proxy instead of the internet.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
        ...prefs,
      },
    });
    // Tabs the extension opens (the reader) load archived images too: serve those as well.
    session.browser.on('targetcreated', (target) => {
      target
        .page()
        .then((page) => page && intercept(page))
        .catch(() => undefined);
    });
    assert.equal(await session.browser.installExtension(extensionDir), GECKO_ID);
    session.helper = await session.browser.newPage();
    await gotoExtensionPage(session.helper, 'options.html');
    return session;
  }

  async function close() {
    await session.browser?.close();
    await session.server?.close();
  }

  return { launch, close, extensionUrl, intercept, gotoExtensionPage, readerPages, nextReaderPage };
}
