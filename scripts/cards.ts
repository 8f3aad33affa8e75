// Draws each article's link preview picture (lib/content/card-image.ts): the headline in Arabic and English
// on a 1200×630 card, in the reader's faces. The browser draws it because it shapes Arabic correctly.
// Run after changing a headline (the loader rejects a card made for another one), and commit the PNG.
// Usage: npm run cards
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CARD_PATTERN, CARD_SIZE, cardImageName } from '@/lib/content/card-image';
import { articleFileSchema } from '@/lib/content/schema';
import en from '@/messages/en.json';
import ar from '@/messages/ar.json';
import { browserExecutable } from './browser';

const articlesDir = path.resolve('content/articles');
const fontDir = path.resolve('node_modules/@fontsource/noto-naskh-arabic/files');
const arabicBold = readFileSync(path.join(fontDir, 'noto-naskh-arabic-arabic-700-normal.woff2')).toString('base64');

// Colours and faces from app/globals.css (light theme). Text is filled in below as text, never as markup.
const page = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  @font-face { font-family: Naskh; font-weight: 700; src: url(data:font/woff2;base64,${arabicBold}) format('woff2'); }
  * { margin: 0; box-sizing: border-box; }
  body { width: ${CARD_SIZE.width}px; height: ${CARD_SIZE.height}px; background: #fbfaf7; color: #1d1b18;
    font-family: system-ui, sans-serif; display: flex; flex-direction: column; padding: 56px 72px;
    border-top: 14px solid #0b6e69; }
  header { display: flex; justify-content: space-between; align-items: baseline; color: #55504a; font-size: 26px; }
  .mark { color: #1d1b18; font-weight: 700; font-size: 40px; }
  .mark [lang=ar] { color: #0b6e69; font-family: Naskh; margin-inline-end: 12px; }
  main { flex: 1; display: flex; flex-direction: column; justify-content: center; gap: 28px; }
  h1 { font-family: Naskh; font-size: 66px; line-height: 1.45; font-weight: 700; }
  p { font-family: Charter, 'Bitstream Charter', Cambria, Georgia, serif; font-size: 44px; line-height: 1.25;
    font-weight: 600; }
  footer { border-top: 2px solid #e3ded5; padding-top: 20px; display: flex; justify-content: space-between;
    color: #55504a; font-size: 26px; }
  footer [lang=ar] { font-family: Naskh; }
</style></head>
<body>
  <header><span class="mark"><span lang="ar" data-fill="nameAr"></span><span data-fill="nameEn"></span></span></header>
  <main><h1 lang="ar" dir="rtl" data-fill="headlineAr"></h1><p lang="en" data-fill="headlineEn"></p></main>
  <footer><span data-fill="taglineEn"></span><span lang="ar" dir="rtl" data-fill="taglineAr"></span></footer>
</body></html>`;

const browser = await chromium.launch({ executablePath: browserExecutable() });
const tab = await browser.newPage({ viewport: CARD_SIZE, deviceScaleFactor: 1 });
for (const slug of readdirSync(articlesDir).sort()) {
  const dir = path.join(articlesDir, slug);
  const { headline } = articleFileSchema.parse(JSON.parse(readFileSync(path.join(dir, 'article.json'), 'utf8')));
  const texts = {
    nameAr: ar.Metadata.siteName,
    nameEn: en.Metadata.siteName,
    headlineAr: headline.ar,
    headlineEn: headline.en,
    taglineEn: en.SiteHeader.tagline,
    taglineAr: ar.SiteHeader.tagline,
  };
  await tab.setContent(page);
  await tab.evaluate((fills) => {
    for (const element of document.querySelectorAll<HTMLElement>('[data-fill]')) {
      element.textContent = fills[element.dataset.fill as keyof typeof fills];
    }
    return document.fonts.ready;
  }, texts);
  for (const old of readdirSync(dir).filter((entry) => CARD_PATTERN.test(entry))) rmSync(path.join(dir, old));
  const file = path.join(dir, cardImageName(headline));
  writeFileSync(file, await tab.screenshot({ type: 'png' }));
  console.log(path.relative(process.cwd(), file));
}
await browser.close();
