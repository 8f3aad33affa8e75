import { expect, test } from '@playwright/test';
import { axeViolations, readerPath } from './support';

for (const path of ['/en', '/ar', readerPath('en'), readerPath('ar'), readerPath('en', '3-5')]) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe finds no violations in the dark theme with interlinear lines on the names of a linked range', async ({ page }) => {
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
