import { expect, type Locator, type Page, test } from '@playwright/test';
import { drawnOutOfOrder, expectDrawnApart, expectRightUnderHeader, highlightBackground, holdRequests, openReader, readerPath, selectBetween, slug, sourceLines } from './support';

test.describe('the reader', () => {
  for (const locale of ['en', 'ar'] as const) {
    test(`keeps each pane's own lang and dir in the ${locale} UI`, async ({ page }) => {
      await page.goto(readerPath(locale));
      const arabic = page.locator('[data-paragraph] > p[lang="ar"]');
      const english = page.locator('[data-paragraph] > p[lang="en"]');
      await expect(arabic).toHaveCount(16);
      await expect(english).toHaveCount(16);
      for (const pane of await arabic.all()) await expect(pane).toHaveAttribute('dir', 'rtl');
      for (const pane of await english.all()) await expect(pane).toHaveAttribute('dir', 'ltr');
    });
  }

  test('shows the source Arabic, character for character, in 16 paragraphs p1…p16', async ({ page }) => {
    await page.goto(readerPath('en'));
    await expect(page.getByRole('heading', { level: 1 }).locator('.pane-ar')).toHaveText(sourceLines[0]!, { useInnerText: true });
    for (let n = 1; n <= 16; n++) {
      const row = page.getByRole('group', { name: `Paragraph ${n}`, exact: true });
      await expect(row).toHaveAttribute('id', `p${n}`);
      await expect(row.locator('p[lang="ar"]')).toHaveText(sourceLines[n]!, { useInnerText: true });
      await expect(row.locator('p[lang="en"]')).not.toBeEmpty();
    }
  });

  test('the notes on the source quote the other language in its own direction, ellipses at the phrase’s end', async ({ page }) => {
    await page.goto(readerPath('en'));
    const arabic = page.getByText('وأكد حسين أنّ القيادة…', { exact: true });
    await expect(arabic).toHaveAttribute('lang', 'ar');
    expect(await drawnOutOfOrder(arabic, 'rtl')).toEqual([]);
    await page.goto(readerPath('ar'));
    const english = page.getByText('had recently been held … before China mediated …', { exact: true });
    await expect(english).toHaveAttribute('lang', 'en');
    expect(await drawnOutOfOrder(english)).toEqual([]);
  });

  test('the page title is the headline', async ({ page }) => {
    await page.goto(readerPath('ar'));
    await expect(page).toHaveTitle(/^لمواجهة الإرهاب… تنسيق أمني بين دمشق وبغداد/);
  });

  test('side by side, paragraph n starts on the same line in both languages', async ({ page, isMobile }) => {
    test.skip(isMobile, 'narrow screens stack the panes');
    await page.goto(readerPath('en'));
    for (let n = 1; n <= 16; n++) {
      const row = page.locator(`#p${n}`);
      const arabic = await row.locator('p[lang="ar"]').boundingBox();
      const english = await row.locator('p[lang="en"]').boundingBox();
      expect(Math.abs(arabic!.y - english!.y), `paragraph ${n}`).toBeLessThan(2);
      // The Arabic sits on the right, as in a printed parallel text.
      expect(arabic!.x).toBeGreaterThan(english!.x);
    }
  });

  for (const view of ['en', 'ar'] as const)
    test(`in one language on a wide screen, each paragraph's text starts level with its number (${view})`, async ({ page, isMobile }) => {
      test.skip(isMobile, 'narrow screens put the number above the text');
      await page.addInitScript((saved) => localStorage.setItem('jisr:settings:v1', saved), JSON.stringify({ view }));
      await page.goto(readerPath('en'));
      // A paragraph with a note has three controls beside it, taller than a short paragraph's text.
      for (let n = 1; n <= 16; n++) {
        const row = page.locator(`#p${n}`);
        const number = await row.getByRole('link').first().boundingBox();
        const text = await row.locator(`p[lang="${view}"]`).boundingBox();
        expect(Math.abs(text!.y - number!.y), `paragraph ${n}`).toBeLessThan(12);
      }
    });

  for (const share of [false, true])
    test(`in one language on a wide screen, the paragraphs' controls sit in one row under the number, their links lined up${share ? ' (with a share button)' : ''}`, async ({ page, isMobile }) => {
      test.skip(isMobile, 'narrow screens put the controls in a row beside the number');
      if (share) await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: async () => {} }));
      await page.goto(`${readerPath('en')}?view=en`);
      await expect(page.locator('[data-interactive]')).toBeAttached();
      const lefts = new Set<number>();
      for (let n = 1; n <= 16; n++) {
        const row = page.locator(`#p${n}`);
        const number = (await row.getByRole('link').first().boundingBox())!;
        const link = (await row.getByRole('button', { name: `Copy link to paragraph ${n}` }).boundingBox())!;
        // Stacked three or four high, they left a gap under a paragraph of two lines twice the others.
        expect(link.y, `paragraph ${n}`).toBeGreaterThan(number.y + number.height - 1);
        expect(link.y - number.y, `paragraph ${n}`).toBeLessThan(50);
        if (share) expect((await row.getByRole('button', { name: `Share paragraph ${n}` }).boundingBox())!.y, `paragraph ${n}`).toBe(link.y);
        lefts.add(Math.round(link.x));
      }
      expect([...lefts]).toHaveLength(1);
    });

  test('on a narrow screen each Arabic paragraph is followed by its English', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'only narrow screens stack');
    await page.goto(readerPath('en'));
    for (const n of [1, 8, 16]) {
      const row = page.locator(`#p${n}`);
      const arabic = await row.locator('p[lang="ar"]').boundingBox();
      const english = await row.locator('p[lang="en"]').boundingBox();
      expect(english!.y).toBeGreaterThanOrEqual(arabic!.y + arabic!.height - 1);
    }
  });
});

test.describe('paragraph links', () => {
  test('/…/7 opens with paragraph 7 in view and highlighted', async ({ page }) => {
    await page.goto(readerPath('en', '7'));
    const target = page.getByRole('group', { name: 'Paragraph 7', exact: true });
    await expect(target).toBeInViewport();
    await expect(target).toHaveCSS('background-color', highlightBackground);
    await expect(page.getByRole('group', { name: 'Paragraph 8', exact: true })).not.toHaveCSS(
      'background-color',
      highlightBackground,
    );
    await expect(page.getByText('Showing paragraph 7, highlighted below.')).toBeVisible();
    // The whole article opens where the reader is.
    await page.getByRole('link', { name: 'Whole article' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}#p7$`));
    await expect(page.getByRole('group', { name: 'Paragraph 7', exact: true })).toBeInViewport();
  });

  test('/…/7 leaves the reader where they scrolled while its scripts loaded', async ({ page }) => {
    // Scripts held back, as on a slow connection: the reader scrolls on before the page can take them to 7.
    const release = await holdRequests(page, '**/_next/static/chunks/*.js');
    await page.goto(readerPath('en', '7'), { waitUntil: 'domcontentloaded' });
    const last = page.getByRole('group', { name: 'Paragraph 16', exact: true });
    await last.scrollIntoViewIfNeeded();
    release();
    await expect(page.locator('[data-interactive]').first()).toBeAttached();
    await expect(last).toBeInViewport();
    await expect(page.getByRole('group', { name: 'Paragraph 7', exact: true })).not.toBeInViewport();
  });

  test('/…/3-5 highlights paragraphs 3 to 5 and scrolls to 3', async ({ page }) => {
    await page.goto(readerPath('ar', '3-5'));
    await expect(page.locator('#p3')).toBeInViewport();
    for (const n of [3, 4, 5]) await expect(page.locator(`#p${n}`)).toHaveCSS('background-color', highlightBackground);
    for (const n of [2, 6]) await expect(page.locator(`#p${n}`)).not.toHaveCSS('background-color', highlightBackground);
  });

  test('#p12 scrolls to and highlights paragraph 12', async ({ page }) => {
    await page.goto(`${readerPath('en')}#p12`);
    const target = page.getByRole('group', { name: 'Paragraph 12', exact: true });
    await expect(target).toBeInViewport();
    await expect(target).toHaveCSS('background-color', highlightBackground);
  });

  // The last two name nothing: a word that an edit of its paragraph renumbered, say.
  for (const link of ['#p9', '/9', '/9#w99-99', '/9#p99']) {
    test(`${link} opens with paragraph 9 right under the header, and it stays there`, async ({ page }) => {
      await page.goto(`${readerPath('ar')}${link}`);
      await page.evaluate(() => document.fonts.ready);
      await expectRightUnderHeader(page, 9);
      // And still once the scripts are live, which scroll a paragraph page to its paragraph.
      await expect(page.getByRole('button', { name: 'انسخ رابط الفقرة 9' })).toBeVisible();
      await expectRightUnderHeader(page, 9);
    });
  }

  // A link's own settings, or saved ones, reshape the page after it has scrolled to its paragraph.
  const reshaped: { link: string; paragraph: number; saved?: object }[] = [
    { link: '/7?view=ar', paragraph: 7 },
    { link: '/12?view=en', paragraph: 12 },
    { link: '/3-5?view=stacked&diacritics=1', paragraph: 3 },
    { link: '/7?gloss=1&translit=1', paragraph: 7 },
    { link: '#p12', paragraph: 12, saved: { gloss: true, translit: true } },
  ];
  for (const { link, paragraph, saved } of reshaped) {
    test(`${link}${saved ? ' with saved word forms' : ''} lands on paragraph ${paragraph} once the settings apply`, async ({ page }) => {
      if (saved) await page.addInitScript((value) => localStorage.setItem('jisr:settings:v1', value), JSON.stringify(saved));
      await page.goto(`${readerPath('en')}${link}`);
      await expect(page.locator('[data-interactive]')).toBeAttached();
      // Settled: the word forms are in, or the view is applied.
      if (/gloss|diacritics/.test(link) || saved) await expect(page.locator('#p1 .w-voc').first()).toBeAttached();
      else await expect(page.locator('html')).toHaveAttribute('data-view', /./);
      await expectRightUnderHeader(page, paragraph);
      if (link.includes('?')) {
        const notice = page.getByRole('region', { name: 'This link changed your reading settings for this visit.' });
        await expect(notice).toBeInViewport();
      }
    });
  }

  test.describe('a word link under a saved English-only view', () => {
    // Two visits each, kept apart: on a loaded CI machine one test of both ran past its minute.
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('jisr:settings:v1', JSON.stringify({ view: 'en' })));
      await page.goto(`${readerPath('en', '4')}#w4-6`);
    });
    const notice = (page: Page) => page.getByRole('region', { name: 'This link changed your reading settings for this visit.' });

    test('shows its word, in both languages, with its card beside it', async ({ page }) => {
      const word = page.locator('#w4-6');
      const card = page.getByRole('dialog');
      await expect(card).toBeVisible();
      await expect(word).toBeInViewport();
      await expect(page.locator('#p4 p[lang="en"]')).toBeVisible();
      // The card opens at its word, not in a corner of the page.
      const gap = async () => {
        const [w, c] = [(await word.boundingBox())!, (await card.boundingBox())!];
        return Math.min(Math.abs(c.y - (w.y + w.height)), Math.abs(w.y - (c.y + c.height)));
      };
      await expect.poll(gap).toBeLessThan(30);
      await expect(notice(page)).toBeVisible();
    });

    test('keeps the reader’s own view, for the next visit too, when they choose it', async ({ page }) => {
      await expect(page.getByRole('dialog')).toBeVisible();
      // Back to the reader's own view, the word's paragraph stays where it was, in English.
      const paragraphTop = () => page.locator('#p4').evaluate((row) => row.getBoundingClientRect().top);
      const before = await paragraphTop();
      await notice(page).getByRole('button', { name: 'Use my own' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-view', 'en');
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect.poll(async () => Math.abs((await paragraphTop()) - before)).toBeLessThan(1.5);
      // Focus stays in the linked paragraph, not the one above it that fills the top of a phone's screen.
      await expect(page.getByRole('link', { name: 'Paragraph 4’s page' })).toBeFocused();
      // The address no longer names the word, so a reload does not show both languages and ask again.
      await expect(page).toHaveURL(new RegExp(`${readerPath('en', '4')}$`));
      await page.reload();
      await expect(page.locator('[data-interactive]')).toBeAttached();
      await expect(page.locator('html')).toHaveAttribute('data-view', 'en');
      await expect(notice(page)).toBeHidden();
    });

    test('once the reader chose their own view, the word is not carried on to the other language', async ({ page }) => {
      await notice(page).getByRole('button', { name: 'Use my own' }).click();
      await expect(page.getByRole('dialog')).toBeHidden();
      // V from English only to both languages: the word shows again, still the page's :target.
      await page.keyboard.press('v');
      await expect(page.locator('#w4-6')).toBeVisible();
      await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();
      // The paragraph at the top of the screen, not the word.
      await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}/4#at-p\\d+$`));
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });
  });

  test('a link’s settings notice takes at most about half of a short screen, its buttons whole below its scrolling text', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto(`${readerPath('en', '3')}?view=ar&theme=dark&ar=4&en=0&diacritics=1&translit=1&gloss=1&entities=0&unknown=1`);
    const notice = page.getByRole('region', { name: 'This link changed your reading settings for this visit.' });
    await expect(notice).toBeVisible();
    expect((await notice.boundingBox())!.height).toBeLessThanOrEqual(256 / 2);
    // Whole, before anything is scrolled: the notice is an offer, and its answers are what the reader needs.
    for (const name of ['Keep them', 'Use my own']) {
      await expect(notice.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    }
  });

  test('switching the view keeps the paragraph being read in its place', async ({ page }) => {
    await page.goto(readerPath('en', '9'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    const top = () => page.evaluate(() => document.getElementById('p9')!.getBoundingClientRect().top);
    await expect.poll(top).toBeLessThan(140);
    const before = await top();
    // Within a pixel: scroll positions are whole device pixels.
    const drift = async () => Math.abs((await top()) - before);
    for (const view of ['stacked', 'ar', 'en']) {
      await page.keyboard.press('v');
      await expect(page.locator('html')).toHaveAttribute('data-view', view);
      await expect.poll(drift).toBeLessThan(1.5);
    }
    await page.keyboard.press('v');
    await expect(page.locator('html')).not.toHaveAttribute('data-view', /./);
    await expect.poll(drift).toBeLessThan(1.5);
  });

  test('word forms turned on keep the words at the top of the screen there, when their paragraph began above it', async ({ page }) => {
    await page.goto(readerPath('en'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    await page.evaluate(() => document.fonts.ready);
    // The last line and a half of paragraph 6's Arabic under the header, its top out of sight above it.
    await page.evaluate(() => {
      const header = document.querySelector('header')!.getBoundingClientRect().bottom;
      window.scrollBy(0, document.querySelector('#p6 p[lang="ar"]')!.getBoundingClientRect().bottom - header - 72);
    });
    for (const [key, form] of [['g', '.w-gl'], ['t', '.w-tr']] as const) {
      // The first word in sight, which the words added under each word may move to another line of its own.
      const wordId = await page.evaluate(() => {
        const header = document.querySelector('header')!.getBoundingClientRect().bottom;
        return Array.from(document.querySelectorAll('#p6 .w')).find((word) => word.getBoundingClientRect().top >= header)!.id;
      });
      const word = page.locator(`#${wordId}`);
      const top = () => word.evaluate((element) => element.getBoundingClientRect().top);
      const before = await top();
      await page.keyboard.press(key);
      await expect(word.locator(form)).toBeVisible();
      await expect.poll(async () => Math.abs((await top()) - before)).toBeLessThan(1.5);
    }
  });

  test('switching to English only with a word’s card pinned keeps the word’s paragraph in its place', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('jisr:settings:v1', JSON.stringify({ view: 'ar' })));
    await page.goto(readerPath('en', '9'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    await page.locator('#w9-3').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    const top = () => page.evaluate(() => document.getElementById('p9')!.getBoundingClientRect().top);
    const before = await top();
    // V steps from Arabic only to English only, which hides the word.
    await page.keyboard.press('v');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'en');
    await expect.poll(async () => Math.abs((await top()) - before)).toBeLessThan(1.5);
  });

  test('carry the paragraph as description, social cards, canonical URL and alternates', async ({ page }) => {
    const response = await page.goto(readerPath('en', '7'));
    // One set of alternates, in the head: none in a Link header that could name others.
    expect(response!.headers()['link'] ?? '').not.toContain('hreflang');
    const meta = (selector: string) => page.locator(selector).first();
    const english = await page.locator('#p7 p[lang="en"]').textContent();
    await expect(meta('meta[name="description"]')).toHaveAttribute('content', english!);
    await expect(meta('meta[property="og:description"]')).toHaveAttribute('content', english!);
    await expect(meta('meta[name="twitter:description"]')).toHaveAttribute('content', english!);
    await expect(meta('meta[property="og:title"]')).toHaveAttribute('content', /^Paragraph 7 · Countering terrorism/);
    await expect(meta('link[rel="canonical"]')).toHaveAttribute('href', `http://localhost:3000/en/articles/${slug}/7`);
    await expect(meta('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute('href', `http://localhost:3000/ar/articles/${slug}/7`);

    await page.goto(readerPath('ar', '7'));
    await expect(meta('meta[name="description"]')).toHaveAttribute('content', sourceLines[7]!);
    await expect(meta('meta[property="og:locale"]')).toHaveAttribute('content', 'ar_AR');

    // The whole article's is the whole sentences of its opening that fit a preview, not a cut-off paragraph.
    await page.goto(readerPath('en'));
    const opening = await page.locator('#p1 p[lang="en"] [data-s="1-0"]').textContent();
    await expect(meta('meta[property="og:description"]')).toHaveAttribute('content', opening!);
  });

  test('preview with a large picture, the headline’s or the paragraph’s a link opens at, described as showing both languages', async ({ page, request }) => {
    const pages: [string, string | RegExp][] = [
      [readerPath('en'), /^In Arabic and English: Countering terrorism/],
      [readerPath('en', '7'), /^Paragraph 7 in Arabic and English: He went on: “God willing/],
      // The picture shows the sentences that fit whole, and so does its description: not half of the second.
      [readerPath('en', '1'), /^Paragraph 1 in Arabic and English: Iraqi Prime Minister [^.]+ in confronting terrorism\. …$/],
      [readerPath('ar', '3-5'), `الفقرة 3 بالعربية والإنجليزية: ${sourceLines[3]}`],
    ];
    const pictures = new Set<string>();
    for (const [path, alt] of pages) {
      await page.goto(path);
      const meta = (selector: string) => page.locator(selector).first();
      await expect(meta('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      await expect(meta('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
      await expect(meta('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
      await expect(meta('meta[property="og:image:alt"]')).toHaveAttribute('content', alt);
      const image = await meta('meta[property="og:image"]').getAttribute('content');
      expect(image).toMatch(/^http:\/\/localhost:3000\/data\/.+\.png$/);
      const response = await request.get(new URL(image!).pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const bytes = await response.body();
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
      pictures.add(image!);
    }
    expect(pictures.size).toBe(pages.length);
  });

  test('study pages and the article list preview too, in the link’s language', async ({ page }) => {
    const meta = (selector: string) => page.locator(selector).first();
    for (const [path, title, image] of [
      [`${readerPath('en')}/vocabulary`, /^Vocabulary · Countering terrorism/, true],
      [`${readerPath('ar')}/flashcards`, /^البطاقات التعليمية · /, true],
      ['/ar', /./, false],
    ] as const) {
      await page.goto(path);
      await expect(meta('meta[property="og:title"]')).toHaveAttribute('content', title);
      await expect(meta('meta[property="og:description"]')).toHaveAttribute('content', /./);
      await expect(meta('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/en(\/|$)/);
      await expect(meta('meta[name="twitter:card"]')).toHaveAttribute('content', image ? 'summary_large_image' : 'summary');
      if (image) await expect(meta('meta[property="og:image"]')).toHaveAttribute('content', /\.png$/);
    }
    await expect(meta('meta[property="og:locale"]')).toHaveAttribute('content', 'ar_AR');
  });

  test('the copy-link button copies the paragraph’s address, on the site the reader is using', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(readerPath('en'));
    await page.getByRole('button', { name: 'Copy link to paragraph 9' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied.');
    await expect(page.getByRole('status')).toHaveCSS('opacity', '1');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(page.url()).origin}/en/articles/${slug}/9`);
  });

  test('the share button hands out its paragraph’s address and title, on a range’s page too', async ({ page }) => {
    // Headless Chromium has no share sheet: one that keeps what it was given stands in for it.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => void document.documentElement.setAttribute('data-shared', JSON.stringify(data)),
      });
    });
    for (const [locale, title] of [['en', /^Paragraph 4 · Countering terrorism.* · Jisr$/], ['ar', /^الفقرة 4 · .* · جسر$/]] as const) {
      await page.goto(readerPath(locale, '3-5'));
      const share = page.locator('#p4').getByRole('button', { name: locale === 'en' ? 'Share paragraph 4' : 'شارك الفقرة 4' });
      await share.click();
      await expect(page.locator('html')).toHaveAttribute('data-shared', /./);
      const shared = JSON.parse((await page.locator('html').getAttribute('data-shared'))!);
      expect(shared.url).toMatch(new RegExp(`/${locale}/articles/${slug}/4$`));
      expect(shared.title).toMatch(title);
      // The title the shared address's own page has.
      await page.goto(shared.url);
      await expect(page).toHaveTitle(shared.title);
    }
  });

  test('a second copy in a row is heard too: the message is emptied and given back', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(readerPath('en'));
    const status = page.getByRole('status');
    await page.getByRole('button', { name: 'Copy link to paragraph 9' }).click();
    await expect(status).toHaveText('Link copied.');
    // What the live region says as it changes, which is what a screen reader hears, and whether the toast
    // shows meanwhile: it stays up.
    await status.evaluate((region) => {
      (window as unknown as { said: string[] }).said = [];
      new MutationObserver(() =>
        (window as unknown as { said: string[] }).said.push(`${region.hasAttribute('data-visible') ? 'shown' : 'hidden'}: ${region.textContent}`),
      ).observe(region, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    await page.getByRole('button', { name: 'Copy link to paragraph 10' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual(['shown: ', 'shown: Link copied.']);
  });

  test('under a link’s settings notice, "Link copied." shows clear of it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${readerPath('en', '5')}?diacritics=1`);
    const notice = page.getByRole('region', { name: 'This link changed your reading settings for this visit.' });
    await expect(notice).toBeVisible();
    await page.getByRole('button', { name: 'Copy link to paragraph 5' }).click();
    const message = page.getByRole('status');
    await expect(message).toHaveText('Link copied.');
    await expect(message).toBeInViewport();
    await expectDrawnApart(message, notice, 'the message and the notice do not overlap');
  });

  test('selecting text across paragraphs offers a link to them, which opens at that range', async ({ page, context, isMobile }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(readerPath('en', '3'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    const [from, to] = [page.locator('#p3 p[lang="en"]'), page.locator('#p5 p[lang="en"]')];
    if (isMobile) {
      // A touch screen selects by long press and handles, which Playwright cannot drive; the selection is set.
      await selectBetween(page, '#p3 p[lang="en"]', '#p5 p[lang="en"]');
    } else {
      await from.scrollIntoViewIfNeeded();
      const [start, end] = [(await from.boundingBox())!, (await to.boundingBox())!];
      await page.mouse.move(start.x + 2, start.y + 8);
      await page.mouse.down();
      await page.mouse.move(end.x + end.width / 2, end.y + 12, { steps: 8 });
      await page.mouse.up();
    }
    const bar = page.getByRole('region', { name: 'Link to the selected paragraphs' });
    const offer = bar.getByRole('button', { name: 'Copy link to paragraphs 3–5' });
    await expect(offer).toBeInViewport();
    await (isMobile ? offer.tap() : offer.click());
    await expect(page.getByRole('status')).toHaveText('Link copied.');
    await expect(bar).toBeHidden();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${new URL(page.url()).origin}/en/articles/${slug}/3-5`);
    await page.goto(link);
    await expect(page.getByText('Showing paragraphs 3–5, highlighted below.')).toBeVisible();
  });

  test('a selection in one paragraph offers its link, and the offer goes with the selection', async ({ page, isMobile }) => {
    await page.goto(readerPath('ar', '4'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    const bar = page.getByRole('region', { name: 'رابط الفقرات المحدَّدة' });
    const offer = bar.getByRole('button', { name: 'انسخ رابط الفقرة 4' });
    await selectBetween(page, '#w4-3', '#w4-6');
    await expect(offer).toBeVisible();
    // The headline has no paragraph page.
    await selectBetween(page, '#headline .pane-ar', '#headline .pane-en');
    await expect(bar).toBeHidden();
    await selectBetween(page, '#w4-3', '#w4-6');
    await expect(offer).toBeVisible();
    // Cleared by a tap or click on the page's margin, away from any text.
    await (isMobile ? page.touchscreen.tap(4, 400) : page.mouse.click(4, 400));
    await expect(bar).toBeHidden();
  });

  test('dragging across the Arabic selects just that text: no word preview opens on the way', async ({ page, isMobile }) => {
    test.skip(isMobile, 'a mouse drag');
    await page.goto(readerPath('en'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    // Both ends on screen: a drag that leaves the window selects on to the end of the page.
    await page.locator('#p3').evaluate((row) => row.scrollIntoView());
    await expect(page.locator('#w4-3')).toBeInViewport();
    await page.locator('#w3-1').hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.mouse.down();
    const end = (await page.locator('#w4-3').boundingBox())!;
    await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
    await expect(page.getByRole('tooltip')).toBeHidden();
    await page.mouse.up();
    await expect(page.getByRole('region', { name: 'Link to the selected paragraphs' }).getByRole('button')).toHaveText(
      'Copy link to paragraphs 3–4',
    );
  });

  test('a triple click offers the paragraph clicked, not the next one its selection ends at', async ({ page, isMobile }) => {
    test.skip(isMobile, 'a mouse triple click');
    await page.goto(readerPath('en'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    await page.locator('#p4 p[lang="en"]').click({ clickCount: 3 });
    await expect(page.getByRole('region', { name: 'Link to the selected paragraphs' }).getByRole('button')).toHaveText(
      'Copy link to paragraph 4',
    );
  });

  test('a double or triple click on an Arabic word selects, with no card over the selection', async ({ page, isMobile }) => {
    test.skip(isMobile, 'a mouse double click');
    await page.goto(readerPath('en'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    const offer = page.getByRole('region', { name: 'Link to the selected paragraphs' }).getByRole('button');
    for (const clickCount of [2, 3]) {
      await page.locator('#w4-3').click({ clickCount });
      await expect(offer).toHaveText('Copy link to paragraph 4');
      await expect(offer).toBeInViewport();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await page.mouse.click(5, 400);
    }
  });

  test('a swipe that starts on the offer scrolls the page and leaves the offer following the selection', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'a touch swipe');
    await page.goto(readerPath('en'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    const offer = page.getByRole('region', { name: 'Link to the selected paragraphs' }).getByRole('button');
    await selectBetween(page, '#w3-1', '#w3-4');
    await expect(offer).toHaveText('Copy link to paragraph 3');
    const box = (await offer.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const touch = await page.context().newCDPSession(page);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 1; step <= 6; step++) {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 40 }] });
    }
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await selectBetween(page, '#w5-1', '#w6-2');
    await expect(offer).toHaveText('Copy link to paragraphs 5–6');
  });

  test('the offer gives way to what else is at the foot or over the text, and hands focus on when used', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${readerPath('en')}?view=ar`);
    await expect(page.locator('[data-interactive]')).toBeAttached();
    const bar = page.getByRole('region', { name: 'Link to the selected paragraphs' });
    const notice = page.getByRole('region', { name: 'This link changed your reading settings for this visit.' });
    await selectBetween(page, '#w3-1', '#w4-3');
    await expect(bar).toBeVisible();
    // The link's notice holds the foot, so the offer shows elsewhere, over neither the notice nor its buttons.
    const [a, b] = [(await bar.boundingBox())!, (await notice.boundingBox())!];
    expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);

    // A message at the foot comes first; the offer is back when it has gone.
    await page.getByRole('button', { name: 'Copy link to paragraph 9' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied.');
    await expect(bar).toBeHidden();
    await expect(bar).toBeVisible({ timeout: 8000 });

    // So does a pinned word card, which may reach down to the foot.
    await page.locator('#w6-2').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await selectBetween(page, '#w3-1', '#w4-3');
    await expect(bar).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(bar).toBeVisible();

    // Used from the keyboard, it leaves focus at the start of what it linked.
    await bar.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Link copied.');
    await expect(page.getByRole('link', { name: 'Paragraph 3’s page' })).toBeFocused();
    // Its name said once: a title that repeated it was said again as its description.
    await expect(page.getByRole('link', { name: 'Paragraph 3’s page' })).toHaveAccessibleDescription('');
  });

  test('C copies a link to the selected paragraphs, or else to the paragraph being read', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(readerPath('en'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    const origin = new URL(page.url()).origin;
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page.locator('#p2 .w').first()).toBeFocused();
    await page.keyboard.press('c');
    await expect(page.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/en/articles/${slug}/2`);
    await selectBetween(page, '#w3-1', '#w5-2');
    await page.keyboard.press('C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/en/articles/${slug}/3-5`);
  });

  test('C takes the paragraph below when only the last line of the one above shows under the header', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(readerPath('en'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    await page.evaluate(() => {
      const header = document.querySelector('header')!.getBoundingClientRect().bottom;
      const lastLineTop = (pane: Element) => {
        const range = document.createRange();
        range.selectNodeContents(pane);
        return [...range.getClientRects()].at(-1)!.top;
      };
      const lastLine = Math.max(...[...document.querySelectorAll('#p2 p')].map(lastLineTop));
      window.scrollBy({ top: lastLine - header, behavior: 'instant' });
    });
    await page.keyboard.press('c');
    await expect(page.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/3$/);
  });

  test('where the browser will not copy, the paragraph’s and the word’s links are shown to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.goto(readerPath('en', '3-5'));
    await expect(page.locator('[data-interactive]')).toBeAttached();
    const origin = new URL(page.url()).origin;
    await page.getByRole('button', { name: 'Copy link to paragraph 4' }).click();
    await expect(page.getByRole('status')).toHaveText(`Could not copy it. The link: ${origin}/en/articles/${slug}/4`);
    await page.locator('#w4-6').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Copy link to this word' }).click();
    await expect(page.getByRole('status')).toHaveText(`Could not copy it. The link: ${origin}/en/articles/${slug}/4#w4-6`);
    // In the Arabic interface the address still reads from the left, its slashes and # in place.
    await page.goto(readerPath('ar', '3-5'));
    await page.getByRole('button', { name: 'انسخ رابط الفقرة 4' }).click();
    await expect(page.getByRole('status').locator('[dir="ltr"]')).toHaveText(`${origin}/ar/articles/${slug}/4`);
  });

  test('a paragraph’s note marker, a target 24px square, leads to its note on the source', async ({ page }) => {
    await page.goto(readerPath('en'));
    const marker = page.locator('#p6').getByRole('link', { name: 'Note on paragraph 6' });
    // WCAG 2.2's least target size: the asterisk alone was 22 by 24 px.
    const box = (await marker.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await marker.click();
    await expect(page).toHaveURL(/#note-6$/);
    await expect(page.locator('#note-6')).toBeInViewport();
  });

  test('each paragraph number links to its own page, opened at the paragraph', async ({ page }) => {
    await page.goto(readerPath('ar'));
    await page.locator('#p11').getByRole('link', { name: '11' }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/ar/articles/${slug}/11`);
    await expect(page.locator('#p11')).toBeInViewport();
    await expect(page.locator('#p11')).toHaveAttribute('data-highlighted', 'true');
  });
});

test.describe('the language switcher', () => {
  test('keeps the paragraph link', async ({ page }) => {
    await page.goto(readerPath('en', '3-5'));
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}/3-5`));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });

  test('keeps a link’s settings while they are in force for the visit', async ({ page }) => {
    await page.goto(`${readerPath('en', '7')}?view=ar&theme=dark`);
    await expect(page.getByRole('region', { name: 'This link changed your reading settings for this visit.' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}/7\\?view=ar&theme=dark(#at-p7)?$`));
    await expect(page.locator('html')).toHaveAttribute('data-view', 'ar');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('leaves out a link’s view that the visit overrode: a word link in “English only” shows both languages', async ({ page }) => {
    await page.goto(`${readerPath('en', '4')}?view=en#w4-6`);
    await expect(page.getByRole('dialog', { name: 'Word card: الأوضاع' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}/4#w4-6$`));
    // Both languages are the reader's own view here: the link changed nothing, and asks nothing.
    await expect(page.getByRole('region', { name: 'This link changed your reading settings for this visit.' })).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}/4#w4-6$`));
    await expect(page.locator('html')).not.toHaveAttribute('data-view', 'en');
  });

  test('keeps the word whose card is open, and opens its card there', async ({ page }) => {
    await page.goto(`${readerPath('en', '4')}#w4-6`);
    await expect(page.getByRole('dialog', { name: 'Word card: الأوضاع' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}/4#w4-6$`));
    await expect(page.getByRole('dialog', { name: /الأوضاع$/ })).toBeVisible();
  });

  test('keeps the word whose card the reader pinned, though the press on the link closes the card', async ({ page, isMobile }) => {
    await page.goto(readerPath('en'));
    await expect(page.getByRole('button', { name: 'Copy link to paragraph 6' })).toBeVisible();
    await page.locator('#w6-12').scrollIntoViewIfNeeded();
    const press = (target: Locator) => (isMobile ? target.tap() : target.click());
    await press(page.locator('#w6-12'));
    await expect(page.getByRole('dialog', { name: 'Word card: منذ' })).toBeVisible();
    await press(page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }));
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}#w6-12$`));
    await expect(page.getByRole('dialog', { name: /منذ$/ })).toBeVisible();
  });

  test('keeps the sentence of the word a link opened at, once its card is closed, and leaves the card closed', async ({ page }) => {
    await page.goto(`${readerPath('en', '4')}#w4-6`);
    await expect(page.getByRole('dialog', { name: 'Word card: الأوضاع' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();
    // Not the paragraph above it that still shows a line under the header, which became a second highlight,
    // nor the word, whose card the other page would open pinned again.
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}/4#at-s4-0-ar$`));
    await expect(page.locator('#w4-6')).toBeInViewport();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('L on a word with focus, its card showing, lands on the same word in the other interface, its card pinned with focus', async ({ page }) => {
    await openReader(page);
    // Paragraph 6's tab stop, and from it two words on, as the arrows go.
    await page.locator('#w6-1').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#w6-3')).toBeFocused();
    // Its card shows as it has focus.
    await expect(page.getByRole('tooltip')).toContainText('bilādahu');
    await page.keyboard.press('l');
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}#w6-3$`));
    // The card has focus, as a word link's does, and Esc leaves it on its word.
    await expect(page.getByRole('dialog', { name: /بلاده$/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#w6-3')).toBeFocused();
  });

  test('keeps the paragraph being read when its top has gone under the header', async ({ page }) => {
    await page.goto(readerPath('en'));
    await expect(page.getByRole('button', { name: 'Copy link to paragraph 6' })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => {
      const header = document.querySelector('header')!.getBoundingClientRect().bottom;
      window.scrollBy(0, document.getElementById('p6')!.getBoundingClientRect().top - header + 40);
    });
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();
    // The paragraph, not a word in it, whose card would open there.
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}#at-p6$`));
    await expectRightUnderHeader(page, 6);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('its link carries the place before the click, for a new tab or a copied address', async ({ page }) => {
    await page.goto(readerPath('en'));
    await expect(page.getByRole('button', { name: 'Copy link to paragraph 12' })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => document.getElementById('p12')!.scrollIntoView({ block: 'start' }));
    const link = page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' });
    await link.hover();
    await expect(link).toHaveAttribute('href', new RegExp(`/ar/articles/${slug}#at-p12$`));
    // Back at the top, the place goes from the link again when focus comes to it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await link.focus();
    await expect(link).toHaveAttribute('href', new RegExp(`/ar/articles/${slug}$`));
  });

  for (const [start, fragment] of [[readerPath('en'), ''], [`${readerPath('en')}#p11`, '#p11']] as const) {
    test(`on a phone, deep in a paragraph taller than the screen, keeps the sentence at its top (address: ${fragment || 'no fragment'})`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 700 });
      await page.goto(start);
      await expect(page.getByRole('button', { name: 'Copy link to paragraph 11' })).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      // ¶11 is Arabic above English here, three screens tall: the reader is in its second English sentence,
      // begun just above the header's foot, two screens below the row's top, where the row's mark would land them.
      const intoSentence = () =>
        page.evaluate(() => document.querySelector('header')!.getBoundingClientRect().bottom - document.getElementById('at-s11-1-en')!.getBoundingClientRect().top);
      const into = await intoSentence();
      await page.evaluate((by) => window.scrollBy(0, by), 10 - into);
      await expect.poll(intoSentence).toBeCloseTo(10, 0);
      await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();
      await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}#at-s11-1-en$`));
      await expectRightUnderHeader(page, 'at-s11-1-en');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });
  }

  test('on a paragraph’s page, keeps the paragraph scrolled to without lighting it beside the linked one', async ({ page }) => {
    await page.goto(readerPath('en', '9'));
    await expect(page.getByRole('button', { name: 'Copy link to paragraph 12' })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => document.getElementById('p12')!.scrollIntoView({ block: 'start' }));
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}/9#at-p12$`));
    await expectRightUnderHeader(page, 12);
    await expect(page.getByRole('group', { name: 'الفقرة 9', exact: true })).toHaveCSS('background-color', highlightBackground);
    await expect(page.getByRole('group', { name: 'الفقرة 12', exact: true })).not.toHaveCSS('background-color', highlightBackground);
  });

  test('after a switch, keeps the paragraph scrolled to since, not the one the switch landed at, and the page’s top at its top', async ({ page }) => {
    await page.goto(`${readerPath('ar')}#at-p9`);
    await expect(page.getByRole('button', { name: 'انسخ رابط الفقرة 9' })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await expectRightUnderHeader(page, 9);
    // Up into the paragraph before: the one landed at is still on screen, below.
    await page.evaluate(() => window.scrollBy(0, -200));
    await expect(page.locator('#p9')).toBeInViewport();
    await page.getByRole('navigation', { name: 'لغة الواجهة' }).getByRole('link', { name: 'English' }).click();
    // Paragraph 8, or on a phone, where it is taller than the screen, its sentence at the top.
    await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}#at-(p8|s8-\\d+-ar)$`));
    await expect(page.locator('#p8')).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('keeps the paragraph the reader scrolled to', async ({ page }) => {
    await page.goto(readerPath('ar'));
    // The copy buttons show once the page's scripts are live.
    await expect(page.getByRole('button', { name: 'انسخ رابط الفقرة 10' })).toBeVisible();
    // Scroll once the web font has set the text, so the layout no longer moves.
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => document.getElementById('p10')!.scrollIntoView({ block: 'start' }));
    await page.getByRole('navigation', { name: 'لغة الواجهة' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}#at-p10$`));
    await expectRightUnderHeader(page, 10);
    // Where the reader was is not what a link pointed at: no paragraph is lit.
    await expect(page.getByRole('group', { name: 'Paragraph 10', exact: true })).not.toHaveCSS('background-color', highlightBackground);
  });
});
