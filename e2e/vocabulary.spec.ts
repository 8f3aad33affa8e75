import { expect, test, type Page } from '@playwright/test';
import { axeViolations, drawnOutOfOrder, dropSchemaScript, expectRightUnderHeader, holdScript, lineStarts, onTop, readerPath, refuseWrites, saveWords, schemaScriptMarker, slug, vocabularyPath } from './support';

/** The words the list shows come to stand most frequent first. */
async function expectFrequencyOrder(page: Page) {
  const counts = () => page.locator('#vocabulary-list > li:visible').evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.count)));
  await expect.poll(async () => (await counts()).every((n, i, all) => i === 0 || all[i - 1]! >= n)).toBe(true);
}

test('lists every lemma with its root, count and first context, linked back to the word', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  await expect(page.getByRole('heading', { level: 1, name: 'Vocabulary' })).toBeVisible();
  const entries = page.locator('#vocabulary-list > li');
  await expect(entries).toHaveCount(292);
  const first = entries.first();
  await expect(first).toContainText('مُوَاجَهَة');
  await expect(first.locator('mark')).toHaveText('لمواجهة');
  await first.getByRole('link', { name: 'Read it in the article' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}#w0-1$`));
  await expect(page.getByRole('dialog', { name: 'Word card: لمواجهة' })).toBeVisible();
});

test('in the Arabic interface, meanings and translations read left to right, brackets and full stops in place', async ({ page }) => {
  await page.goto(vocabularyPath('ar'));
  const entry = page.locator('#lemma-anna');
  const meanings = entry.getByText('that (complementizer)');
  const translation = entry.getByText(/^An Iraqi government statement said .* between the two countries\.$/);
  for (const english of [meanings, translation]) expect(await drawnOutOfOrder(english)).toEqual([]);
  // The translation, two lines or more, is set from the left, not ragged on the left as the Arabic is.
  const starts = await lineStarts(translation);
  expect(starts.length).toBeGreaterThan(1);
  expect(new Set(starts)).toEqual(new Set([0]));
});

test('in the Arabic interface, a meaning or a note that runs on to a second line starts it at the left', async ({ page }) => {
  await page.goto(vocabularyPath('ar'));
  const note = page.locator('#lemma-saytara').getByText(/^A three-letter root/);
  const starts = await lineStarts(note);
  expect(starts.length).toBeGreaterThan(1);
  expect(new Set(starts)).toEqual(new Set([0]));
  // Two lines on a phone: the second was set from the right, under a ragged left edge.
  const meanings = page.locator('#lemma-siyyama').getByText(/^especially/);
  expect(new Set(await lineStarts(meanings))).toEqual(new Set([0]));
});

test('Arabic quoted in an English meaning is marked as Arabic', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  // ذو: "endowed with (fem. ذات)"; وفق: "according to (وَفْقَ، وَفْقًا لِـ)".
  await expect(page.locator('#lemma-dhu [lang="en"] [lang="ar"]')).toHaveText(['ذات']);
  await expect(page.locator('#lemma-wafq [lang="en"] [lang="ar"]')).toHaveText(['وَفْقَ، وَفْقًا لِـ']);
});

test('its landmarks are few enough to move by: a root family is a group, not a region', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  await expect(page.getByRole('group', { name: 'Root ر-ه-ب' })).toBeAttached();
  expect(await page.getByRole('region').count()).toBeLessThan(10);
});

test('root families group the article’s words, reachable from the list and from the card', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  const family = page.getByRole('group', { name: 'Root ر-ه-ب' });
  await expect(family).toContainText('إِرْهَاب');
  await expect(family).toContainText('إِرْهَابِيّ');
  // The forms the article uses, under their lemma: the plural إرهابيين under إرهابي.
  await expect(family).toContainText('إرهابيين');
  // Each word with its pattern: إرهاب is إفعال, the masdar of form IV.
  await expect(family.getByRole('listitem').first()).toContainText('form IV · pattern إِفْعَال');
  await page.goto(readerPath('en'));
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await page.locator('#w0-2').click();
  await page.getByRole('dialog').getByRole('link', { name: 'Root family' }).click();
  await expect(page).toHaveURL(/\/vocabulary#root-rhb$/);
  await expect(page.getByRole('group', { name: 'Root ر-ه-ب' })).toBeInViewport();
});

test('in the Arabic interface each word’s form has the name Arabic grammar gives it', async ({ page }) => {
  await page.goto(vocabularyPath('ar'));
  await expect(page.locator('#lemma-irhab')).toContainText('اسم · باب الإفعال (IV) · على وزن إِفْعَال');
  await expect(page.locator('#lemma-saytara')).toContainText('فعل · الرباعي المجرد (Iq) · على وزن فَيْعَلَ');
});

test('says how its count of words relates to the reader’s', async ({ page }) => {
  await page.goto(readerPath('en'));
  await expect(page.getByText(/new words: 239$/)).toBeVisible();
  await page.goto(vocabularyPath('en'));
  await expect(page.getByText('292 dictionary forms and 190 roots. The article page counts 239 of the forms, leaving out entities and numbers.')).toBeVisible();
});

test('sorts by frequency and filters by part of speech', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('freq');
  await expectFrequencyOrder(page);
  await expect(page.getByRole('combobox', { name: 'Show' }).getByRole('option', { name: 'Proper noun', exact: true })).toBeAttached();
  await page.getByRole('combobox', { name: 'Show' }).selectOption('verb');
  await expect(page.locator('#vocabulary-list > li:visible').first()).toHaveAttribute('data-pos', 'verb');
  const shown = await page.locator('#vocabulary-list > li:visible').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.pos));
  expect(new Set(shown)).toEqual(new Set(['verb']));
  // Said as well as seen: the count is in a status region.
  await expect(page.getByRole('status')).toHaveText(`Showing ${shown.length} of 292 words.`);
  await page.getByRole('combobox', { name: 'Show' }).selectOption('');
  await expect(page.getByRole('status')).toHaveText('Showing all 292 words.');
});

test('a shared link’s filters, applied once the scripts run, do not push the list down', async ({ page }) => {
  // The room between the toolbar and the list as first laid out, before the scripts have run.
  const gap = () => document.getElementById('vocabulary-list')!.getBoundingClientRect().top - document.querySelector('.toolbar')!.getBoundingClientRect().bottom;
  await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => { window.gapAtFirst = (${gap.toString()})(); })`);
  await page.goto(`${vocabularyPath('en')}?pos=verb`);
  await expect(page.getByRole('status')).toHaveText(/^Showing \d+ of 292 words\.$/);
  expect(await page.evaluate(gap)).toBe(await page.evaluate(() => (window as unknown as { gapAtFirst: number }).gapAtFirst));
});

test('the count line never says the count of the filters before first, and says when all words show again', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  const status = page.getByRole('status');
  const statusFilter = page.getByRole('combobox', { name: 'Status', exact: true });
  await expect(statusFilter).toBeVisible();
  // Every text the live region takes, as a screen reader would be given it.
  await status.evaluate((region) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  });
  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
  await statusFilter.selectOption('known');
  await expect(status).toHaveText('No words match these choices.');
  await page.getByRole('combobox', { name: 'Show' }).selectOption('verb');
  await page.getByRole('button', { name: 'Show all words' }).click();
  await expect(status).toHaveText('Showing all 292 words.');
  // No filter chosen here left any word in view: a count of words shown was never true.
  expect((await said()).filter((text) => /^Showing \d+ of/.test(text))).toEqual([]);
  expect(await said()).toContain('No words match these choices.');
});

test('lists the saved words, whatever their status, and marks them saved', async ({ page }) => {
  await page.goto(readerPath('en'));
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await saveWords(page, ['w1-1']);
  await page.goto(vocabularyPath('en'));
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('saved');
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 292 words.');
  const entry = page.locator('#vocabulary-list > li:visible');
  await expect(entry).toHaveAttribute('id', 'lemma-akkada');
  await expect(entry.getByRole('combobox', { name: 'Status of أَكَّدَ', exact: true })).toHaveValue('new');
  await expect(entry.getByRole('button', { name: 'Save word أَكَّدَ', exact: true, pressed: true })).toBeVisible();
  await expect(page).toHaveURL(/\/vocabulary\?status=saved$/);
  // On paper the controls give way to what they say.
  await page.emulateMedia({ media: 'print' });
  await expect(entry.getByRole('combobox')).toBeHidden();
  await expect(entry.getByText('New · Saved', { exact: true })).toBeVisible();
});

test('changes a word’s status and saving where it is listed, keeping it in view under the filter it no longer matches', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  const entry = page.locator('#lemma-irhab');
  const status = entry.getByRole('combobox', { name: 'Status of إِرْهَاب', exact: true });
  const save = entry.getByRole('button', { name: 'Save word إِرْهَاب', exact: true });
  await status.selectOption('learning');
  const filter = page.getByRole('combobox', { name: 'Status', exact: true });
  await filter.selectOption('learning');
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 292 words.');
  // Set to Known under "Learning", the word stays where the student is, with the focus, until the filters change.
  await status.focus();
  await status.selectOption('known');
  await expect(status).toHaveValue('known');
  await expect(status).toBeFocused();
  await expect(entry).toBeVisible();
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(save).toBeFocused();
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('No words match these choices.');
  await filter.selectOption('saved');
  await expect(page.locator('#vocabulary-list > li:visible')).toHaveAttribute('id', 'lemma-irhab');
  await expect(status).toHaveValue('known');
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  // The reader's card says the same, of the word the list saved it from.
  await page.goto(readerPath('en'));
  await page.locator('#w0-2').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Known' })).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog.getByRole('button', { name: 'Save word' })).toHaveAttribute('aria-pressed', 'true');
  // Unsaved in the list, it is unsaved there too.
  await page.goto(vocabularyPath('ar'));
  const unsave = page.locator('#lemma-irhab').getByRole('button', { name: 'احفظ الكلمة إِرْهَاب', exact: true });
  await expect(unsave).toHaveAttribute('aria-pressed', 'true');
  await unsave.click();
  await expect(unsave).toHaveAttribute('aria-pressed', 'false');
  await page.goto(readerPath('en'));
  await page.locator('#w0-2').click();
  await expect(dialog.getByRole('button', { name: 'Save word' })).toHaveAttribute('aria-pressed', 'false');
});

test('a change the device will not save is said at the foot of the screen, where the student is in the list', async ({ page }) => {
  await refuseWrites(page, 'jisr:study:');
  await page.goto(vocabularyPath('en'));
  // The list's last word, far down the page from where a notice in its flow would be.
  const status = page.locator('#vocabulary-list > li').last().getByRole('combobox');
  await status.focus();
  await status.selectOption('known');
  const notice = page.getByRole('alert').filter({ hasText: 'This device is not saving your changes to your words' });
  await expect(notice).toBeInViewport();
  const box = (await notice.boundingBox())!;
  expect(box.y + box.height).toBeGreaterThan(page.viewportSize()!.height - 60);
  // It leaves the list's end within reach: scrolled to the foot, the page's last link is not under it.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const lastLink = page.getByRole('main').getByRole('link').last();
  await expect(lastLink).toBeInViewport();
  await expect.poll(() => onTop(lastLink)).toBe(true);
  // Hidden, it gives the focus back to the control the student came from, not to the top of the page.
  await notice.getByRole('button', { name: 'Hide this notice' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(status).toBeFocused();
});

test('two words spelt alike have controls named apart', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  await expect(page.getByRole('combobox', { name: 'Status of مَا (particle)', exact: true })).toBeEnabled();
  await expect(page.getByRole('combobox', { name: 'Status of مَا (relative pronoun)', exact: true })).toBeEnabled();
  await expect(page.getByRole('button', { name: /^Save word مَا \(/ })).toHaveCount(2);
});

test('a link to a word the filters hide clears them: in an address opened, and followed again to the same word', async ({ page }) => {
  await page.goto(`${vocabularyPath('en')}?status=known#lemma-tansiq`);
  const entry = page.locator('#lemma-tansiq');
  await expect(entry).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`${vocabularyPath('en')}#lemma-tansiq$`));
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('');
  // The address already holds the word's fragment: following the link again changes no fragment, and fires no hashchange.
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('known');
  await expect(entry).toBeHidden();
  await page.getByRole('group', { name: 'Root ن-س-ق' }).getByRole('link', { name: 'تَنْسِيق' }).click();
  await expect(entry).toBeInViewport();
});

test('a list the filters leave empty offers every word, leaving focus in the filters', async ({ page }) => {
  await page.goto(`${vocabularyPath('en')}?pos=verb&status=known`);
  await expect(page.getByRole('status')).toHaveText('No words match these choices.');
  await page.getByRole('button', { name: 'Show all words' }).click();
  const pos = page.getByRole('combobox', { name: 'Show', exact: true });
  await expect(pos).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('');
  await expect(page.locator('#vocabulary-list > li:visible')).toHaveCount(292);
  await expect(page).toHaveURL(new RegExp(`${vocabularyPath('en')}$`));
  await expect(pos).toBeFocused();
  await expect(page.getByRole('button', { name: 'Show all words' })).toHaveCount(0);
});

test('printed, the list is the one its line names, without the words kept in view on screen', async ({ page }) => {
  await page.goto(`${vocabularyPath('en')}?status=learning`);
  const noMatch = page.getByRole('status').filter({ hasText: 'No words match these choices.' });
  await expect(noMatch).toBeVisible();
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('');
  const status = page.locator('#lemma-irhab').getByRole('combobox', { name: 'Status of إِرْهَاب', exact: true });
  await status.selectOption('learning');
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('learning');
  await status.selectOption('known');
  await expect(page.locator('#lemma-irhab')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 292 words.');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#lemma-irhab')).toBeHidden();
  await expect(page.getByText('No words match these choices.').filter({ visible: true })).toHaveCount(1);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#lemma-irhab')).toBeVisible();
});

test('a word’s status cannot be changed in the list before the device’s store is read', async ({ page }) => {
  const release = await holdScript(page, schemaScriptMarker);
  await page.goto(vocabularyPath('en'));
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeVisible();
  // Until then it would say New of a word this device knows, and change it from there.
  await expect(page.getByRole('combobox', { name: 'Status of إِرْهَاب', exact: true })).toBeHidden();
  release();
  await expect(page.getByRole('combobox', { name: 'Status of إِرْهَاب', exact: true })).toBeEnabled();
});

test('a list filtered by status in its address shows as not yet filtered until the device’s store is read', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('jisr:study:v1', '{"version":1,"words":{"irhab":{"status":"learning"}}}'));
  const release = await holdScript(page, schemaScriptMarker);
  await page.goto(`${vocabularyPath('en')}?status=learning`);
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('learning');
  // Every word, while the filter already says only the one being learnt.
  const list = page.getByRole('list').filter({ has: page.locator('#lemma-irhab') });
  await expect(list).toHaveAttribute('aria-busy', 'true');
  await expect(list).toHaveCSS('opacity', '0.4');
  release();
  await expect(page.locator('#vocabulary-list > li:visible')).toHaveCount(1);
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(list).toHaveCSS('opacity', '1');
});

test('a list filtered by status in its address is not left waiting for a store whose script failed to load', async ({ page }) => {
  await dropSchemaScript(page);
  await page.goto(`${vocabularyPath('en')}?status=learning`);
  await expect(page.getByRole('alert').filter({ hasText: 'Your study data could not be read' })).toBeVisible();
  await expect(page.getByRole('list').filter({ has: page.locator('#lemma-irhab') })).toHaveAttribute('aria-busy', 'false');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

for (const locale of ['en', 'ar'] as const) {
  test(`nothing in the list moves as its controls come (${locale})`, async ({ page }) => {
    // The page as sent, its fonts in, before any of its scripts has run; then again once the controls are in.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_next/static/chunks/**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(vocabularyPath(locale), { waitUntil: 'commit' });
    await expect(page.locator('#vocabulary-list > li')).toHaveCount(292);
    await page.evaluate(() => document.fonts.ready);
    // The first entries, whose rows wrap on a phone.
    const boxes = () =>
      page.locator('#vocabulary-list > li').evaluateAll((items) =>
        items.slice(0, 5).map((item) => {
          const { x, y, width, height } = item.getBoundingClientRect();
          return { x, y, width, height };
        }),
      );
    const before = await boxes();
    release();
    await expect(page.getByRole('combobox', { name: locale === 'en' ? 'Status of مُوَاجَهَة' : 'حالة مُوَاجَهَة', exact: true })).toBeEnabled();
    expect(await boxes()).toEqual(before);
  });
}

test('keeps its order and filters in the address, for a reload, a way back or a shared link', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  const [sort, show] = [page.getByRole('combobox', { name: 'Sort by' }), page.getByRole('combobox', { name: 'Show' })];
  await sort.selectOption('freq');
  await show.selectOption('verb');
  await expect(page).toHaveURL(/\/vocabulary\?sort=freq&pos=verb$/);
  await page.reload();
  await expect(sort).toHaveValue('freq');
  await expect(show).toHaveValue('verb');
  await expect(page.getByRole('status')).toHaveText(/^Showing \d+ of 292 words\.$/);
  await expectFrequencyOrder(page);
  // Back to the defaults, the address is the page's own again.
  await sort.selectOption('first');
  await show.selectOption('');
  await expect(page).toHaveURL(new RegExp(`${vocabularyPath('en')}$`));
  // What the list does not offer is left at its default, and out of the address.
  await page.goto(`${vocabularyPath('en')}?sort=%3Cscript%3E&pos=constructor&status=forgotten`);
  await expect(page).toHaveURL(new RegExp(`${vocabularyPath('en')}$`));
  await expect(sort).toHaveValue('first');
  await expect(show).toHaveValue('');
});

test('Back from the article, or a reload, finds the student where they were in a sorted list', async ({ page }) => {
  await page.goto(`${vocabularyPath('en')}?sort=root`);
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('root');
  // An entry far down the list sorted by root, which in the order the page is sent in is elsewhere.
  const entry = page.locator('#vocabulary-list > li').nth(150);
  await entry.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 300));
  const id = await entry.getAttribute('id');
  const top = async () => page.locator(`#${id}`).evaluate((element) => element.getBoundingClientRect().top);
  await page.locator(`#${id}`).getByRole('link', { name: 'Read it in the article' }).click();
  await expect(page).toHaveURL(/\/articles\/[^/]+\/\d+#w\d+-\d+$/);
  await page.goBack();
  await expect.poll(top).toBeCloseTo(300, -1);
  await page.reload();
  await expect.poll(top).toBeCloseTo(300, -1);
});

test('in a sorted list, Back from a word’s root family finds the student where they were', async ({ page }) => {
  await page.goto(`${vocabularyPath('en')}?sort=root`);
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('root');
  const entry = page.locator('#vocabulary-list > li').nth(150);
  await entry.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 300));
  const top = () => entry.evaluate((element) => element.getBoundingClientRect().top);
  // The entry's root, a link to its family in the roots below the list.
  await entry.locator('a[href^="#root-"]').click();
  await expect(page).toHaveURL(/#root-/);
  await expect.poll(top).toBeLessThan(-1000);
  await page.goBack();
  await expect.poll(top).toBeCloseTo(300, -1);
});

test('Back and Forward show the list as their address asks', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  const show = page.getByRole('combobox', { name: 'Show' });
  await page.getByRole('link', { name: 'Words', exact: true }).click();
  await show.selectOption('verb');
  await expect(page).toHaveURL(/\?pos=verb#words$/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${vocabularyPath('en')}$`));
  await expect(show).toHaveValue('');
  await expect(page.locator('#vocabulary-list > li:not([hidden])')).toHaveCount(292);
  await page.goForward();
  await expect(show).toHaveValue('verb');
  await expect(page.locator('#vocabulary-list > li:not([hidden])')).toHaveCount(41);
});

test('Back leaves focus where it is, on a link in the list', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeVisible();
  await page.getByRole('link', { name: 'Words', exact: true }).click();
  const root = page.locator('#lemma-ard').getByRole('link').first();
  await root.focus();
  await page.goBack();
  await expect(page).not.toHaveURL(/#words$/);
  // The list is in the order the address asks for already: its items are not moved, which took the focus off.
  await expect(root).toBeFocused();
});

test('the language switcher keeps the order and filters', async ({ page }) => {
  await page.goto(`${vocabularyPath('en')}?sort=root&pos=verb`);
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('root');
  const link = page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' });
  // Written as focus comes to the link, so a new tab opened from it keeps them too.
  await link.focus();
  await expect(link).toHaveAttribute('href', new RegExp(`${vocabularyPath('ar')}\\?sort=root&pos=verb$`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${vocabularyPath('ar')}\\?sort=root&pos=verb`));
  await expect(page.getByRole('combobox', { name: 'رتّب حسب' })).toHaveValue('root');
  await expect(page.getByRole('combobox', { name: 'اعرض' })).toHaveValue('verb');
});

test('sorts by part of speech in the grammar’s order, in either interface', async ({ page }) => {
  for (const locale of ['en', 'ar'] as const) {
    await page.goto(vocabularyPath(locale));
    await page.getByRole('combobox', { name: locale === 'en' ? 'Sort by' : /رتّب/ }).selectOption('pos');
    const order = await page.locator('#vocabulary-list > li').evaluateAll((items) => [...new Set(items.map((li) => (li as HTMLElement).dataset.pos))]);
    expect(order.slice(0, 4)).toEqual(['noun', 'proper-noun', 'adjective', 'verb']);
  }
});

test('a root family’s link to a word the filters hide clears the filters and goes to it', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  await page.getByRole('combobox', { name: 'Show' }).selectOption('noun');
  const entry = page.locator('#lemma-akkada');
  await expect(entry).toBeHidden();
  await page.getByRole('group', { name: 'Root أ-ك-د' }).getByRole('link', { name: 'أَكَّدَ' }).click();
  await expect(entry).toBeVisible();
  await expect(entry).toBeInViewport();
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('');
});

test('an address whose fragment is a broken escape changes nothing, and the links go on working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(vocabularyPath('en'));
  await page.getByRole('combobox', { name: 'Show' }).selectOption('noun');
  await page.evaluate(() => (window.location.hash = '%E0%A4%A'));
  await expect(page).toHaveURL(/#%E0%A4%A$/);
  await page.getByRole('group', { name: 'Root أ-ك-د' }).getByRole('link', { name: 'أَكَّدَ' }).click();
  await expect(page.locator('#lemma-akkada')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('the page’s jump links land their headings below the sticky header', async ({ page }) => {
  await page.goto(vocabularyPath('en'));
  for (const [name, id] of [['Root families', 'roots'], ['Words', 'words']]) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeInViewport();
    await expectRightUnderHeader(page, id!);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the vocabulary page is complete', async ({ page }) => {
    await page.goto(vocabularyPath('ar'));
    await expect(page.locator('#vocabulary-list > li')).toHaveCount(292);
    await expect(page.getByRole('group', { name: 'الجذر ر-ه-ب' })).toBeVisible();
  });

  test('a sorted, filtered link shows the whole list, and says why', async ({ page }) => {
    await page.goto(`${vocabularyPath('en')}?sort=root&pos=verb`);
    await expect(page.locator('#vocabulary-list > li')).toHaveCount(292);
    // Playwright's text queries pass over <noscript>, though its content shows without scripts.
    await expect(page.locator('noscript p')).toHaveText(/^Sorting and filtering need JavaScript/);
  });
});

for (const locale of ['en', 'ar'] as const) {
  test(`axe finds no violations on the ${locale} vocabulary page`, async ({ page }) => {
    // Axe walks 292 entries and their root families: on a busy two-core machine that alone nears the default timeout.
    test.slow();
    await page.goto(vocabularyPath(locale));
    expect(await axeViolations(page)).toEqual([]);
  });
}
