import { expect, test } from '@playwright/test';
import { entityTypes } from '../lib/entity-types';
import { axeViolations, readerPath } from './support';

for (const path of ['/en', '/ar', readerPath('en'), readerPath('ar'), readerPath('en', '3-5')]) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe finds no violations in the dark theme with interlinear lines on the names of a linked range', async ({ page }) => {
  // Axe walks every word with its two lines: on a busy two-core machine 35 of the default 60 s on a phone.
  test.slow();
  await page.goto(`${readerPath('ar', '3-5')}?theme=dark&translit=1&gloss=1`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Small text on the yellow of a linked paragraph and the colour of a name, where the dark grey was too faint.
  await expect(page.locator('#p5 .ent .w-gl').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // And on the heavier tint of a name the mouse is on, in both panes (the paragraph only: a second check
  // of the whole page, every word with its two lines, would take a minute on a slow machine).
  await page.locator('#w5-2').hover();
  await expect(page.locator('#p5 .pane-en .ent.linked').first()).toBeVisible();
  expect(await axeViolations(page, '#p5')).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`in the ${theme} theme each entity type’s underline keeps 3:1 on the page and on a linked paragraph, under the mouse too`, async ({ page }) => {
    // The underline styles are the cue to a name's type that does not rest on colour (WCAG 1.4.11). On paper
    // the palette's orange, sky blue and pink measured 2.0–2.9:1; they, the green and the vermilion are darkened.
    await page.goto(`${readerPath('en', '8')}?theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // The link's theme applies once the page's scripts run, and a paragraph's colour eases into the new one.
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
    // The names under the mouse (`only` = '.linked') take a heavier tint, and their line a darker shade.
    const measure = (only: string) =>
      page.evaluate((only) => {
        // A canvas composites each colour, whatever its syntax (light-dark, color-mix, alpha), onto what is behind it.
        const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
        const paint = (...colors: string[]) => {
          context.clearRect(0, 0, 1, 1);
          for (const color of colors) {
            context.fillStyle = color;
            context.fillRect(0, 0, 1, 1);
          }
          const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
          return [r!, g!, b!].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        };
        const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        const ratio = (a: number[], b: number[]) => {
          const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return Math.round(((high! + 0.05) / (low! + 0.05)) * 100) / 100;
        };
        const page = getComputedStyle(document.body).backgroundColor;
        const found: Record<string, number> = {};
        for (const mention of document.querySelectorAll<HTMLElement>(`.paragraph .ent[data-et]${only}`)) {
          const row = mention.closest<HTMLElement>('.paragraph')!;
          const key = `${mention.dataset.et} ${row.matches('[data-highlighted]') ? 'linked' : 'page'}${only ? ' hovered' : ''}`;
          if (key in found) continue;
          // Every fill from the row down to the name: a hovered name's sentence is lit as well.
          const fills = [getComputedStyle(row).backgroundColor];
          for (let inner = mention.parentElement; inner && inner !== row; inner = inner.parentElement) fills.splice(1, 0, getComputedStyle(inner).backgroundColor);
          const style = getComputedStyle(mention);
          const behind = paint(page, ...fills, style.backgroundColor);
          found[key] = ratio(paint(page, ...fills, style.textDecorationColor), behind);
        }
        return found;
      }, only);
    const contrasts = await measure('');
    for (const type of entityTypes) {
      await page.locator(`.paragraph .pane-en .ent[data-et="${type}"]`).first().hover();
      Object.assign(contrasts, await measure('.linked'));
    }
    // Every type occurs on a linked paragraph's page, in the paragraph or around it, and was hovered.
    for (const type of entityTypes) expect(Object.keys(contrasts), type).toContainEqual(expect.stringMatching(new RegExp(`^${type} \\w+ hovered$`)));
    for (const [where, contrast] of Object.entries(contrasts)) expect(contrast, where).toBeGreaterThanOrEqual(3);
  });
}
