import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { glossaryUrl, hostileSlug } from './support';

// Runs against the fixture build (scripts/fixture-build.ts). With the policy bypassed, only React's
// escaping stands between this text and the page: an injected handler or script would run.
test.use({ bypassCSP: true });

const script = '<script>alert(1)</script>';
const attribute = '" onmouseover="alert(1)';
const image = '<img src=x onerror=alert(1)>';
const lines = readFileSync(
  path.join(import.meta.dirname, '..', 'tests/fixtures/hostile-content/articles', hostileSlug, 'source.ar.txt'),
  'utf8',
).split('\n');
const reader = (locale: 'en' | 'ar', range = '') => `/${locale}/articles/${hostileSlug}${range}`;

/** Dialogs (an alert that ran) and uncaught errors (a crash) on this page from now on. */
function watch(page: Page) {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

/** Nothing the content spells is an element or an attribute. */
async function expectNothingInjected(page: Page) {
  await expect(page.locator('main, #word-card').locator('script, img, [onmouseover], [onerror]')).toHaveCount(0);
}

test('the reader shows hostile text as text, in the page, its title and its cards', async ({ page }) => {
  const seen = watch(page);
  await page.goto(reader('en'));
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await expect(page).toHaveTitle(`Breaking ${script} news · Jisr`);
  const headline = page.getByRole('heading', { level: 1 });
  await expect(headline).toContainText(`Breaking ${script} news`);
  await expect(headline).toContainText(lines[0]!, { useInnerText: true });
  const paragraph = page.getByRole('group', { name: 'Paragraph 1', exact: true });
  await expect(paragraph.locator('p[lang="ar"]')).toHaveText(lines[1]!, { useInnerText: true });
  await expect(paragraph.locator('p[lang="en"]')).toHaveText(`The minister said${attribute} in Damascus ${image}.`);
  await expect(page.getByText(`A source${attribute}`)).toBeVisible();
  await expect(page.getByText(`A note ${image}`)).toBeVisible();
  // An entity's name, in the entity index, which draws its entries once opened.
  await page.locator('summary', { hasText: 'Entity index' }).click();
  await expect(page.getByText(`Aleppo${attribute}`)).toBeVisible();

  // Hovering the word that spells a handler would fire it, had it become one.
  await page.locator('#w1-3').hover();
  await expect(page.getByRole('tooltip')).toContainText('onmouseover="alert(1)');
  await page.locator('#w1-5').hover();
  await expect(page.getByRole('tooltip')).toContainText(`The capital of Syria${attribute}`);
  await page.locator('#w2-3').hover();
  await expect(page.getByRole('tooltip')).toContainText(`A UN agency ${image}`);
  await page.locator('#w0-2').click();
  const dialog = page.getByRole('dialog', { name: `Word card: ${script}` });
  await expect(dialog).toContainText(`${image}; ${attribute}`);
  await expectNothingInjected(page);
  expect(seen).toEqual({ dialogs: [], errors: [] });
});

test('the list, a paragraph page, the vocabulary and the data show it as text too', async ({ page, request }) => {
  const seen = watch(page);
  await page.goto('/en');
  await expect(page.getByRole('heading', { name: `Breaking ${script} news` }).getByRole('link')).toBeVisible();
  // And in an attribute, the card's link's name.
  await expect(page.getByRole('link', { name: `Read the article: “Breaking ${script} news”`, exact: true })).toBeVisible();
  await expect(page.getByText(`The minister said${attribute}`)).toBeVisible();
  await expectNothingInjected(page);

  await page.goto(reader('en', '/1'));
  // The paragraph is the page's description: text inside an attribute.
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', `The minister said${attribute} in Damascus ${image}.`);
  await expectNothingInjected(page);

  await page.goto(reader('en', '/vocabulary'));
  await expect(page.locator('#lemma-markup')).toContainText(script);
  await expect(page.locator('#lemma-markup')).toContainText(`${image}; ${attribute}`);
  await expectNothingInjected(page);
  expect(seen).toEqual({ dialogs: [], errors: [] });

  const data = await request.get(await glossaryUrl(request, reader('en')));
  expect(data.headers()['content-type']).toContain('application/json');
  expect(data.headers()['x-content-type-options']).toBe('nosniff');
});

test('Arabic edge cases render: tatweel, ZWNJ and ZWJ, Arabic-Indic digits, Latin words and digits inside Arabic', async ({ page }) => {
  const seen = watch(page);
  await page.goto(reader('ar'));
  await expect(page.locator('[data-interactive]')).toBeAttached();
  const arabic = page.getByRole('group', { name: 'الفقرة 2', exact: true }).locator('p[lang="ar"]');
  await expect(arabic).toHaveText(lines[2]!, { useInnerText: true });
  for (const part of ['عـــام', '٢٠٢٤', 'UNESCO', ' 3 ', 'وكت\u200Cاب', 'ه\u200D.']) await expect(arabic).toContainText(part, { useInnerText: true });
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveCSS('direction', 'rtl');

  await page.locator('#w2-5').hover();
  await expect(page.getByRole('tooltip')).toContainText('عَـــامَ');
  await page.locator('#w2-10').hover();
  await expect(page.getByRole('tooltip')).toContainText('وَكِتَ\u200Cابٌ');
  await page.locator('#w2-6').hover();
  await expect(page.getByRole('tooltip')).toContainText('٢٠٢٤');
  expect(seen).toEqual({ dialogs: [], errors: [] });
});
