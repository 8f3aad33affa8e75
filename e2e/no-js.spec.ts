import { expect, test } from '@playwright/test';
import { readerPath, slug, sourceLines } from './support';

test.use({ javaScriptEnabled: false });

test('without JavaScript both panes and every paragraph link render', async ({ page }) => {
  await page.goto(readerPath('en'));
  for (let n = 1; n <= 16; n++) {
    const row = page.getByRole('group', { name: `Paragraph ${n}`, exact: true });
    await expect(row.locator('p[lang="ar"]')).toHaveText(sourceLines[n]!, { useInnerText: true });
    await expect(row.locator('p[lang="en"]')).toBeVisible();
    await expect(row.getByRole('link', { name: String(n), exact: true })).toHaveAttribute(
      'href',
      `/en/articles/${slug}/${n}`,
    );
  }
  // Controls that need a script are not offered.
  await expect(page.getByRole('button', { name: 'Copy link to paragraph 1' })).toBeHidden();
});

test('without JavaScript a paragraph page still highlights its paragraphs', async ({ page }) => {
  await page.goto(readerPath('ar', '2-3'));
  await expect(page.locator('#p2')).toHaveAttribute('data-highlighted', 'true');
  await expect(page.getByRole('link', { name: 'المقال كاملًا' })).toBeVisible();
});
