import { expect, test } from '@playwright/test';
import { readerPath } from './support';

test('the article prints as its text in both languages, on light paper, without the screen’s controls', async ({ page }) => {
  await page.goto(readerPath('en', '3-5'));
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await page.locator('summary', { hasText: 'Reading settings' }).click();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 23, 26)');

  const controls = [
    page.locator('summary', { hasText: 'Reading settings' }),
    page.getByRole('search'),
    page.getByRole('navigation', { name: 'Interface language' }),
    page.getByRole('button', { name: 'Copy link to paragraph 4' }),
    page.getByRole('link', { name: 'Vocabulary of this article' }),
    page.getByText('Showing paragraphs 3–5, highlighted below.'),
  ];
  // Each is on the screen, so that its absence on paper says something.
  for (const control of controls) await expect(control).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(251, 250, 247)');
  for (const control of controls) await expect(control).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#p16 p[lang="ar"]')).toBeVisible();
  await expect(page.locator('#p16 p[lang="en"]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Paragraph 4’s page' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Notes on the source' })).toBeVisible();
  // A paragraph is not cut across two pages.
  await expect(page.locator('#p4')).toHaveCSS('break-inside', 'avoid');
});

test('a word link’s word, its card open, prints as plain text, its sentence unmarked', async ({ page }) => {
  await page.goto(`${readerPath('en', '3')}#w3-5`);
  await expect(page.getByRole('dialog', { name: 'Word card: سبل' })).toBeVisible();
  const word = page.locator('#w3-5');
  // Its sentence, lit in both languages while the card is open.
  const sentences = page.locator('#p3 .s.linked');
  await expect(sentences).toHaveCount(2);
  await expect(word).toHaveCSS('outline-style', 'solid');
  await expect(sentences.first()).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(word).toHaveCSS('outline-style', 'none');
  await expect(word).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  for (const sentence of await sentences.all()) await expect(sentence).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test('the vocabulary prints as its list, without the sorting and filters', async ({ page }) => {
  await page.goto(`${readerPath('ar')}/vocabulary`);
  const sort = page.getByRole('combobox', { name: 'رتّب حسب' });
  const toReader = page.getByRole('link', { name: 'اقرأها في المقال' }).first();
  const back = page.getByRole('link', { name: 'العودة إلى المقال' });
  const toRoots = page.getByRole('link', { name: 'عائلات الجذور' });
  await expect(sort).toBeVisible();
  await expect(toReader).toBeVisible();
  await expect(back).toBeVisible();
  const root = page.getByRole('link', { name: 'أ-ك-د' }).first();
  await expect(root).toHaveCSS('text-decoration-line', 'underline');
  await page.emulateMedia({ media: 'print' });
  await expect(sort).toBeHidden();
  // Links say nothing on paper: to the reader under every word, back to it, and within the page.
  await expect(toReader).toBeHidden();
  await expect(back).toBeHidden();
  await expect(toRoots).toBeHidden();
  // A root, which leads to its family further down, prints as the text it is, not as a link.
  await expect(root).toHaveCSS('text-decoration-line', 'none');
  await expect(root).toHaveCSS('color', await root.evaluate((link) => getComputedStyle(link.parentElement!).color));
  await expect(page.locator('.vocab-entry').first()).toBeVisible();
  await expect(page.locator('.vocab-entry').first()).toHaveCSS('break-inside', 'avoid');
});

test('a sorted and filtered vocabulary says so on paper, and so does one that nothing matches', async ({ page }) => {
  await page.goto(`${readerPath('en')}/vocabulary?sort=root&status=learning`);
  // A new student has no word in learning.
  await expect(page.getByRole('status').filter({ hasText: 'No words match these choices.' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Sort by: Root · Status: Learning', { exact: true })).toBeVisible();
  await expect(page.getByText('No words match these choices.').filter({ visible: true })).toHaveCount(1);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText('Sort by: Root · Status: Learning', { exact: true })).toBeHidden();
});

test('a flashcard prints without the buttons that work it', async ({ page }) => {
  await page.goto(`${readerPath('en')}#w1-1`);
  await page.getByRole('dialog').getByRole('button', { name: 'Save word' }).click();
  await page.goto(`${readerPath('en')}/flashcards`);
  const showAnswer = page.getByRole('button', { name: 'Show answer' });
  await expect(showAnswer).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(showAnswer).toBeHidden();
  await expect(page.locator('.flashcard-ar')).toBeVisible();
  // Its answer prints without the grades.
  await page.emulateMedia({ media: 'screen' });
  await showAnswer.click();
  const again = page.getByRole('button', { name: /^Again/ });
  await expect(again).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(again).toBeHidden();
  await expect(page.getByRole('button', { name: 'I know it: stop reviewing' })).toBeHidden();
});
