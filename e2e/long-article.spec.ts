import { expect, test, type Page } from '@playwright/test';
import { glossaryUrl } from './support';

// A long article (the seed four times over, 64 paragraphs, from the fixture build) is read in parts
// of 16 paragraphs: copy k of the seed's paragraph n is paragraph 16k + n, so #w19-1 is the seed's #w3-1.
const longSlug = 'scaled-4x';
const longPath = (range?: string) => `/en/articles/${longSlug}${range ? `/${range}` : ''}`;
const paragraph = (page: Page, n: number) => page.getByRole('group', { name: `Paragraph ${n}`, exact: true });
const parts = (page: Page) => page.getByRole('navigation', { name: 'Parts of the article' });

test('the article opens at its first part, with a way on to the next and to the whole', async ({ page }) => {
  await page.goto(longPath());
  await expect(paragraph(page, 1)).toBeVisible();
  await expect(paragraph(page, 16)).toBeAttached();
  await expect(paragraph(page, 17)).toHaveCount(0);
  await expect(parts(page)).toContainText('Paragraphs 1–16 of 64');
  await expect(parts(page).getByRole('link', { name: /^Previous/ })).toHaveCount(0);

  await parts(page).getByRole('link', { name: 'Next: paragraphs 17–32' }).click();
  await expect(page).toHaveURL(longPath('17'));
  await expect(paragraph(page, 17)).toBeInViewport();
  await expect(paragraph(page, 16)).toHaveCount(0);
  await expect(paragraph(page, 33)).toHaveCount(0);
  await expect(parts(page)).toContainText('Paragraphs 17–32 of 64');
  await expect(parts(page).getByRole('link', { name: 'Previous: paragraphs 1–16' })).toHaveAttribute('href', longPath('1'));
  // The notes on the source are all on the first part's paragraphs: this part has no heading for none.
  await expect(page.getByRole('heading', { name: 'About the text' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Notes on the source' })).toHaveCount(0);

  await parts(page).getByRole('link', { name: 'The whole article on one page' }).click();
  await expect(page).toHaveURL(longPath('1-64'));
  await expect(page.getByRole('group', { name: /^Paragraph \d+$/ })).toHaveCount(64);
});

test('in the Arabic interface the parts are named in words, which no dash can turn around', async ({ page }) => {
  await page.goto(`/ar/articles/${longSlug}/17`);
  const nav = page.getByRole('navigation', { name: 'أجزاء المقال' });
  await expect(nav).toContainText('الفقرات من 17 إلى 32 من أصل 64');
  await expect(nav.getByRole('link', { name: 'السابق: الفقرات من 1 إلى 16' })).toHaveAttribute('href', `/ar/articles/${longSlug}/1`);
  await expect(nav.getByRole('link', { name: 'التالي: الفقرات من 33 إلى 48' })).toHaveAttribute('href', `/ar/articles/${longSlug}/33`);
});

test('a paragraph link opens the part around it, and its words have their cards', async ({ page, isMobile }) => {
  test.skip(isMobile, 'hover');
  const glossaries: string[] = [];
  page.on('request', (request) => request.url().includes('/data/') && glossaries.push(new URL(request.url()).pathname));
  await page.goto(longPath('19'));
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await expect(paragraph(page, 19)).toHaveAttribute('data-highlighted', 'true');
  await expect(paragraph(page, 17)).toBeAttached();
  // The reader's own page is the first part, so the notice does not call it the whole article.
  await expect(page.getByRole('link', { name: 'From the beginning of the article' })).toHaveAttribute('href', longPath());
  await expect(page.getByRole('link', { name: 'Whole article', exact: true })).toHaveCount(0);
  await page.locator('#w19-1').hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('وَبَحَثَ');
  await expect(tooltip).toContainText('and discussed');
  // The card's data is this part's, not the whole article's.
  expect(glossaries).toEqual([expect.stringMatching(new RegExp(`^/data/${longSlug}\\.17-32\\.[0-9a-f]{12}\\.json$`))]);
});

test('a word’s card counts its occurrences in the other parts, and links on to the next of them', async ({ page }) => {
  // تنمية occurs once in the seed, so once in each of the four parts: paragraphs 3, 19, 35 and 51.
  await page.goto(longPath('19'));
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await page.locator('#w19-6').click();
  const card = page.getByRole('dialog');
  await expect(card).toContainText('Also in this article');
  await expect(card).not.toContainText('Only here in this article');
  await card.getByRole('link', { name: 'In other parts of the article: 3, the next in paragraph 35' }).click();
  await expect(page).toHaveURL(`${longPath('35')}#w35-6`);
  await expect(page.locator('#w35-6')).toBeInViewport();
});

test('on the whole article’s page a frequent word’s card lists 30 of its occurrences and counts the rest', async ({ page }) => {
  // في occurs 25 times in the seed, so 100 times in the whole article.
  await page.goto(longPath('1-64'));
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await page.locator('#w3-10').click();
  const card = page.getByRole('dialog');
  await expect(card.getByRole('list').getByRole('link')).toHaveCount(30);
  await expect(card.getByText('More on this page: 69', { exact: true })).toBeVisible();
});

test('each part’s glossary holds that part’s words and the headline’s, and the whole one every word', async ({ request }) => {
  const part = await (await request.get(await glossaryUrl(request, longPath('19')))).json();
  const paragraphs = new Set(Object.keys(part.tokens).map((id: string) => Number(id.slice(1).split('-')[0])));
  expect([...paragraphs].sort((a, b) => a - b)).toEqual([0, ...Array.from({ length: 16 }, (_, i) => 17 + i)]);
  const whole = await (await request.get(await glossaryUrl(request, longPath('1-64')))).json();
  expect(Object.keys(whole.tokens).length).toBeGreaterThan(3 * Object.keys(part.tokens).length);
});

test('search finds words in every part, and links those elsewhere to their own page', async ({ page }) => {
  await page.goto(longPath());
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await page.getByRole('searchbox', { name: 'Search the article' }).fill('وبحث');
  const results = page.locator('#search-results');
  await expect(results.getByRole('link', { name: 'Paragraph 3', exact: true })).toHaveAttribute('href', '#p3');
  await expect(results.getByRole('link', { name: 'Paragraph 19', exact: true })).toHaveAttribute('href', longPath('19'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every part is reached by its links, and the whole article reads on one page', async ({ page }) => {
    await page.goto(longPath('33'));
    await expect(parts(page)).toContainText('Paragraphs 33–48 of 64');
    await parts(page).getByRole('link', { name: 'Next: paragraphs 49–64' }).click();
    await expect(paragraph(page, 64)).toBeVisible();
    await page.goto(longPath('1-64'));
    await expect(page.getByRole('group', { name: /^Paragraph \d+$/ })).toHaveCount(64);
    await expect(paragraph(page, 64).locator('p[lang="ar"]')).not.toBeEmpty();
  });
});
