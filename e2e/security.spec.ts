import { expect, test, type APIResponse } from '@playwright/test';
import { glossaryUrl, policyErrors, readerPath, slug } from './support';

/** The policy's directives by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Checks the headers every response must carry, and returns the policy's script sources. */
function expectStrictHeaders(response: APIResponse): string[] {
  const policies = response.headersArray().filter(({ name }) => name.toLowerCase() === 'content-security-policy');
  // A second policy would apply as well, and block what the first allows.
  expect(policies).toHaveLength(1);
  const csp = directives(policies[0]!.value);
  const scripts = csp.get('script-src')!;
  expect(scripts).toContain("'self'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);

  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const denied = headers['permissions-policy']!.split(/,\s*/);
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(denied).toContain(`${feature}=()`);
  // The reader copies links and shares paragraphs.
  expect(denied.filter((entry) => /^(clipboard-write|web-share)=/.test(entry))).toEqual([]);
  return scripts;
}

test.describe('strict headers on every response', () => {
  const prerendered = {
    'the list page': '/en',
    'the reader': readerPath('en'),
    'the vocabulary page': `${readerPath('en')}/vocabulary`,
    'the flashcards page': `${readerPath('ar')}/flashcards`,
  };
  for (const [name, path] of Object.entries(prerendered)) {
    test(`${name}, whose inline scripts are allowed by hash`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const scripts = expectStrictHeaders(response);
      // Static pages: the same bytes every time, so no per-request nonce.
      expect(scripts.filter((source) => source.startsWith("'sha256-")).length).toBeGreaterThan(0);
      expect(scripts.filter((source) => source.startsWith("'nonce-"))).toEqual([]);
    });
  }

  for (const path of [readerPath('ar', '3'), readerPath('en', '3-5')]) {
    test(`a paragraph page (${path}), rendered per request with a fresh nonce`, async ({ request }) => {
      const [first, second] = [await request.get(path), await request.get(path)];
      expect(first.status()).toBe(200);
      const nonces = [expectStrictHeaders(first), expectStrictHeaders(second)].map((scripts) =>
        scripts.find((source) => source.startsWith("'nonce-")),
      );
      expect(nonces[0]).toBeTruthy();
      expect(nonces[1]).not.toBe(nonces[0]);
      expect(await first.text()).toContain(`nonce="${nonces[0]!.slice(7, -1)}"`);
    });
  }

  for (const path of ['/en/', `${readerPath('ar', '5')}/`, readerPath('en', '3-3')])
    test(`a redirect (${path})`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(response.headers()['location']).toMatch(/[^/]$/);
      expectStrictHeaders(response);
    });

  test('the 404 page, rendered per request with a fresh nonce', async ({ request }) => {
    const [first, second] = [await request.get('/en/articles/no-such-article'), await request.get('/en/articles/no-such-article')];
    expect(first.status()).toBe(404);
    const nonces = [expectStrictHeaders(first), expectStrictHeaders(second)].map((scripts) =>
      scripts.find((source) => source.startsWith("'nonce-")),
    );
    expect(nonces[0]).toBeTruthy();
    expect(nonces[1]).not.toBe(nonces[0]);
  });

  test('the article data', async ({ request }) => {
    const response = await request.get(await glossaryUrl(request, readerPath('en')));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    expectStrictHeaders(response);
  });

  test('a script asset', async ({ request }) => {
    const html = await (await request.get(readerPath('en'))).text();
    const asset = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
    const response = await request.get(asset);
    expect(response.status()).toBe(200);
    expectStrictHeaders(response);
  });
});

test('the app runs under its policy: hydration, the word card, following links, the language switch', async ({ page, isMobile }) => {
  const errors = await policyErrors(page);
  await page.goto('/en');
  await page.getByRole('link', { name: /^Read the article: “Countering terrorism/ }).click();
  await expect(page).toHaveURL(readerPath('en'));
  await expect(page.locator('[data-interactive]')).toBeAttached();

  // The card's code is a dynamic import, and its data a fetch from /data.
  const word = page.locator('#w3-1');
  if (isMobile) await word.tap();
  else await word.hover();
  const card = isMobile ? page.getByRole('dialog', { name: 'Word card: وبحث' }) : page.getByRole('tooltip');
  await expect(card).toContainText('and discussed');

  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(new RegExp(`${readerPath('ar')}(#.*)?$`));
  await expect(page.locator('[data-interactive]')).toBeAttached();
  expect(errors).toEqual([]);
});

test('a range page runs under its policy', async ({ page }) => {
  const errors = await policyErrors(page);
  await page.goto(readerPath('en', '3-5'));
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await page.locator('#w3-1').click();
  await expect(page.getByRole('dialog', { name: 'Word card: وبحث' })).toContainText('and discussed');
  expect(errors).toEqual([]);
});

test('the 404 page runs under its policy', async ({ page }) => {
  const errors = await policyErrors(page);
  await page.goto('/ar/articles/no-such-article');
  // Next renders this page in the browser (vercel/next.js#62228), so it shows only if its scripts ran.
  await expect(page.getByRole('heading', { name: 'الصفحة غير موجودة' })).toBeVisible();
  expect(errors).toEqual([]);
});
