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
});
