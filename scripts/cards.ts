// Draws each article's link preview pictures (lib/content/card-image.ts) on 1200×630 cards, in the reader's
// faces: the headline in Arabic and English, and each paragraph, as many of its sentences in both languages
// as fit. The browser draws them because it shapes Arabic correctly. Run after changing a headline or a
// paragraph's text (the loader rejects a card made for another text), and commit the PNGs. A card is named
// by the hash of its text, so only those whose text changed, or that the loader would refuse, are drawn
// again, and the others are left as they are (drawn on another machine, with other fonts, they would
// differ). `--all` draws every one: after a change to their design, or to the words on every card that come
// from messages/ (the site's name and tagline, "Paragraph n"), which their names do not hash.
// Usage: npm run cards [-- --all]
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CARD_PATTERN, CARD_SIZE, cardSubjects, readCard, withShownText, type CardSubject } from '@/lib/content/card-image';
import { articleFileSchema } from '@/lib/content/schema';
import { articleSlugs } from '@/lib/content/loader';
import { fill } from '@/lib/template';
import en from '@/messages/en.json';
import ar from '@/messages/ar.json';
import { browserExecutable } from './browser';

const articlesDir = path.resolve('content/articles');
const fontDir = path.resolve('node_modules/@fontsource/noto-naskh-arabic/files');
const arabicBold = readFileSync(path.join(fontDir, 'noto-naskh-arabic-arabic-700-normal.woff2')).toString('base64');

// Colours and faces from app/globals.css (light theme). Text is filled in below as text, never as markup.
// A headline card shows the headline large; a paragraph card (body.paragraph) its sentences, as many as fit.
const page = `<!doctype html>
<html><head><meta charset="utf-8">
<script>/* tsx names the functions of the code passed to the page through a helper of its own */ var __name = (f) => f;</script>
<style>
  @font-face { font-family: Naskh; font-weight: 700; src: url(data:font/woff2;base64,${arabicBold}) format('woff2'); }
  * { margin: 0; box-sizing: border-box; }
  body { width: ${CARD_SIZE.width}px; height: ${CARD_SIZE.height}px; background: #fbfaf7; color: #1d1b18;
    font-family: system-ui, sans-serif; display: flex; flex-direction: column; padding: 56px 72px;
    border-top: 14px solid #0b6e69; }
  header { display: flex; justify-content: space-between; align-items: baseline; color: #55504a; font-size: 26px; }
  .mark { color: #1d1b18; font-weight: 700; font-size: 40px; }
  .mark [lang=ar] { color: #0b6e69; font-family: Naskh; margin-inline-end: 12px; }
  .label [lang=ar] { font-family: Naskh; font-weight: 700; }
  .label [lang=en] { margin-inline-end: 14px; }
  main { flex: 1; min-height: 0; display: flex; flex-direction: column; justify-content: center; gap: 28px; }
  h1 { font-family: Naskh; font-size: 66px; line-height: 1.45; font-weight: 700; }
  p { font-family: Charter, 'Bitstream Charter', Cambria, Georgia, serif; font-size: 44px; line-height: 1.25;
    font-weight: 600; }
  .paragraph main { gap: 22px; }
  .paragraph h1 { font-size: 42px; line-height: 1.7; }
  .paragraph p { font-size: 29px; line-height: 1.4; font-weight: 500; }
  .paragraph h1, .paragraph p { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; flex-shrink: 0; }
  .paragraph h1 { -webkit-line-clamp: 3; }
  .paragraph p { -webkit-line-clamp: 3; }
  .paragraph.small h1 { font-size: 35px; -webkit-line-clamp: 4; }
  .paragraph.small p { font-size: 24px; -webkit-line-clamp: 4; }
  footer { border-top: 2px solid #e3ded5; padding-top: 20px; display: flex; justify-content: space-between;
    color: #55504a; font-size: 26px; }
  footer [lang=ar] { font-family: Naskh; }
</style></head>
<body>
  <header><span class="mark"><span lang="ar" data-fill="nameAr"></span><span data-fill="nameEn"></span></span>
    <span class="label"><span lang="en" data-fill="labelEn"></span><span lang="ar" dir="rtl" data-fill="labelAr"></span></span></header>
  <main><h1 lang="ar" dir="rtl" data-fill="ar"></h1><p lang="en" data-fill="en"></p></main>
  <footer><span data-fill="taglineEn"></span><span lang="ar" dir="rtl" data-fill="taglineAr"></span></footer>
</body></html>`;

type Fills = Record<string, string>;

/**
 * Fills the card in and, on a paragraph card, keeps the most whole sentences whose Arabic and English both
 * fit, so that the two languages show the same extent; a first sentence too long alone is set smaller, and
 * failing that both languages lose words from their ends in the same share. The picture carries the text it
 * shows, for its alt text.
 */
async function draw(tab: Page, fills: Fills, sentences: { ar: string; en: string }[], isParagraph: boolean): Promise<Buffer> {
  await tab.setContent(page);
  const shown = await tab.evaluate(
    async ({ fills, sentences, isParagraph }) => {
      document.body.classList.toggle('paragraph', isParagraph);
      const slots = [...document.querySelectorAll<HTMLElement>('[data-fill]')];
      for (const slot of slots) slot.textContent = fills[slot.dataset.fill!] ?? '';
      const [arabic, english] = [slots.find((slot) => slot.dataset.fill === 'ar')!, slots.find((slot) => slot.dataset.fill === 'en')!];
      arabic.textContent = sentences.map((s) => s.ar).join(' ');
      english.textContent = sentences.map((s) => s.en).join(' ');
      await document.fonts.ready;
      const drawn = () => ({ ar: arabic.textContent!, en: english.textContent! });
      if (!isParagraph) return drawn();
      const main = document.querySelector('main')!;
      const fits = () =>
        [arabic, english].every((element) => element.scrollHeight <= element.clientHeight + 1) &&
        english.getBoundingClientRect().bottom - arabic.getBoundingClientRect().top <= main.clientHeight;
      let shown = sentences.length;
      while (!fits() && --shown >= 1) {
        arabic.textContent = `${sentences.slice(0, shown).map((s) => s.ar).join(' ')} …`;
        english.textContent = `${sentences.slice(0, shown).map((s) => s.en).join(' ')} …`;
      }
      if (shown >= 1) return drawn();
      // One sentence too long for the card: smaller type, on four lines, before anything is cut.
      document.body.classList.add('small');
      if (fits()) return drawn();
      // Still too long: the Arabic loses whole words from its end (no word is cut into a wrongly joined part),
      // and the English as large a share of its words, so that both stop near the same point.
      const [arWords, enWords] = [arabic, english].map((element) => element.textContent!.replace(/ …$/, '').split(' '));
      const keep = (element: HTMLElement, words: string[], count: number) =>
        (element.textContent = `${words.slice(0, count).join(' ').replace(/[،,:;]$/, '')} …`);
      let arKept = arWords!.length;
      while (arabic.scrollHeight > arabic.clientHeight + 1 && arKept > 1) keep(arabic, arWords!, --arKept);
      let enKept = Math.max(1, Math.round((enWords!.length * arKept) / arWords!.length));
      keep(english, enWords!, enKept);
      while (!fits() && enKept > 1) keep(english, enWords!, --enKept);
      return drawn();
    },
    { fills, sentences, isParagraph },
  );
  return withShownText(await tab.screenshot({ type: 'png' }), shown);
}

const browser = await chromium.launch({ executablePath: browserExecutable() });
const tab = await browser.newPage({ viewport: CARD_SIZE, deviceScaleFactor: 1 });
const frame: Fills = {
  nameAr: ar.Metadata.siteName,
  nameEn: en.Metadata.siteName,
  taglineEn: en.SiteHeader.tagline,
  taglineAr: ar.SiteHeader.tagline,
};
const redrawAll = process.argv.includes('--all');
for (const slug of articleSlugs(articlesDir)) {
  const dir = path.join(articlesDir, slug);
  const file = articleFileSchema.parse(JSON.parse(readFileSync(path.join(dir, 'article.json'), 'utf8')));
  const subjects = cardSubjects(file);
  const current = new Set(subjects.map(({ name }) => name));
  for (const old of readdirSync(dir).filter((entry) => CARD_PATTERN.test(entry) && !current.has(entry))) rmSync(path.join(dir, old));
  // Missing, or one the loader would refuse (cut short, its text stripped by an image optimiser).
  const stale = (subject: CardSubject) => {
    const card = path.join(dir, subject.name);
    return !existsSync(card) || 'fault' in readCard(readFileSync(card), subject);
  };
  const due = redrawAll ? subjects : subjects.filter(stale);
  for (const { n, sentences, name } of due) {
    const label = (messages: typeof en) => (n === 0 ? '' : fill(messages.Metadata.paragraphTitle, { n }));
    const picture = await draw(tab, { ...frame, labelEn: label(en), labelAr: label(ar) }, sentences, n > 0);
    writeFileSync(path.join(dir, name), picture);
  }
  console.log(`${path.relative(process.cwd(), dir)}: ${due.length} of ${subjects.length} cards drawn`);
}
await browser.close();
