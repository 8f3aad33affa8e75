import { readFileSync } from 'node:fs';
import { expect, type Locator, test, type Page } from '@playwright/test';
import { axeViolations, drawnOutOfOrder, dropSchemaScript, expectDrawnApart, holdScript, lineStarts, openReader, readerPath, refuseWrites, saveWords, schemaScriptMarker, slug, vocabularyPath } from './support';

const messages = {
  en: JSON.parse(readFileSync(new URL('../messages/en.json', import.meta.url), 'utf8')),
  ar: JSON.parse(readFileSync(new URL('../messages/ar.json', import.meta.url), 'utf8')),
};

/** Chooses a study file holding the text in the flashcards page's import field, labelled in the page's language. */
function importStudyFile(page: Page, text: string, label: string = messages.en.Flashcards.import) {
  return page.getByLabel(label).setInputFiles({ name: 'study.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

const flashcardsPath = (locale: 'en' | 'ar') => `${readerPath(locale)}/flashcards`;

/** The flashcards page's count of cards due and in the deck ("Due now: 1 · In the deck: 2"), in either interface. */
const progressLabels = (['en', 'ar'] as const).map((locale) => messages[locale].Flashcards.progress.split(':')[0]);
const deckProgress = (page: Page) => page.getByRole('status').filter({ hasText: new RegExp(`^(${progressLabels.join('|')}):`) });

/** A study record of a word saved from `token`, as an export holds it. */
const saved = (token: string) => ({ status: 'new', saved: { token, article: slug, savedAt: '2026-11-29T12:00:00.000Z' } });

const coverage = (page: Page) => page.getByText(/% of words known/);

/** Marks أكد, the article's first word, from the keyboard in the reader: 2 as learning, 3 as known. */
async function markFirstWord(page: Page, key: '2' | '3') {
  await openReader(page);
  await page.locator('#w1-1').focus();
  await page.keyboard.press(key);
  const said = page.getByRole('status').filter({ hasText: `أكد: ${key === '2' ? 'Learning' : 'Known'}` });
  await expect(said).toBeVisible();
  // The word in its own language, so that a screen reader reads it with an Arabic voice.
  await expect(said.locator('[lang="ar"]')).toHaveText('أكد');
}

/** Puts `raw` in the study store before the first page loads, and not again: the page's own writes then stand. */
function storeOnce(page: Page, raw: string) {
  return page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('jisr:study:v1', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, raw);
}

test.describe('word status', () => {
  test('keys 1–3 set the status of the focused word, and the coverage line follows', async ({ page }) => {
    await openReader(page);
    await expect(coverage(page)).toHaveText('0% of words known · learning: 0 · new words: 239');
    // أكد: a verb that occurs once, outside any entity.
    await page.locator('#w1-1').focus();
    await page.keyboard.press('3');
    await expect(page.getByRole('status').filter({ hasText: 'أكد: Known' })).toBeVisible();
    await expect(coverage(page)).toHaveText(/^\d+% of words known · learning: 0 · new words: 238$/);
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#w1-2')).toBeFocused();
    await page.keyboard.press('2');
    await expect(coverage(page)).toHaveText(/learning: 1 · new words: 237$/);
    await page.reload();
    await expect(coverage(page)).toHaveText(/learning: 1 · new words: 237$/);
  });

  test('keys 1–3 mark the word whose card is open, pinned or hovered, rather than the focused one', async ({ page, isMobile }) => {
    await openReader(page);
    // A pinned card holds the focus; its status row follows the key.
    await page.locator('#w1-1').click();
    const status = page.getByRole('dialog').getByRole('group', { name: 'Status' });
    await page.keyboard.press('3');
    await expect(status.getByRole('button', { name: 'Known' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'أكد: Known' })).toBeVisible();
    await page.keyboard.press('Escape');
    test.skip(isMobile, 'no hover on touch screens');
    // With the focus on one word and the pointer on another, the key marks the one whose card shows.
    await page.locator('#w0-3').focus();
    await page.locator('#w1-9').hover();
    await expect(page.getByRole('tooltip')).toContainText('call');
    await page.keyboard.press('2');
    await expect(page.getByRole('status').filter({ hasText: 'اتصال: Learning' })).toBeVisible();
    await page.locator('#w1-9').click();
    await expect(page.getByRole('dialog').getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Learning' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('a status chosen on the card takes back the toast that said another a moment ago', async ({ page }) => {
    await page.clock.install();
    await markFirstWord(page, '2');
    // Time stands still: the toast cannot fade out on its own.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.locator('#w1-1').click();
    // Saving the word leaves its status as the toast says it.
    const save = page.getByRole('dialog').getByRole('button', { name: 'Save word' });
    await save.click();
    await expect(save).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status')).toContainText('أكد: Learning');
    const status = page.getByRole('dialog').getByRole('group', { name: 'Status' });
    await status.getByRole('button', { name: 'Known' }).click();
    await expect(status.getByRole('button', { name: 'Known' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status')).not.toContainText('Learning');
  });

  test('the card sets the status, and the reader marks the words not yet known', async ({ page }) => {
    await openReader(page);
    // تنسيق in the headline (w0-3) shares its lemma with التنسيق (w1-17).
    await page.locator('#w0-3').click();
    const status = page.getByRole('dialog').getByRole('group', { name: 'Status' });
    await expect(status.getByRole('button', { name: 'New' })).toHaveAttribute('aria-pressed', 'true');
    await status.getByRole('button', { name: 'Known' }).click();
    await expect(status.getByRole('button', { name: 'Known' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');

    const background = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    const clear = await background('w1-1');
    const name = page.locator('#w1-5');
    await expect(name).not.toHaveCSS('background-color', clear);
    await page.getByText('Reading settings').click();
    await page.getByRole('checkbox', { name: 'Mark words not yet known' }).check();
    await expect.poll(() => background('w1-1')).not.toBe(clear);
    // A known lemma is not marked, wherever it occurs. Nor is a name, which is not vocabulary: it leaves its
    // tint, in which a place read as a new word, and keeps its line.
    await expect.poll(() => background('w1-17')).toBe(clear);
    await expect(name).toHaveCSS('background-color', clear);
    await expect(name).toHaveCSS('text-decoration-line', 'underline');
  });
});

test.describe('search', () => {
  test('finds a word without its diacritics or clitics, in both panes, and jumps to its paragraph', async ({ page }) => {
    await openReader(page);
    const box = page.getByRole('searchbox', { name: 'Search the article' });
    await box.fill('مُواجَهَة');
    await expect(page.getByRole('status').filter({ hasText: 'Matches: 3' })).toBeVisible();
    const results = page.locator('#search-results');
    await expect(results.locator('mark').first()).toHaveText('لمواجهة');
    await results.getByRole('link', { name: 'Paragraph 2' }).click();
    await expect(page).toHaveURL(/#p2$/);
    await expect(page.locator('#p2')).toBeInViewport();
    // Each match is counted and listed, two of them in paragraph 1.
    await box.fill('السوداني');
    await expect(page.getByRole('status').filter({ hasText: 'Matches: 5' })).toBeVisible();
    await expect(results.getByRole('listitem')).toHaveCount(5);
    // The two links to paragraph 1 say which match each is.
    await expect(results.getByRole('link', { name: /^Paragraph 1\b/ })).toHaveText(['Paragraph 1, match 1 of 2', 'Paragraph 1, match 2 of 2']);

    await box.fill('ASSAD');
    await expect(results.getByRole('link', { name: 'Paragraph 1' }).first()).toBeVisible();
    await expect(results.locator('mark').first()).toHaveText('Assad');
    await box.fill('zzz');
    await expect(page.getByRole('status').filter({ hasText: 'Matches: 0' })).toBeVisible();
    await expect(page.getByRole('search').getByRole('list'), 'no empty box of results').toHaveCount(0);
  });

  test('the count is said once typing pauses, not at each keystroke', async ({ page }) => {
    await openReader(page);
    const box = page.getByRole('searchbox', { name: 'Search the article' });
    await box.pressSequentially('س');
    const status = page.getByRole('search').getByRole('status');
    await expect(status).toHaveText(/^Matches: \d+/);
    // Every text the live region takes from here, as a screen reader would be given it.
    await status.evaluate((region) => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await box.pressSequentially('وريا', { delay: 60 });
    await expect(status).toHaveText('Matches: 6');
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
    expect(said).toEqual(['Matches: 6']);
  });

  test('a search is kept in the address, for a reload, the language switch or a shared link', async ({ page }) => {
    await openReader(page);
    await page.getByRole('searchbox', { name: 'Search the article' }).fill('السوداني');
    await expect(page.getByRole('status').filter({ hasText: 'Matches: 5' })).toBeVisible();
    await expect(page).toHaveURL(/\?q=%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A$/);
    await page.getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(new RegExp(`^[^?]*/ar/articles/${slug}\\?q=`));
    const box = page.getByRole('searchbox', { name: 'البحث في المقال' });
    await expect(box).toHaveValue('السوداني');
    await expect(page.getByRole('status').filter({ hasText: 'النتائج: 5' })).toBeVisible();
    await page.reload();
    await expect(box).toHaveValue('السوداني');
    // Emptied, the search leaves the address.
    await box.fill('');
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}$`));
    // The switch pressed as soon as the query is typed carries it too, before typing has paused long enough to write it.
    await box.fill('دمشق');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search the article' })).toHaveValue('دمشق');
    // One longer than the box takes is dropped, as is the address's copy of it.
    await page.goto(`${readerPath('en')}?q=${'x'.repeat(101)}`);
    await expect(page.getByRole('searchbox', { name: 'Search the article' })).toHaveValue('');
    await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}$`));
    // Blanks around a query are left out of the address.
    await page.getByRole('searchbox', { name: 'Search the article' }).fill('  Assad ');
    await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}\\?q=Assad$`));
    // And from the box an address of blanks opens with.
    await page.goto(`${readerPath('en')}?q=%20%20%20`);
    await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}$`));
    await expect(page.getByRole('searchbox', { name: 'Search the article' })).toHaveValue('');
  });

  test('where the search index cannot be loaded, the reader is told, and a later search finds it once the connection is back', async ({ page }) => {
    await page.route('**/data/*.search.*.json', (route) => route.abort());
    await openReader(page);
    const box = page.getByRole('searchbox', { name: 'Search the article' });
    await box.fill('Syria');
    await expect(page.getByRole('status').filter({ hasText: 'The search index could not be loaded.' })).toBeVisible();
    await page.unroute('**/data/*.search.*.json');
    await box.fill('Syrian');
    await expect(page.getByRole('status').filter({ hasText: /^Matches: \d+/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
  });

  for (const locale of ['en', 'ar'] as const)
    test(`the search box fits a 320px screen (${locale})`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await openReader(page, readerPath(locale));
      const box = await page.getByRole('searchbox').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(16);
      expect(box!.x + box!.width).toBeLessThanOrEqual(320 - 16);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBe(320);
    });

  test('in the Arabic interface an English result reads from the left, with an ellipsis where its paragraph goes on', async ({ page }) => {
    await page.setViewportSize({ width: 500, height: 800 });
    await openReader(page, readerPath('ar'));
    await page.getByRole('searchbox').fill('security coordination');
    const quote = page.locator('#search-results').getByRole('listitem').first().locator('[lang="en"]');
    await expect(quote).toHaveText(/^… .*security coordination.* …$/);
    // Inline in the Arabic list, its lines were set from the right, under a ragged left edge.
    const starts = await lineStarts(quote);
    expect(starts.length).toBeGreaterThan(1);
    expect(new Set(starts)).toEqual(new Set([0]));
  });

  test('a short query counts and marks every match, and lists the first 50', async ({ page }) => {
    await openReader(page);
    await page.getByRole('searchbox', { name: 'Search the article' }).fill('ال');
    await expect(page.getByRole('status').filter({ hasText: /^Matches: \d+, the first 50 listed$/ })).toBeVisible();
    await expect(page.locator('#search-results').getByRole('listitem')).toHaveCount(50);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0)).toBeGreaterThan(50);
  });

  test('marks in the English every match it lists, across names and repeats', async ({ page }) => {
    await openReader(page);
    const box = page.getByRole('searchbox', { name: 'Search the article' });
    // The text each mark covers in the page, as the reader sees it lit.
    const marked = () => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((range) => range.toString()));
    for (const [query, count] of [
      ['Saudi Arabia and Iran', 2],
      ['Iraq', 16],
    ] as const) {
      await box.fill(query);
      await expect(page.getByRole('status').filter({ hasText: `Matches: ${count}` })).toBeVisible();
      await expect.poll(marked).toHaveLength(count);
      for (const text of await marked()) expect(text.toLowerCase()).toBe(query.toLowerCase());
    }
  });

  test('quotes the Arabic around a match with its punctuation', async ({ page }) => {
    await openReader(page, readerPath('ar'));
    await page.getByRole('searchbox', { name: 'البحث في المقال' }).fill('داعش');
    await expect(page.locator('#search-results li').first()).toContainText('“الدولة الإسلامية” (داعش) الذي');
  });

  test('the count is heard: its live region is in the page, empty, before the count is put in it', async ({ page }) => {
    await openReader(page);
    await page.evaluate(() => {
      (window as unknown as { added: string[] }).added = [];
      new MutationObserver((changes) => {
        for (const change of changes)
          for (const node of change.addedNodes)
            if (node instanceof HTMLElement) for (const region of node.querySelectorAll('[role="status"]')) (window as unknown as { added: string[] }).added.push(region.textContent!);
      }).observe(document.querySelector('[role="search"]')!, { childList: true, subtree: true });
    });
    await page.getByRole('searchbox', { name: 'Search the article' }).fill('Syria');
    await expect(page.getByRole('status').filter({ hasText: 'Matches: 13' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { added: string[] }).added)).toEqual(['']);
  });

  test('a match stands out from the light yellow of a linked paragraph and of a person’s name, in the amber of the paragraph’s edge', async ({ page }) => {
    await openReader(page);
    await page.getByRole('searchbox', { name: 'Search the article' }).fill('الإرهاب');
    await page.locator('#search-results').getByRole('link', { name: 'Paragraph 10' }).click();
    await expect(page.locator('#p10')).toBeInViewport();
    const edge = await page.locator('#p10').evaluate((row) => getComputedStyle(row).borderInlineStartColor);
    const hit = (id: string) => page.locator(`#${id}`).evaluate((word) => getComputedStyle(word, '::highlight(search-hit)').backgroundColor);
    // In the linked paragraph and outside it alike.
    expect(await hit('w10-39')).toBe(edge);
    expect(await hit('w11-1')).toBe(edge);
  });

  test('the box runs as the typed script does, and as the interface while empty', async ({ page }) => {
    await openReader(page);
    const box = page.getByRole('searchbox', { name: 'Search the article' });
    await expect(box).toHaveCSS('direction', 'ltr');
    await box.fill('الإرهاب');
    await expect(box).toHaveCSS('direction', 'rtl');
    await openReader(page, readerPath('ar'));
    const arabicBox = page.getByRole('searchbox', { name: 'البحث في المقال' });
    await expect(arabicBox).toHaveCSS('direction', 'rtl');
    await arabicBox.fill('terrorism');
    await expect(arabicBox).toHaveCSS('direction', 'ltr');
  });

  test('a result in the headline takes the reader there, clear of the sticky header', async ({ page }) => {
    await openReader(page);
    await page.locator('#p8').scrollIntoViewIfNeeded();
    await page.getByRole('searchbox', { name: 'Search the article' }).fill('Damascus');
    await page.locator('#search-results').getByRole('link', { name: 'Headline' }).click();
    await expect(page).toHaveURL(/#headline$/);
    // With the focus, not on the page: Tab goes on from the headline.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const header = (await page.getByRole('banner').boundingBox())!;
    await expect.poll(async () => (await page.locator('#headline').boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height);
  });

  test('Enter in the box goes to the first result', async ({ page }) => {
    await openReader(page);
    const box = page.getByRole('searchbox', { name: 'Search the article' });
    await box.fill('السوداني');
    await expect(page.getByRole('status').filter({ hasText: 'Matches: 5' })).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(/#p1$/);
    await expect(page.locator('#p1')).toBeInViewport();
    // Focus is in the paragraph, where Tab goes on from and a screen reader says the reader has arrived.
    await expect(page.getByRole('link', { name: 'Paragraph 1’s page', exact: true })).toBeFocused();
  });

  test('with one language shown, finds only what is shown', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('jisr:settings:v1', JSON.stringify({ view: 'ar' })));
    await openReader(page);
    const box = page.getByRole('searchbox', { name: 'Search the article' });
    await box.fill('دمشق');
    await expect(page.getByRole('status').filter({ hasText: /^Matches: [1-9]\d*$/ })).toBeVisible();
    // A word only the hidden English has says where it is, and one button shows it.
    await box.fill('security');
    const status = page.getByRole('status').filter({ hasText: /^Matches: 0 · In the English, hidden in this view: [1-9]/ });
    await expect(status).toBeVisible();
    const hidden = Number((await status.textContent())!.match(/(\d+)$/)![1]);
    // From the keyboard; a tap leaves the box alone, as focusing it would open a phone's keyboard over the results.
    await page.getByRole('button', { name: 'Show both languages' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `Matches: ${hidden}` })).toHaveText(`Matches: ${hidden}`);
    await expect(page.locator('#search-results').getByRole('listitem')).toHaveCount(hidden);
    await expect(page.locator('.pane-en').first()).toBeVisible();
    await expect(box, 'focus stays in the box, not on a button that went').toBeFocused();
    await expect(page.getByRole('button', { name: 'Show both languages' })).toHaveCount(0);
  });

  test('“Show both languages” under a link’s one language goes back to the reader’s own view, and a tap to the first result', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('jisr:settings:v1', JSON.stringify({ view: 'stacked' })));
    await openReader(page, `${readerPath('en')}?view=ar`);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'ar');
    await page.getByRole('searchbox', { name: 'Search the article' }).fill('security');
    await page.getByRole('button', { name: 'Show both languages' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-view', 'stacked');
    await expect(page.locator('#search-results').getByRole('link').first()).toBeFocused();
    // The link's one language is spent: its notice and query go, and the reader's own view stays saved.
    await expect(page.getByRole('region', { name: 'This link changed your reading settings for this visit.' })).toBeHidden();
    await expect(page).not.toHaveURL(/view=/);
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('jisr:settings:v1')!).view)).toBe('stacked');
  });

  test('keeps its marks on the Arabic once diacritics are turned on', async ({ page, isMobile }) => {
    test.skip(isMobile, 'single-key shortcuts');
    await openReader(page);
    await page.getByRole('searchbox', { name: 'Search the article' }).fill('مواجهة');
    await expect(page.getByRole('status').filter({ hasText: 'Matches: 3' })).toBeVisible();
    await page.locator('#w1-1').focus();
    await page.keyboard.press('d');
    await expect(page.locator('#w0-1 .w-voc')).toBeVisible();
    // Each mark covers text, the word's plain and vocalized forms, one of them shown.
    const marked = () => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((range) => range.toString()).filter(Boolean));
    await expect.poll(marked).toContain('لِمُوَاجَهَةِ');
  });

  test('finds a phrase pasted from the Arabic, punctuation and all', async ({ page }) => {
    await openReader(page, readerPath('ar'));
    await page.getByRole('searchbox', { name: 'البحث في المقال' }).fill('فلول الإرهاب، والتحديات');
    await expect(page.locator('#search-results mark')).toHaveText(['فلول الإرهاب، والتحديات']);
  });

  test('finds the Arabic with hamza, alef maqsura and taa marbuta written loosely', async ({ page }) => {
    await openReader(page, readerPath('ar'));
    await page.getByRole('searchbox', { name: 'البحث في المقال' }).fill('الارهاب');
    await expect(page.locator('#search-results mark').first()).toHaveText('الإرهاب');
  });
});

for (const locale of ['en', 'ar'] as const) {
  const t = messages[locale];
  test(`save → review → export → reload → import (${locale})`, async ({ page }) => {
    await openReader(page, readerPath(locale));
    await page.locator('#w0-3').click();
    await page.getByRole('dialog').getByRole('button', { name: t.WordCard.save }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: t.Reader.flashcards }).click();
    await expect(page).toHaveURL(flashcardsPath(locale));

    const progress = deckProgress(page);
    await expect(progress).toHaveText(t.Flashcards.progress.replace('{due}', '1').replace('{total}', '1'));
    await expect(page.locator('.flashcard mark')).toHaveText('تنسيق');
    await page.getByRole('button', { name: t.Flashcards.showAnswer }).click();
    const answer = page.getByRole('group', { name: t.Flashcards.answer });
    await expect(answer).toContainText('تَنْسِيقٌ');
    await expect(answer).toContainText('tansīq');
    await expect(answer).toContainText('coordination');
    await expect(answer).toContainText('Countering terrorism');
    await expect(answer.getByRole('link', { name: t.Reader.headline })).toHaveAttribute('href', /#w0-3$/);
    await answer.getByRole('button', { name: new RegExp(`^${t.Flashcards.good}`) }).click();
    await expect(progress).toHaveText(t.Flashcards.progress.replace('{due}', '0').replace('{total}', '1'));

    // The other direction has its own schedule: the word is hidden until the answer, which Space shows.
    await page.getByRole('button', { name: t.Flashcards.recallName }).click();
    await expect(progress).toHaveText(t.Flashcards.progress.replace('{due}', '1').replace('{total}', '1'));
    await expect(page.locator('.flashcard mark')).toContainText('…………');
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: t.Flashcards.answer })).toContainText('تَنْسِيقٌ');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.Flashcards.exportCsv }).click()]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    // Headed in the interface's language, as its values are.
    expect(csvText.startsWith(`\uFEFF${t.ExportColumns.arabic},${t.ExportColumns.vocalized},`)).toBe(true);
    // The word as met, its dictionary form and meanings, then its sense in the sentence.
    expect(csvText).toContain('تنسيق,تَنْسِيقٌ,تَنْسِيق,coordination; arrangement; organization,tansīq,coordination,ن-س-ق');
    expect(csvText).toContain(`${new URL(page.url()).origin}${readerPath(locale)}#w0-3`);
    const [anki] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.Flashcards.exportAnki }).click()]);
    const ankiText = readFileSync((await anki.path())!, 'utf8');
    expect(ankiText).toContain('#separator:tab');
    // Its front is the dictionary word.
    expect(ankiText.split('\n')[4]!.split('\t')[0]).toBe('تَنْسِيق');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.Flashcards.exportJson }).click()]);
    const exported = await json.path();
    // As compact as the store, not pretty-printed: a store near the size limit made a backup too large to import.
    const stored = (await page.evaluate(() => localStorage.getItem('jisr:study:v1')))!;
    // With when it was taken, which an import of it reads nothing as later than.
    const exportedText = readFileSync(exported!, 'utf8');
    const { exportedAt } = JSON.parse(exportedText) as { exportedAt: string };
    expect(exportedText).toBe(JSON.stringify({ ...JSON.parse(stored), exportedAt }));
    expect(Math.abs(Date.parse(exportedAt) - Date.now())).toBeLessThan(60_000);
    // Named for what it holds, the study data of every article, and when it was taken.
    expect(json.suggestedFilename()).toMatch(/^jisr-study-\d{4}-\d\d-\d\d\.json$/);

    await page.reload();
    await expect(progress).toHaveText(t.Flashcards.progress.replace('{due}', '0').replace('{total}', '1'));

    // A new device: nothing stored, then the export brought back.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(progress).toHaveText(t.Flashcards.progress.replace('{due}', '0').replace('{total}', '0'));
    await page.getByLabel(t.Flashcards.import).setInputFiles(exported!);
    await expect(page.getByText(t.Flashcards.imported.replace('{count}', '1'))).toBeVisible();
    await expect(progress).toHaveText(t.Flashcards.progress.replace('{due}', '0').replace('{total}', '1'));
    await page.reload();
    await expect(progress).toHaveText(t.Flashcards.progress.replace('{due}', '0').replace('{total}', '1'));
  });
}

test('the review keys work from a focused control: Space after choosing the direction already chosen, a digit on a grade button', async ({ page }) => {
  const t = messages.en;
  await openReader(page);
  await page.locator('#w0-3').click();
  await page.getByRole('dialog').getByRole('button', { name: t.WordCard.save }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: t.WordCard.save, pressed: true })).toBeVisible();
  await page.goto(flashcardsPath('en'));
  const progress = deckProgress(page);
  await expect(progress).toHaveText('Due now: 1 · In the deck: 1');
  await page.getByRole('button', { name: t.Flashcards.recognitionName, pressed: true }).click();
  await page.keyboard.press('Space');
  const answer = page.getByRole('group', { name: t.Flashcards.answer });
  await expect(answer).toContainText('tansīq');
  // Choosing it again keeps the card as it is, its answer shown.
  await page.getByRole('button', { name: t.Flashcards.recognitionName, pressed: true }).click();
  await expect(answer).toBeFocused();
  await answer.getByRole('button', { name: new RegExp(`^${t.Flashcards.again}`) }).focus();
  await page.keyboard.press('3');
  await expect(progress).toHaveText('Due now: 0 · In the deck: 1');
});

test('in the Arabic interface, a recall card’s English hint reads left to right, its bracket in place', async ({ page }) => {
  const t = messages.ar;
  await openReader(page, readerPath('ar'));
  await page.locator('#w0-4').click();
  await page.getByRole('dialog').getByRole('button', { name: t.WordCard.save }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: t.WordCard.save, pressed: true })).toBeVisible();
  await page.goto(flashcardsPath('ar'));
  await page.getByRole('button', { name: t.Flashcards.recallName }).click();
  const card = page.getByRole('region', { name: t.Flashcards.card.replace('{n}', '1').replace('{count}', '1') });
  await expect(card).toContainText(t.Flashcards.recallHint.replace('{gloss}', 'security (adj.)'));
  expect(await drawnOutOfOrder(card.getByText('security (adj.)', { exact: true }))).toEqual([]);
});

test('the next flashcard starts in view after grading, and in Arabic the answer’s lines share one alignment', async ({ page }) => {
  const t = messages.ar;
  await page.addInitScript(
    (store) => localStorage.setItem('jisr:study:v1', store),
    JSON.stringify({ version: 1, words: { irhab: saved('w0-2'), tansiq: saved('w0-3') } }),
  );
  await page.goto(flashcardsPath('ar'));
  await page.getByRole('button', { name: t.Flashcards.showAnswer }).click();
  const answer = page.getByRole('group', { name: t.Flashcards.answer });
  // The transliteration and the meaning under the word start at the interface's side, as the word does.
  const lines = answer.locator('p');
  const rightOfText = (n: number) =>
    lines.nth(n).evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return Math.round(p.getBoundingClientRect().right - range.getBoundingClientRect().right);
    });
  for (const n of [0, 1, 2]) expect(await rightOfText(n)).toBeLessThan(4);
  const good = answer.getByRole('button', { name: new RegExp(`^${t.Flashcards.good}`) });
  await good.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await good.click();
  await expect(page.getByText(t.Flashcards.recognitionPrompt)).toBeInViewport();
});

test('the flashcard buttons show their keys where there is a keyboard, the grades’ only while single keys are on', async ({ page, isMobile }) => {
  await page.addInitScript(
    (store) => localStorage.setItem('jisr:study:v1', store),
    JSON.stringify({ version: 1, words: { irhab: saved('w0-2') } }),
  );
  await page.goto(flashcardsPath('en'));
  const show = page.getByRole('button', { name: 'Show answer' });
  await expect(show).toBeVisible();
  await expect(show.getByText('Space')).toBeVisible({ visible: !isMobile });
  await show.click();
  const again = page.getByRole('button', { name: /^Again/ });
  await expect(again.getByText('1', { exact: true })).toBeVisible({ visible: !isMobile });
  await page.evaluate(() => localStorage.setItem('jisr:single-keys:v1', 'off'));
  await page.reload();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(again).toBeVisible();
  await expect(again.getByText('1', { exact: true })).toHaveCount(0);
});

test('from the keyboard, showing the answer and grading move focus to what replaced the button', async ({ page }) => {
  await page.addInitScript(
    (store) => localStorage.setItem('jisr:study:v1', store),
    JSON.stringify({ version: 1, words: { irhab: saved('w0-2'), tansiq: saved('w0-3') } }),
  );
  await page.goto(flashcardsPath('en'));
  await page.getByRole('button', { name: 'Show answer' }).focus();
  await page.keyboard.press('Enter');
  // Focus on the answer, which a screen reader then reads: the word, its reading and its meaning.
  const answer = page.getByRole('group', { name: 'Answer' });
  await expect(answer).toBeFocused();
  await expect(answer).toHaveAccessibleDescription('الْإِرْهَابِ al-irhāb terrorism');
  await answer.getByRole('button', { name: /^Good/ }).focus();
  await page.keyboard.press('Enter');
  // The second of the two cards due when the session began.
  const next = page.getByRole('region', { name: 'Flashcard 2 of 2' });
  await expect(next).toBeFocused();
  await expect(next).toHaveAccessibleDescription('What does the marked word mean?');
  // Space from there shows its answer, and focus goes to it as from the button.
  await page.keyboard.press('Space');
  await expect(answer).toBeFocused();
  await expect(answer).toHaveAccessibleDescription('تَنْسِيقٌ tansīq coordination');
});

/** The flashcards with إرهاب and تنسيق saved, both due, as a first visit finds them; the deck's progress line. */
async function openDeckOfTwo(page: Page): Promise<Locator> {
  await storeOnce(page, JSON.stringify({ version: 1, words: { irhab: saved('w0-2'), tansiq: saved('w0-3') } }));
  await page.goto(flashcardsPath('en'));
  const progress = deckProgress(page);
  await expect(progress).toHaveText('Due now: 2 · In the deck: 2');
  return progress;
}

test('a grade can be taken back: the card comes back, its question showing, as it was before the grade', async ({ page }) => {
  const progress = await openDeckOfTwo(page);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Easy/ }).click();
  await expect(progress).toHaveText('Due now: 1 · In the deck: 2');
  await expect(page.getByRole('region', { name: 'Flashcard 2 of 2' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo last grade' }).click();
  await expect(progress).toHaveText('Due now: 2 · In the deck: 2');
  const card = page.getByRole('region', { name: 'Flashcard 1 of 2' });
  await expect(card).toBeFocused();
  await expect(page.getByRole('button', { name: 'Undo last grade' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('group', { name: 'Answer' })).toHaveAccessibleDescription('الْإِرْهَابِ al-irhāb terrorism');
  // Ctrl+Z does the same, as in Anki.
  await page.getByRole('button', { name: /^Easy/ }).click();
  await expect(progress).toHaveText('Due now: 1 · In the deck: 2');
  await page.keyboard.press('Control+z');
  await expect(progress).toHaveText('Due now: 2 · In the deck: 2');
  // Stored as it was: due now, not in days.
  await page.reload();
  await expect(progress).toHaveText('Due now: 2 · In the deck: 2');
});

test('on a phone the answer brings its grades into sight, and the next card comes with the Undo of the step before', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDeckOfTwo(page);
  await page.getByRole('button', { name: 'Show answer' }).click();
  const answer = page.getByRole('group', { name: 'Answer' });
  for (const name of [/^Again/, /^Easy/]) await expect(answer.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
  // The answer's word, at its top, stays in sight below the header.
  const word = answer.getByText('الْإِرْهَابِ', { exact: true });
  await expect(word).toBeInViewport({ ratio: 1 });
  expect((await word.boundingBox())!.y).toBeGreaterThan((await page.getByRole('banner').boundingBox())!.height);
  // Graded from the page's foot, the next card comes with the grade's Undo above it, below the header.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.keyboard.press('3');
  const undoGrade = page.getByRole('button', { name: 'Undo last grade' });
  await expect(undoGrade).toBeInViewport({ ratio: 1 });
  expect((await undoGrade.boundingBox())!.y).toBeGreaterThan((await page.getByRole('banner').boundingBox())!.height);
  await page.getByRole('button', { name: 'Show answer' }).click();
  // Scrolled on to "I know it", at the answer's foot: the word taken out, and its Undo, show above the next card.
  await answer.getByRole('button', { name: 'I know it: stop reviewing' }).click();
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeInViewport({ ratio: 1 });
  expect((await undo.boundingBox())!.y).toBeGreaterThan((await page.getByRole('banner').boundingBox())!.height);
  await expect(page.getByText('is marked Known and has left your cards.')).toBeInViewport();
});

test('“I know it” takes a word out of the cards, saved as it was, and Undo brings it back', async ({ page }) => {
  const progress = await openDeckOfTwo(page);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'I know it: stop reviewing' }).click();
  const said = page.getByRole('status').filter({ hasText: 'is marked Known and has left your cards.' });
  await expect(said).toHaveText('إِرْهَاب is marked Known and has left your cards.');
  await expect(said.locator('[lang="ar"]')).toHaveText('إِرْهَاب');
  await expect(progress).toHaveText('Due now: 1 · In the deck: 1');
  // The next card takes the focus, as after a grade, and counts on from the one taken out.
  await expect(page.getByRole('region', { name: 'Flashcard 2 of 2' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(said).toHaveCount(0);
  await expect(progress).toHaveText('Due now: 2 · In the deck: 2');
  await expect(page.getByRole('region', { name: 'Flashcard 1 of 2' })).toBeFocused();

  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'I know it: stop reviewing' }).click();
  await page.reload();
  await expect(progress).toHaveText('Due now: 1 · In the deck: 1');
  // The last card taken out: focus goes to its Undo, not to the page.
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'I know it: stop reviewing' }).click();
  await expect(progress).toHaveText('Due now: 0 · In the deck: 0');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(page.getByText(messages.en.Flashcards.empty)).toHaveCount(0);
  // Still saved, and shown as known, on the vocabulary page.
  await page.goto(`${vocabularyPath('en')}?status=saved`);
  await expect(page.locator('#lemma-irhab').getByRole('combobox', { name: 'Status of إِرْهَاب', exact: true })).toHaveValue('known');
  // Back at the cards, the page says why there are none, rather than that none were ever made, and where they went.
  await page.goto(flashcardsPath('en'));
  await expect(progress).toHaveText('Due now: 0 · In the deck: 0');
  await expect(page.getByText(messages.en.Flashcards.allKnown.replace('{count}', '2'))).toBeVisible();
  await expect(page.getByText(messages.en.Flashcards.empty)).toHaveCount(0);
  await page.getByRole('link', { name: 'Words marked Known' }).click();
  await expect(page).toHaveURL(/\/vocabulary\?status=known$/);
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 292 words.');
});

for (const locale of ['en', 'ar'] as const)
  test(`the grade buttons are of one height, each its grade over when the card comes back (${locale})`, async ({ page }) => {
    await page.addInitScript((store) => localStorage.setItem('jisr:study:v1', store), JSON.stringify({ version: 1, words: { irhab: saved('w0-2') } }));
    await page.goto(flashcardsPath(locale));
    await page.getByRole('button', { name: messages[locale].Flashcards.showAnswer }).click();
    const grades = page.getByRole('group', { name: messages[locale].Flashcards.answer }).getByRole('button', { name: new RegExp(`^(${['again', 'hard', 'good', 'easy'].map((g) => messages[locale].Flashcards[g]).join('|')}) `) });
    await expect(grades).toHaveCount(4);
    const heights = await grades.evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().height)));
    expect(new Set(heights).size, `heights ${heights.join(', ')}`).toBe(1);
    // The interval on a line of its own, under the grade's name.
    const under = await grades.evaluateAll((buttons) =>
      buttons.map((button) => button.lastElementChild!.getBoundingClientRect().top >= button.firstElementChild!.getBoundingClientRect().bottom - 1),
    );
    expect(under).toEqual([true, true, true, true]);
  });

test('the hidden file input’s focus shows on its label', async ({ page }) => {
  await page.goto(flashcardsPath('en'));
  const backup = page.getByRole('button', { name: 'All study data (JSON)' });
  // It is disabled until the store is read, and focusing a disabled button does nothing: Tab would start from the page's top.
  await expect(backup).toBeEnabled();
  await backup.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Import study data (JSON)')).toBeFocused();
  await expect(page.locator('label.chip', { hasText: 'Import study data (JSON)' })).toHaveCSS('outline-style', 'solid');
});

test('an import whose schema cannot load is reported, not lost without a word', async ({ page }) => {
  await dropSchemaScript(page);
  await page.goto(flashcardsPath('en'));
  // The page says at once that the study data could not be read, rather than showing an empty deck.
  await expect(page.getByRole('alert').filter({ hasText: messages.en.Study.storeNotLoaded })).toBeVisible();
  await expect(page.getByText(messages.en.Flashcards.empty)).toHaveCount(0);
  await importStudyFile(page, '{"version":1,"words":{}}');
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toHaveText(messages.en.Flashcards.importNotLoaded);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a word marked or saved when the study schema cannot load is reported as not saved', async ({ page }) => {
  const notSaved = page.getByRole('status').filter({ hasText: messages.en.Study.notSaved });
  await dropSchemaScript(page);
  await openReader(page);
  await page.locator('#w1-1').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: messages.en.WordCard.save }).click();
  await expect(notSaved).toBeVisible();
  await expect(dialog.getByRole('button', { name: messages.en.WordCard.save, pressed: true })).toHaveCount(0);
  // A fresh page, so that the message heard next is the key's own.
  await openReader(page);
  await expect(notSaved).toHaveCount(0);
  await page.locator('#w1-1').focus();
  await page.keyboard.press('2');
  await expect(notSaved).toBeVisible();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('importing an older backup does not bring back a word set back to new since', async ({ page }) => {
  const t = messages.en;
  await markFirstWord(page, '2');
  await page.goto(flashcardsPath('en'));
  const progress = deckProgress(page);
  await expect(progress).toHaveText('Due now: 1 · In the deck: 1');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.Flashcards.exportJson }).click()]);
  const backup = (await json.path())!;
  // Since the backup, أكد was set back to new.
  await openReader(page);
  await page.locator('#w1-1').focus();
  await page.keyboard.press('1');
  await expect(page.getByRole('status').filter({ hasText: 'أكد: New' })).toBeVisible();
  await page.goto(flashcardsPath('en'));
  await expect(progress).toHaveText('Due now: 0 · In the deck: 0');
  await page.getByLabel(t.Flashcards.import).setInputFiles(backup);
  await expect(page.getByText(t.Flashcards.importedNothing.replace('{count}', '1'))).toBeVisible();
  await expect(progress).toHaveText('Due now: 0 · In the deck: 0');
});

test('a recall card blanks every form of its word in the sentence, not only the one shown', async ({ page }) => {
  const t = messages.en;
  await openReader(page);
  await saveWords(page, ['w1-2']); // رئيس, with الرئيس later in its sentence
  await page.goto(flashcardsPath('en'));
  await page.getByRole('button', { name: t.Flashcards.recallName }).click();
  const sentence = page.locator('.flashcard-ar');
  await expect(sentence.locator('mark')).toContainText('…………');
  // Heard as a blank, in the interface's language: dots are read as nothing, or as dots.
  await expect(sentence.locator('mark')).toMatchAriaSnapshot('- mark: blank');
  await expect(sentence).not.toContainText('رئيس');
  await page.getByRole('button', { name: t.Flashcards.showAnswer }).click();
  await expect(sentence.locator('mark')).toHaveText('رئيس');
  await expect(sentence).toContainText('الرئيس');
});

test('a card marks or blanks only its word, not the punctuation written on to it', async ({ page }) => {
  const t = messages.en;
  await openReader(page);
  await saveWords(page, ['w4-8']); // المنطقة، : the comma is the sentence's, not the word's
  await page.goto(flashcardsPath('en'));
  const sentence = page.locator('.flashcard-ar');
  await expect(sentence.locator('mark')).toHaveText('المنطقة');
  await expect(sentence).toContainText('المنطقة، والحرب');
  await page.getByRole('button', { name: t.Flashcards.recallName }).click();
  await expect(sentence.locator('mark')).toContainText('…………');
  await expect(sentence).toContainText(/…………\w*، والحرب/);
});

test('a card graded in another tab moves this one on to the next card, its answer not shown', async ({ page, context }) => {
  const t = messages.en;
  await openReader(page);
  await saveWords(page, ['w1-1', 'w1-2']);
  await page.goto(flashcardsPath('en'));
  const other = await context.newPage();
  await other.goto(flashcardsPath('en'));
  for (const tab of [page, other]) {
    await expect(deckProgress(tab)).toHaveText('Due now: 2 · In the deck: 2');
    await tab.getByRole('button', { name: t.Flashcards.showAnswer }).click();
  }
  await other.getByRole('group', { name: t.Flashcards.answer }).getByRole('button', { name: new RegExp(`^${t.Flashcards.good}`) }).click();
  await expect(deckProgress(page)).toHaveText('Due now: 1 · In the deck: 2');
  await expect(page.getByRole('button', { name: t.Flashcards.showAnswer })).toBeVisible();
  await expect(page.getByRole('group', { name: t.Flashcards.answer })).toHaveCount(0);
});

test('a word taken out as known and set otherwise in another tab loses its notice and Undo here', async ({ page, context }) => {
  await storeOnce(page, JSON.stringify({ version: 1, words: { irhab: saved('w0-2'), tansiq: saved('w0-3') } }));
  await page.goto(flashcardsPath('en'));
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'I know it: stop reviewing' }).click();
  const said = page.getByRole('status').filter({ hasText: 'is marked Known and has left your cards.' });
  await expect(said).toBeVisible();
  const other = await context.newPage();
  await other.goto(vocabularyPath('en'));
  await other.getByRole('combobox', { name: 'Status of إِرْهَاب', exact: true }).selectOption('learning');
  await expect(deckProgress(page)).toHaveText('Due now: 2 · In the deck: 2');
  await expect(said).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  // Marked known there again, it is still not this page's to undo.
  await other.getByRole('combobox', { name: 'Status of إِرْهَاب', exact: true }).selectOption('known');
  await expect(deckProgress(page)).toHaveText('Due now: 1 · In the deck: 1');
  await expect(said).toHaveCount(0);
});

test('where the flashcards fail, in a browser without a feature they use, the rest of the page keeps working', async ({ page }) => {
  // The answer's grades say when each would bring the card back ("in 10 minutes") with Intl.RelativeTimeFormat.
  await page.addInitScript(() => {
    Object.defineProperty(Intl, 'RelativeTimeFormat', {
      value: function () {
        throw new TypeError('Intl.RelativeTimeFormat is not supported');
      },
    });
  });
  await storeOnce(page, JSON.stringify({ version: 1, words: { irhab: saved('w0-2') } }));
  await page.goto(flashcardsPath('en'));
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: messages.en.Study.partFailed })).toBeVisible();
  // Not the framework's error screen in the page's place: its heading, links and study data are there.
  await expect(page.getByRole('heading', { level: 1, name: 'Flashcards' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vocabulary' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'All study data (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^jisr-study-\d{4}-\d\d-\d\d\.json$/);
});

test('a bad import is reported and changes nothing', async ({ page }) => {
  await markFirstWord(page, '2');
  await page.goto(flashcardsPath('en'));
  const progress = deckProgress(page);
  await expect(progress).toHaveText('Due now: 1 · In the deck: 1');
  await importStudyFile(page, '{"version":1,"words":{"akkada":{"status":"forgotten"}}}');
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert.getByRole('listitem')).toHaveText('words.akkada.status: a value that is not allowed');
  await expect(progress).toHaveText('Due now: 1 · In the deck: 1');

  await importStudyFile(page, '["a", "b"]');
  await expect(alert.getByRole('listitem')).toHaveText('The file is not Jisr study data.');
  // Another app's file with a version of its own is no study data either, not a list of its fields.
  await importStudyFile(page, '{"name":"my-app","version":"1.0.0"}');
  await expect(alert.getByRole('listitem')).toHaveText('The file is not Jisr study data.');
  // A backup from a later Jisr says that this page is the one out of date, not that its version is not allowed.
  await importStudyFile(page, '{"version":2,"words":{"akkada":{"status":"known"}}}');
  await expect(alert.getByRole('listitem')).toHaveText(/^The file was saved by a newer version of Jisr than this page/);
  await expect(progress).toHaveText('Due now: 1 · In the deck: 1');
  // Tied to the file's button, for a screen reader that comes back to it.
  await expect(page.getByLabel('Import study data (JSON)')).toHaveAccessibleDescription(/^Nothing was imported/);
});

test('an import is said each time, the same file again too', async ({ page }) => {
  await page.goto(flashcardsPath('en'));
  // Each message put in the page, as a screen reader would be given it: a live region says what is added.
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && (node.getAttribute('role') === 'alert' || node.parentElement?.hasAttribute('aria-live'))) said.push(node.textContent!);
        }
      }
    }).observe(document.querySelector('main')!, { childList: true, subtree: true });
  });
  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
  const refused = 'Nothing was imported, and your data is unchanged. The file has these problems:The file is not Jisr study data.';
  const empty = 'Nothing to import: the file holds no words.';
  const files = [['["a"]', refused], ['["a"]', refused], ['{"version":1,"words":{}}', empty], ['{"version":1,"words":{}}', empty]] as const;
  for (const [i, [text]] of files.entries()) {
    await importStudyFile(page, text);
    await expect.poll(async () => (await said()).length).toBe(i + 1);
  }
  expect(await said()).toEqual(files.map(([, message]) => message));
});

test('a file refused on import has its problems scrolled into sight below the import button, at the foot of a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(flashcardsPath('en'));
  const button = page.getByText(messages.en.Flashcards.import, { exact: true });
  await button.evaluate((label) => label.scrollIntoView({ block: 'end' }));
  await importStudyFile(page, '{"version":1,"words":{"akkada":{"status":"forgotten"}}}');
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toBeInViewport({ ratio: 0.95 });
  await expect(button).toBeInViewport();
});

test('an import says how many of its words are not in this article, and keeps them', async ({ page }) => {
  await page.goto(flashcardsPath('en'));
  await importStudyFile(page, '{"version":1,"words":{"akkada":{"status":"learning"},"kitab":{"status":"known"},"qalam":{"status":"known"}}}');
  await expect(page.getByText('Imported words: 3. Words not in this article, kept too: 2.')).toBeVisible();
  await expect(deckProgress(page)).toHaveText('Due now: 1 · In the deck: 1');
  expect(Object.keys(JSON.parse((await page.evaluate(() => localStorage.getItem('jisr:study:v1')))!).words)).toEqual(['akkada', 'kitab', 'qalam']);
});

test('a saved word marked known leaves the cards but not the exports of the study words', async ({ page }) => {
  await page.goto(flashcardsPath('en'));
  await importStudyFile(
    page,
    '{"version":1,"words":{"akkada":{"status":"known","saved":{"token":"w1-1","article":"damascus-baghdad-security-coordination","savedAt":"2026-11-01T00:00:00.000Z"}}}}',
  );
  await expect(page.getByText('Imported words: 1.')).toBeVisible();
  await expect(deckProgress(page)).toHaveText('Due now: 0 · In the deck: 0');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Study words (CSV)' }).click()]);
  const rows = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
  expect(rows).toHaveLength(2);
  expect(rows[1]).toMatch(/^أكد,أَكَّدَ,أَكَّدَ,.*,Known,/);
});

test('a word named like a property of every object is imported as a word of another article, and the deck still works', async ({ page }) => {
  await page.goto(flashcardsPath('en'));
  await importStudyFile(page, '{"version":1,"words":{"constructor":{"status":"learning","saved":{"token":"w1-2","article":"damascus-baghdad-security-coordination","savedAt":"2026-11-01T00:00:00.000Z"}}}}');
  await expect(page.getByText('Imported words: 1. Words not in this article, kept too: 1.')).toBeVisible();
  await page.reload();
  await expect(deckProgress(page)).toHaveText('Due now: 0 · In the deck: 0');
  await expect(page.getByRole('button', { name: 'Study words (CSV)' })).toBeDisabled();
});

test('a file with no words says there is nothing to import', async ({ page }) => {
  await page.goto(flashcardsPath('en'));
  await importStudyFile(page, '{"version":1,"words":{}}');
  await expect(page.getByText('Nothing to import: the file holds no words.')).toBeVisible();
});

test('an import that changes nothing here says so: this device’s later change stands', async ({ page }) => {
  await markFirstWord(page, '3');
  await page.goto(flashcardsPath('en'));
  await importStudyFile(page, '{"version":1,"words":{"akkada":{"status":"new","changedAt":"2020-01-01T00:00:00.000Z"}}}');
  await expect(page.getByText('Nothing to import: this device already has every word in the file (1), as the file has it or as changed here since.')).toBeVisible();
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('jisr:study:v1')))!).words.akkada.status).toBe('known');
  // Of a file that brings something, what it brought is counted apart from what was up to date.
  await importStudyFile(page, '{"version":1,"words":{"akkada":{"status":"new","changedAt":"2020-01-01T00:00:00.000Z"},"kitab":{"status":"known"}}}');
  await expect(
    page.getByText('Imported words: 1. Words not in this article, kept too: 1. Words this device already has, as the file has them or as changed here since, left as they are: 1.'),
  ).toBeVisible();
});

test('in the Arabic interface a bad import’s problems are listed inside their notice, left to right', async ({ page }) => {
  const t = messages.ar;
  await page.goto(flashcardsPath('ar'));
  await importStudyFile(page, '{"version":1,"words":{"akkada":{"status":"forgotten"}}}', t.Flashcards.import);
  const alert = page.getByRole('alert').filter({ hasText: t.Flashcards.importFailed });
  const problem = alert.getByRole('listitem');
  await expect(problem).toHaveText(`words.akkada.status: ${t.Flashcards.problemNotAllowed}`);
  // Its bullet, drawn before the item's start (the right, in Arabic), falls inside the notice.
  const [box, item] = [(await alert.boundingBox())!, (await problem.boundingBox())!];
  expect(box.x + box.width - (item.x + item.width)).toBeGreaterThanOrEqual(32);
  // The path opens the line at its start and keeps its own left-to-right order.
  const path = problem.getByText('words.akkada.status');
  const pathBox = (await path.boundingBox())!;
  expect(item.x + item.width - (pathBox.x + pathBox.width)).toBeLessThan(2);
  expect(await drawnOutOfOrder(path)).toEqual([]);
});

for (const path of ['', '/vocabulary', '/flashcards'])
  test(`a corrupt study store is reported wherever it is first read (${path || 'reader'})`, async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('jisr:study:v1', 'garbage{{'));
    await page.goto(`${readerPath('en')}${path}`);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be read, so it was reset' });
    await expect(alert).toBeVisible();
    // The copy set aside is the student's to keep.
    const [file] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the unreadable copy' }).click()]);
    expect(readFileSync((await file.path())!, 'utf8')).toBe('garbage{{');
  });

for (const [grade, wait, when] of [
  ['Again', '02:00', 'minutes'],
  // Beyond the hour the page waits at most before it looks again.
  ['Easy', 60 * 24 * 60 * 60 * 1000, 'days'],
] as const)
  test(`a card graded ${grade}, due again in ${when}, takes focus in a tab left open from the note that all are done, which it replaces`, async ({ page }) => {
    await page.clock.install();
    await markFirstWord(page, '2');
    await page.goto(flashcardsPath('en'));
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: new RegExp(`^${grade}`) }).click();
    await expect(page.getByText(/^All caught up\./)).toBeFocused();
    await page.clock.fastForward(wait);
    await expect(page.getByRole('region', { name: /^Flashcard 2 of 2/ })).toBeFocused();
  });

test('a card that falls due while another shows is counted as due then', async ({ page }) => {
  await page.clock.install();
  const progress = await openDeckOfTwo(page);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Again/ }).click();
  await expect(progress).toHaveText('Due now: 1 · In the deck: 2');
  await page.clock.fastForward('02:00');
  await expect(progress).toHaveText('Due now: 2 · In the deck: 2');
});

test('the note that all are done says when the next card is due as the time comes, and after the computer slept', async ({ page }) => {
  await page.clock.install();
  await markFirstWord(page, '2');
  await page.goto(flashcardsPath('en'));
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByText(/^All caught up\./)).toHaveText('All caught up. The next card is due in 10 minutes.');
  await page.clock.fastForward('04:00');
  await expect(page.getByText(/^All caught up\./)).toHaveText('All caught up. The next card is due in 6 minutes.');
  // Asleep for an hour, no timer ran; woken, the page is seen again.
  await page.clock.setSystemTime((await page.evaluate(() => Date.now())) + 60 * 60 * 1000);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.getByRole('region', { name: /^Flashcard 2 of 2/ })).toBeVisible();
});

test('in the Arabic interface a grade says after how long its card comes back', async ({ page }) => {
  await storeOnce(page, JSON.stringify({ version: 1, words: { irhab: saved('w0-2') } }));
  await page.goto(flashcardsPath('ar'));
  await page.getByRole('button', { name: messages.ar.Flashcards.showAnswer }).click();
  // «خلال 10 دقائق», as CLDR has it, reads as "within 10 minutes".
  await expect(page.getByRole('button', { name: new RegExp(`^${messages.ar.Flashcards.good}`) })).toContainText('بعد 10 دقائق');
});

test('a corrupt study store is reported and reset, and the pages keep working', async ({ page }) => {
  await storeOnce(page, '{"version":1,"words":{"x":{"status":');
  await openReader(page);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read, so it was reset' })).toBeVisible();
  await expect(coverage(page)).toHaveText('0% of words known · learning: 0 · new words: 239');
  await page.goto(flashcardsPath('en'));
  await expect(deckProgress(page)).toHaveText('Due now: 0 · In the deck: 0');
  expect(await page.evaluate(() => localStorage.getItem('jisr:study:v1:unreadable'))).toBe('{"version":1,"words":{"x":{"status":');
  // Still said on the next page, until the student hides it; the copy stays either way.
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read, so it was reset' });
  await notice.getByRole('button', { name: 'Hide this notice' }).click();
  await expect(notice).toHaveCount(0);
  // Focus goes on to what follows the notice, not to the page, where a screen reader loses its place.
  await expect(page.locator('body')).not.toBeFocused();
  await expect(page.getByRole('button', { name: 'Arabic to English' })).toBeFocused();
  // A word being learnt shows once the store is read, so the notice's absence below is not a page still loading.
  await page.evaluate(() => localStorage.setItem('jisr:study:v1', '{"version":1,"words":{"akkada":{"status":"learning"}}}'));
  await page.reload();
  await expect(deckProgress(page)).toHaveText('Due now: 1 · In the deck: 1');
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('jisr:study:v1:unreadable'))).toBe('{"version":1,"words":{"x":{"status":');
});

test('a study store too large to set a copy of aside is left as it is, and offered for download', async ({ page }) => {
  // Cut off, so unreadable, and a second copy of it does not fit beside it in Chromium's storage.
  const raw = `{"version":1,"words":{"akkada":{"status":"learning"}},"notes":"${'x'.repeat(3_000_000)}`;
  await storeOnce(page, raw);
  await page.goto(flashcardsPath('en'));
  const notice = page.getByRole('alert').filter({ hasText: 'there was no room on this device to set a copy of it aside, so it was left as it is' });
  await expect(notice).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the unreadable copy' }).click()]);
  expect(readFileSync((await file.path())!, 'utf8')).toBe(raw);
  // Still there, so the next page says so again.
  await page.goto(vocabularyPath('en'));
  await expect(notice).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('jisr:study:v1')?.length)).toBe(raw.length);
});

test('a study store with one bad word keeps the others, and says how many', async ({ page }) => {
  const raw = '{"version":1,"words":{"akkada":{"status":"learning"},"amn":{"status":"forgotten"}}}';
  await storeOnce(page, raw);
  await page.goto(flashcardsPath('en'));
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read and was left out; the rest was kept (words kept: 1)' });
  await expect(notice).toBeVisible();
  await expect(deckProgress(page)).toHaveText('Due now: 1 · In the deck: 1');
  // The next page says the same, and the whole copy is the student's to download.
  await page.goto(`${readerPath('ar')}`);
  const arabic = page.getByRole('alert').filter({ hasText: 'الكلمات المُبقاة: 1' });
  await expect(arabic).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), arabic.getByRole('button', { name: messages.ar.Study.downloadUnreadable }).click()]);
  expect(readFileSync((await file.path())!, 'utf8')).toBe(raw);
});

/** A device whose storage refuses the study store, holding `raw`; settings still save. */
async function refuseStudyWrites(page: Page, raw?: string) {
  if (raw) await page.addInitScript((value) => localStorage.setItem('jisr:study:v1', value), raw);
  await refuseWrites(page, 'jisr:study');
}

test('a change the device will not save is said where the reader is, and holds on that page only', async ({ page }) => {
  await refuseStudyWrites(page);
  await openReader(page);
  await page.locator('#w1-1').focus();
  await page.keyboard.press('3');
  const said = page.getByRole('status').filter({ hasText: messages.en.Study.storeUnsaved });
  await expect(said).toBeInViewport();
  // Said once, here: the page's notice at the top would be out of sight.
  await expect(page.getByRole('alert').filter({ hasText: messages.en.Study.storeUnsaved })).toHaveCount(0);
  await expect(coverage(page)).toHaveText(/new words: 238$/);
  await page.reload();
  await expect(coverage(page)).toHaveText('0% of words known · learning: 0 · new words: 239');
});

test('a word saved from its card that the device will not keep is said clear of the card', async ({ page }) => {
  await refuseStudyWrites(page);
  await page.setViewportSize({ width: 390, height: 700 });
  await openReader(page, readerPath('en', '8'));
  // Just under the header, on a phone: its card opens below it, down to the foot of the screen.
  await page.locator('#w8-3').click();
  const save = page.getByRole('dialog').getByRole('button', { name: messages.en.WordCard.save });
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  const said = page.getByRole('status').filter({ hasText: messages.en.Study.storeUnsaved });
  await expect(said).toBeInViewport();
  await expectDrawnApart(said, page.getByRole('dialog'));
});

test('a device that stores nothing is said up front on the study pages, and once a grade is refused, in that notice’s place', async ({ page }) => {
  const upFront = page.getByText(messages.en.Study.storeOff);
  await page.addInitScript(() => localStorage.setItem('jisr:study:v1', '{"version":1,"words":{"akkada":{"status":"learning"}}}'));
  await page.goto(flashcardsPath('en'));
  // The store read, on a device that keeps it: nothing to say.
  await expect(deckProgress(page)).toHaveText('Due now: 1 · In the deck: 1');
  await expect(upFront).toHaveCount(0);
  await refuseStudyWrites(page);
  await page.reload();
  await expect(upFront).toBeInViewport();
  await expect(deckProgress(page)).toHaveText('Due now: 1 · In the deck: 1');
  await page.getByRole('button', { name: messages.en.Flashcards.showAnswer }).click();
  await page.getByRole('group', { name: 'Answer' }).getByRole('button', { name: /^Good/ }).click();
  const refused = page.getByRole('alert').filter({ hasText: messages.en.Study.storeUnsaved });
  await expect(refused).toBeVisible();
  await expect(upFront).toHaveCount(0);
  // Hidden, it has been read: the notice up front does not come back in its place.
  await refused.getByRole('button', { name: messages.en.Study.dismissNotice }).click();
  await expect(refused).toHaveCount(0);
  await expect(upFront).toHaveCount(0);
  // The vocabulary says it at its top too, before the student changes a word far down the list.
  await page.goto(vocabularyPath('ar'));
  await expect(page.getByText(messages.ar.Study.storeOff)).toBeInViewport();
});

test('a grade the device will not save is said on the flashcards page, until the student hides it', async ({ page }) => {
  await refuseStudyWrites(page, '{"version":1,"words":{"akkada":{"status":"learning"}}}');
  await page.goto(flashcardsPath('en'));
  await expect(deckProgress(page)).toHaveText('Due now: 1 · In the deck: 1');
  await page.getByRole('button', { name: messages.en.Flashcards.showAnswer }).click();
  await page.getByRole('group', { name: 'Answer' }).getByRole('button', { name: /^Good/ }).click();
  const notice = page.getByRole('alert').filter({ hasText: messages.en.Study.storeUnsaved });
  await expect(notice).toBeInViewport();
  await notice.getByRole('button', { name: messages.en.Study.dismissNotice }).click();
  await expect(notice).toHaveCount(0);
  // An import is said beside its button to last on this page only, as well as above the cards.
  await importStudyFile(page, '{"version":1,"words":{"irhab":{"status":"learning"}}}');
  await expect(page.getByText(`Imported words: 1. ${messages.en.Study.storeUnsaved}`)).toBeVisible();
  await expect(notice).toBeVisible();
});

test('hiding the notice of a grade not saved hands the focus back to the card, where Space shows the answer', async ({ page }) => {
  await refuseStudyWrites(page, JSON.stringify({ version: 1, words: { irhab: saved('w0-2'), tansiq: saved('w0-3') } }));
  await page.goto(flashcardsPath('en'));
  await expect(deckProgress(page)).toHaveText('Due now: 2 · In the deck: 2');
  const recall = page.getByRole('button', { name: 'English to Arabic' });
  await recall.click();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('group', { name: 'Answer' }).getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByRole('region', { name: 'Flashcard 2 of 2' })).toBeFocused();
  const notice = page.getByRole('alert').filter({ hasText: messages.en.Study.storeUnsaved });
  await notice.getByRole('button', { name: messages.en.Study.dismissNotice }).click();
  await expect(notice).toHaveCount(0);
  // Left on the direction after the notice, Space turned the deck back to Arabic to English.
  await page.keyboard.press(' ');
  await expect(page.getByRole('group', { name: 'Answer' })).toBeVisible();
  await expect(recall).toHaveAttribute('aria-pressed', 'true');
});

test('the vocabulary page shows and filters by status', async ({ page }) => {
  await markFirstWord(page, '3');
  await page.goto(vocabularyPath('en'));
  const filter = page.getByRole('combobox', { name: 'Status', exact: true });
  await filter.selectOption('known');
  const visible = page.locator('#vocabulary-list > li:visible');
  await expect(visible).toHaveCount(1);
  await expect(visible.getByRole('combobox', { name: 'Status of أَكَّدَ', exact: true })).toHaveValue('known');
  const noMatch = page.getByRole('status').filter({ hasText: messages.en.Vocabulary.noMatch });
  await expect(noMatch).toHaveCount(0);
  await filter.selectOption('learning');
  await expect(visible).toHaveCount(0);
  await expect(noMatch).toBeVisible();
  await filter.selectOption('');
  await expect(noMatch).toHaveCount(0);
});

test('until the store is read, the flashcards page neither exports an empty backup nor says there are no cards', async ({ page }) => {
  await markFirstWord(page, '2');
  const release = await holdScript(page, schemaScriptMarker);
  await page.goto(flashcardsPath('en'));
  const exportJson = page.getByRole('button', { name: 'All study data (JSON)' });
  await expect(exportJson).toBeDisabled();
  await expect(page.getByText(messages.en.Flashcards.empty)).toHaveCount(0);
  await expect(page.getByText(messages.en.Flashcards.nothingToExport)).toHaveCount(0);
  release();
  await expect(exportJson).toBeEnabled();
  await expect(deckProgress(page)).toHaveText('Due now: 1 · In the deck: 1');
  const [json] = await Promise.all([page.waitForEvent('download'), exportJson.click()]);
  expect(Object.keys(JSON.parse(readFileSync((await json.path())!, 'utf8')).words)).toEqual(['akkada']);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a status filter in the address waits for the store, rather than saying first that no words match', async ({ page }) => {
  await markFirstWord(page, '3');
  // The store's schema held back, as on a slow connection: until it arrives every word reads as new.
  const release = await holdScript(page, schemaScriptMarker);
  await page.goto(`${vocabularyPath('en')}?status=known`);
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await expect(page.getByText(messages.en.Vocabulary.noMatch)).toHaveCount(0);
  await expect(page.getByText(/^Showing \d+ of \d+ words\.$/)).toHaveCount(0);
  release();
  const status = page.getByRole('status').filter({ hasText: /words\.$/ });
  const visible = page.locator('#vocabulary-list > li:visible');
  await expect(visible).toHaveCount(1);
  await expect(visible).toContainText('أَكَّدَ');
  await expect(status).toHaveText(/^Showing 1 of \d+ words\.$/);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

for (const locale of ['en', 'ar'] as const) {
  test(`axe finds no violations on the flashcards page with an answer shown (${locale})`, async ({ page }) => {
    await openReader(page, readerPath(locale));
    await page.locator('#w0-1').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#w0-3')).toBeFocused();
    await page.keyboard.press('2');
    await expect(page.getByRole('status').filter({ hasText: `تنسيق: ${messages[locale].WordStatus.learning}` })).toBeVisible();
    await page.goto(flashcardsPath(locale));
    await page.getByRole('button', { name: messages[locale].Flashcards.showAnswer }).click();
    await expect(page.getByRole('group', { name: messages[locale].Flashcards.answer })).toBeVisible();
    // At the page's top: on a phone the answer scrolls its grades into sight, which can leave the link to the
    // vocabulary half under the sticky header, and axe measures a target by what of it shows.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe finds no violations with search results shown', async ({ page }) => {
  await openReader(page);
  await page.getByRole('searchbox', { name: 'Search the article' }).fill('الأمني');
  await expect(page.locator('#search-results')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
