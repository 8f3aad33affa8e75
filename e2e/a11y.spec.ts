import { expect, test } from '@playwright/test';
import { axeViolations, readerPath } from './support';

for (const path of ['/en', '/ar', readerPath('en'), readerPath('ar'), readerPath('en', '3-5')]) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
