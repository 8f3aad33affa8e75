import http from 'node:http';
import { expect, test } from '@playwright/test';
import { hostileSlug, readerPath, slug } from './support';

// routing.spec.ts covers an unknown locale and slug, paragraphs 0 and 17, 5-3 and abc.
const notFound = {
  'paragraph 999': readerPath('en', '999'),
  'paragraph -1': readerPath('en', '-1'),
  'range 1-999': readerPath('en', '1-999'),
  'range 3-2': readerPath('en', '3-2'),
  'a NUL in the path': '/en/%00',
  'a NUL as the slug': '/en/articles/%00',
  'a NUL as the paragraph': readerPath('en', '%00'),
  'a stray %': '/en/%',
  'a broken UTF-8 escape as the slug': '/en/articles/%E0%A4%A',
  'a 4 KB slug': `/en/articles/${'a'.repeat(4096)}`,
  'a 4 KB path': `/en/${'abc/'.repeat(1024)}`,
  // Next takes an escaped slash as part of its segment: no page has such a segment.
  'an escaped slash before the paragraph': `/en/articles/${slug}%2F3`,
  'an escaped slash before the vocabulary': `/en/articles/${slug}%2Fvocabulary`,
};

test.describe('hostile addresses answer the localized 404', () => {
  for (const [name, path] of Object.entries(notFound)) {
    test(name, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
    });
  }

  for (const [name, path, heading] of [
    ['a NUL', '/ar/articles/%00', 'الصفحة غير موجودة'],
    ['a stray %', '/en/%', 'Page not found'],
    ['a 4 KB slug', notFound['a 4 KB slug'], 'Page not found'],
  ]) {
    test(`which a person sees: ${name}`, async ({ page }) => {
      await page.goto(path!);
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    });
  }
});

/** Requests the path byte for byte (a browser or `request` resolves `..` and `%2e%2e` first), following redirects. */
async function rawGet(baseURL: string, path: string): Promise<{ status: number; hops: string[] }> {
  const hops: string[] = [];
  for (let target = path; ; ) {
    const { status, location } = await new Promise<{ status: number; location?: string }>((resolve, reject) => {
      http
        .get(new URL(baseURL), { path: target }, (response) => {
          response.resume();
          resolve({ status: response.statusCode!, location: response.headers.location });
        })
        .on('error', reject);
    });
    if (!location || hops.length === 5) return { status, hops };
    hops.push(location);
    target = new URL(location, baseURL).pathname;
  }
}

test.describe('dot segments stay inside the site and end at the 404', () => {
  for (const path of [
    '/en/articles/../../etc/passwd',
    '/en/articles/%2e%2e/%2e%2e/etc/passwd',
    `/en/articles/${slug}/%2e%2e/%2e%2e/%2e%2e/package.json`,
    '/_next/static/%2e%2e/%2e%2e/package.json',
    '/data/..%2f..%2fpackage.json',
  ]) {
    test(path, async ({ baseURL }) => {
      const { status, hops } = await rawGet(baseURL!, path);
      expect(status).toBe(404);
      for (const hop of hops) expect(new URL(hop, baseURL).origin).toBe(new URL(baseURL!).origin);
    });
  }
});

test('a hostile query string leaves the reader on its defaults', async ({ page }) => {
  await page.goto(`${readerPath('en')}?view=<script>&ar=9999&theme=x`);
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Countering terrorism');
  const paragraph = page.getByRole('group', { name: 'Paragraph 1', exact: true });
  await expect(paragraph.locator('p[lang="en"]')).toBeVisible();
  await expect(paragraph.locator('p[lang="ar"]')).toHaveCSS('font-size', '20.8px');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  // Nothing in the link was valid, so there is nothing to offer to keep.
  await expect(page.getByRole('region', { name: 'This link changed your reading settings for this visit.' })).toBeHidden();
});

test('the hostile-content fixture is not in the shipped build', async ({ request }) => {
  expect((await request.get(`/en/articles/${hostileSlug}`)).status()).toBe(404);
});
