// Screenshots of Jisr's pages at desktop and phone widths, for reviewing layout and Arabic shaping.
// Usage: npm run screenshots -- [baseUrl] [outDir] [path ...]   (with the app running)
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { browserExecutable } from './browser';

const [baseUrl = 'http://localhost:3000', outDir = '.screenshots', ...paths] = process.argv.slice(2);
const slug = 'damascus-baghdad-security-coordination';
const pages = paths.length ? paths : ['/en', '/ar', `/en/articles/${slug}`, `/ar/articles/${slug}/3-5`];
const widths = { desktop: 1280, mobile: 390 };

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: browserExecutable() });
for (const [device, width] of Object.entries(widths)) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, hasTouch: device === 'mobile' });
  const page = await context.newPage();
  for (const pagePath of pages) {
    await page.goto(baseUrl + pagePath);
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(outDir, `${device}${pagePath.replace(/[/#?=&]/g, '_')}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
  await context.close();
}
await browser.close();
