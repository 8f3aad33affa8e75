import { expect, test } from '@playwright/test';
import { readerPath, slug, sourceLines } from './support';

test.use({ javaScriptEnabled: false });

test('without JavaScript both panes and every paragraph link render', async ({ page }) => {
  await page.goto(readerPath('en'));
  for (let n = 1; n <= 16; n++) {
    const row = page.getByRole('group', { name: `Paragraph ${n}`, exact: true });
    await expect(row.locator('p[lang="ar"]')).toHaveText(sourceLines[n]!, { useInnerText: true });
    await expect(row.locator('p[lang="en"]')).toBeVisible();
    await expect(row.getByRole('link', { name: `Paragraph ${n}’s page`, exact: true })).toHaveAttribute(
      'href',
      `/en/articles/${slug}/${n}#p${n}`,
    );
  }
  // Controls that need a script are not offered, and the reader is told what is missing.
  // In the page, so hidden because scripts are off, not because it is gone.
  const copy = page.getByRole('button', { name: 'Copy link to paragraph 1', exact: true, includeHidden: true });
  await expect(copy).toBeAttached();
  await expect(copy).toBeHidden();
  // Playwright's text and role queries pass over <noscript>, though its content shows without scripts.
  const note = page.locator('noscript p');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(/^Word cards, reading settings, search and the entity index need JavaScript\./);
});

test('without JavaScript the controls that need it take no room, and a word link lands below the header', async ({ page }) => {
  await page.goto(`${readerPath('en', '4')}#w4-6`);
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  for (const control of ['Reading settings', 'Entity index']) {
    const summary = page.getByText(control, { exact: true });
    await expect(summary).toBeAttached();
    await expect(summary).toBeHidden();
    expect(await summary.boundingBox(), `${control} leaves no gap`).toBeNull();
  }
  const header = (await page.getByRole('banner').boundingBox())!;
  const word = (await page.locator('#w4-6').boundingBox())!;
  expect(word.y).toBeGreaterThanOrEqual(header.y + header.height);
  // And the shared word is marked, beside its neighbours.
  await expect(page.locator('#w4-6')).toHaveCSS('outline-style', 'solid');
  await expect(page.locator('#w4-5')).toHaveCSS('outline-style', 'none');
});

test('without JavaScript a paragraph page still highlights its paragraphs', async ({ page }) => {
  await page.goto(readerPath('ar', '2-3'));
  await expect(page.locator('#p2')).toHaveAttribute('data-highlighted', 'true');
  await expect(page.getByRole('link', { name: 'المقال كاملًا' })).toBeVisible();
  // The page opens at its top; the notice takes the reader to the paragraphs.
  await page.getByRole('link', { name: 'الفقرات من 2 إلى 3' }).click();
  await expect(page).toHaveURL(/#p2$/);
  await expect(page.locator('#p2')).toBeInViewport();
});

test('without JavaScript a paragraph’s number opens its page at the paragraph', async ({ page }) => {
  await page.goto(readerPath('en'));
  await page.getByRole('link', { name: 'Paragraph 9’s page', exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/en/articles/${slug}/9`);
  await expect(page.locator('#p9')).toBeInViewport();
  await expect(page.locator('#p1')).not.toBeInViewport();
});

test.describe('while its scripts are still loading', () => {
  test.use({ javaScriptEnabled: true });

  test('the article reads in both languages', async ({ page }) => {
    // Requests that never complete: the page has its HTML and CSS, and none of its scripts.
    await page.route('**/_next/static/**/*.js', () => {});
    await page.goto(readerPath('en'), { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Countering terrorism');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(sourceLines[0]!, { useInnerText: true });
    for (const n of [1, 16]) {
      const row = page.getByRole('group', { name: `Paragraph ${n}`, exact: true });
      await expect(row.locator('p[lang="ar"]')).toHaveText(sourceLines[n]!, { useInnerText: true });
      await expect(row.locator('p[lang="ar"]')).toBeVisible();
      await expect(row.locator('p[lang="en"]')).toBeVisible();
    }
    await expect(page.getByRole('group', { name: 'Paragraph 1', exact: true }).locator('p[lang="en"]')).toContainText(
      'Iraqi Prime Minister Mohammed Shia al-Sudani',
    );
    await expect(page.locator('[data-interactive]')).toHaveCount(0);
  });
});
