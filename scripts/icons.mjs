// Renders icons/icon.svg into the PNG sizes the stores and browsers ask for (16, 32, 48, 96, 128), with the
// installed Chromium, so the PNGs always match the one source drawing. Run: node scripts/icons.mjs
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const dir = path.resolve('icons');
const svg = await readFile(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const data = Buffer.from(svg).toString('base64');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style>` +
        `<img src="data:image/svg+xml;base64,${data}">`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    await page.screenshot({ path: path.join(dir, `icon-${size}.png`), omitBackground: true });
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
