// Launching the built extension in headless Debian Chromium (playwright-core) for the browser suites: request
// routing that plays the archive, a dead proxy behind it, the popup opened as a tab for a given page, an optional
// downloads folder the extension's downloads land in under their own names, and a switch that blocks the network
// and counts every request still attempted.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR } from './fixture.mjs';
import { localPath, startServer } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** How long the archive tab is left alone before the popup opens: a person takes longer to reach the button. */
export const SETTLE_MS = 600;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Whatever routing does not answer goes to a dead proxy instead of the internet.
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=127.0.0.1;localhost',
];

/**
 * @param {{ downloads?: boolean, extensionDir?: string, pages?: object, language?: string }} [options] pages: more
 *   archive pages for the test server (see startServer). downloads: make `chrome.downloads` write into a
 *   fresh folder (`downloadsDir`) with the extension's file names (profile preference + `Browser.setDownloadBehavior
 *   default`). extensionDir: load another build of the extension (default: dist/extension-test). language: the
 *   browser's interface language as a `_locales` folder name (`de`, `pt_BR`), which `chrome.i18n` then speaks.
 */
export async function launchChromium({ downloads = false, extensionDir = EXTENSION_DIR, pages, language } = {}) {
  const server = await startServer({ pages });
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'archive-reader-chromium-'));
  let downloadsDir = null;
  if (downloads) {
    downloadsDir = await mkdtemp(path.join(os.tmpdir(), 'archive-reader-downloads-'));
    await mkdir(path.join(userDataDir, 'Default'), { recursive: true });
    await writeFile(
      path.join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({
        download: { default_directory: downloadsDir, prompt_for_download: false, directory_upgrade: true },
      }),
    );
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(language ? [`--lang=${language.replace('_', '-')}`] : []),
    ],
    // Chromium on Linux takes its interface language from the environment; --lang alone is not always enough.
    ...(language
      ? {
          env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` },
          locale: language.replace('_', '-'),
        }
      : {}),
  });
  // Granted context-wide: granting to the chrome-extension:// origin fails ("opaque origin").
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  /** Fetches what the route asks for from the test server; anything else on the network is refused. */
  const routeToTestServer = async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    const local = localPath(url);
    if (!local) return route.abort('blockedbyclient');
    const response = await fetch(server.origin + local);
    const csp = response.headers.get('content-security-policy');
    return route.fulfill({
      status: response.status,
      headers: {
        'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
        ...(csp ? { 'content-security-policy': csp } : {}),
      },
      body: Buffer.from(await response.arrayBuffer()),
    });
  };
  const ROUTED = /^https?:\/\//;
  await context.route(ROUTED, routeToTestServer);

  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const firstPage = context.pages()[0] ?? (await context.newPage());
  if (downloads) {
    const cdp = await context.newCDPSession(firstPage);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  }

  const extensionUrl = (file) => `chrome-extension://${extensionId}/${file}`;
  const tabIdOf = (url) => worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);

  /** The popup, opened as a tab (360 px wide) for the tab showing `url` (or the tab with id `knownTabId`). */
  async function openPopupFor(url, knownTabId) {
    const tabId = knownTabId ?? (await tabIdOf(url));
    assert.ok(tabId, `no tab for ${url}`);
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 240 });
    await page.goto(extensionUrl(`popup.html?tabId=${tabId}`));
    return page;
  }

  /**
   * Runs `action`, then waits for the reader tab it opens and for it to be ready: with the article (its address
   * becomes `?id=…` once it is stored) or with the reason there is none.
   */
  async function nextReaderPage(action) {
    const opened = context.waitForEvent('page', { timeout: 10_000 });
    await action();
    const page = await opened;
    await page.waitForURL(/\/reader\.html\?(?:id|tab)=/);
    await page.waitForSelector('html[data-ready="true"]');
    return page;
  }

  /** From now on every http(s) request is refused, and recorded in the returned array. */
  async function blockNetwork() {
    const attempts = [];
    await context.unroute(ROUTED, routeToTestServer);
    const refuse = (route) => {
      attempts.push(route.request().url());
      return route.abort('internetdisconnected');
    };
    await context.route(ROUTED, refuse);
    await context.setOffline(true);
    return {
      attempts,
      restore: async () => {
        await context.setOffline(false);
        await context.unroute(ROUTED, refuse);
        await context.route(ROUTED, routeToTestServer);
      },
    };
  }

  async function close() {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
    if (downloadsDir) await rm(downloadsDir, { recursive: true, force: true });
  }

  return {
    server,
    context,
    worker,
    extensionId,
    downloadsDir,
    firstPage,
    extensionUrl,
    tabIdOf,
    openPopupFor,
    nextReaderPage,
    blockNetwork,
    close,
  };
}
