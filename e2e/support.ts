import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type APIResponse, type Locator, type Page, type Route } from '@playwright/test';

export const slug = 'damascus-baghdad-security-coordination';
export const readerPath = (locale: 'en' | 'ar', range?: string) => `/${locale}/articles/${slug}${range ? `/${range}` : ''}`;
export const vocabularyPath = (locale: 'en' | 'ar') => `${readerPath(locale)}/vocabulary`;

/**
 * Opens the reader and waits until its scripts are live (the page marks itself interactive then) and its
 * fonts are in, as a person meets it: what a test measures is then laid out in the faces it keeps.
 */
export async function openReader(page: Page, path = readerPath('en')) {
  await page.goto(path);
  await expect(page.locator('[data-interactive]')).toBeAttached();
  await page.evaluate(() => document.fonts.ready);
}

/**
 * The word card's glossary a page's scripts fetch when first needed, named after its content
 * (lib/data-files.ts): read from the page as served.
 */
export async function glossaryUrl(request: APIRequestContext, pagePath: string): Promise<string> {
  const html = await (await request.get(pagePath)).text();
  const pattern = /\/data\/[\w-]+(?:\.\d+-\d+)?\.[0-9a-f]{12}\.json/;
  return pattern.exec(html)?.[0] ?? `(no ${pattern} in ${pagePath})`;
}

/** The article as received: line 1 the headline, then one body paragraph a line. */
export const sourceLines = readFileSync(
  path.join(import.meta.dirname, '..', 'content/articles', slug, 'source.ar.txt'),
  'utf8',
).split('\n');

/** The highlight a reader sees on a linked paragraph (--color-highlight). */
export const highlightBackground = 'rgb(255, 241, 194)';

/** The article of the hostile-content fixture, served only by the fixture build (scripts/fixture-build.ts). */
export const hostileSlug = 'hostile-sample';

/**
 * Everything the browser holds against the page's policies from now on: each refusal under the
 * Content-Security-Policy (logged by Chromium, and heard as a securitypolicyviolation event, which the
 * init script logs too) and each complaint about the Permissions-Policy header.
 */
export async function policyErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  return errors;
}

/** Holds back the requests matching `url`, as a slow connection would, until the returned function is called. */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Text found only in the script that holds the zod schemas, which pages load after their first render. */
export const schemaScriptMarker = '$ZodObject';

/** Routes the app's scripts through `onMatch` when their code holds `marker`, and passes the rest on. */
async function routeScripts(page: Page, marker: string, onMatch: (route: Route, response: APIResponse) => Promise<void>): Promise<void> {
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const response = await route.fetch();
    if ((await response.text()).includes(marker)) await onMatch(route, response);
    else await route.fulfill({ response });
  });
}

/** Holds back the script whose code holds `marker` until released, as a slow connection would. */
export async function holdScript(page: Page, marker: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await routeScripts(page, marker, async (route, response) => {
    await held;
    await route.fulfill({ response });
  });
  return release;
}

/**
 * A connection that drops the script holding the zod schemas (lib/settings-schema.ts,
 * lib/study-schema.ts). Call `page.unrouteAll({ behavior: 'ignoreErrors' })` before the test ends:
 * scripts still loading when the page closes would fail the handler.
 */
export async function dropSchemaScript(page: Page): Promise<void> {
  await dropScript(page, schemaScriptMarker);
}

/**
 * A connection that drops the script whose code holds `marker` while `down()` says it is down (always, by
 * default); unroute before the test ends, as above.
 */
export async function dropScript(page: Page, marker: string, down = () => true): Promise<void> {
  await routeScripts(page, marker, (route, response) => (down() ? route.abort() : route.fulfill({ response })));
}

/**
 * The characters of an element's text that are drawn out of reading order for `direction`: against
 * it from the character before on the same line, or on a line above it. In a page of the other
 * direction, a bracket, quote, full stop or ellipsis at a phrase's edge that is not isolated from
 * the text around it is drawn at the phrase's far end.
 */
export function drawnOutOfOrder(element: Locator, direction: 'ltr' | 'rtl' = 'ltr'): Promise<string[]> {
  return element.evaluate((root, rtl) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const misplaced: string[] = [];
    let before: DOMRect | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      for (let i = 0; i < node.textContent!.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        // Half a pixel of slack: the letters of a ligature, or a mark on its letter, share one box.
        const backwards = before && (rtl ? box.right > before.right + 0.5 : box.left < before.left - 0.5);
        const sameLine = before && Math.abs(box.top - before.top) < box.height / 2;
        if (before && (sameLine ? backwards : box.top < before.top)) misplaced.push(node.textContent![i]!);
        before = box;
      }
    return misplaced;
  }, direction === 'rtl');
}

/** Selects from the start of one element to the end of another, as a reader's drag across them would. */
export async function selectBetween(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([from, to]) => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector(from)!);
      range.setEndAfter(document.querySelector(to)!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    [from, to] as const,
  );
}

/**
 * What axe finds against WCAG 2.2 AA on the page as it is now, or in the part `within` selects, one
 * "rule: elements" line a violation.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const results = await (within ? axe.include(within) : axe).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Two elements' boxes on screen come to share no point, one clear of the other. Polled: a card or a bar
 * that has just shown may still be taking its place.
 */
export async function expectDrawnApart(a: Locator, b: Locator, message?: string): Promise<void> {
  const apart = async () => {
    const [x, y] = [(await a.boundingBox())!, (await b.boundingBox())!];
    return x.x + x.width <= y.x || y.x + y.width <= x.x || x.y + x.height <= y.y || y.y + y.height <= x.y;
  };
  await expect.poll(apart, { message }).toBe(true);
}

/** Saves the words `ids` from their cards, in the reader the page shows, each card closed after. */
export async function saveWords(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    await page.locator(`#${id}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save word' }).click();
    await expect(dialog.getByRole('button', { name: 'Save word', pressed: true })).toBeVisible();
    await page.keyboard.press('Escape');
  }
}

/** Where each line of an element's text starts, in px from the element's left edge. */
export const lineStarts = (element: Locator) =>
  element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    // A line holding a run of Arabic has a box for each run, a little higher or lower in the Arabic
    // face: boxes that overlap vertically are one line, which starts at the leftmost.
    const lines: { bottom: number; left: number }[] = [];
    for (const box of [...range.getClientRects()].sort((a, b) => a.top - b.top)) {
      const line = lines.at(-1);
      if (line && box.top < line.bottom - 2) line.left = Math.min(line.left, box.left);
      else lines.push({ bottom: box.bottom, left: box.left });
    }
    return lines.map((line) => Math.round(line.left - node.getBoundingClientRect().left));
  });

/** A device whose storage refuses every write under `prefix`, as a full or turned-off one does; other keys still save. */
export function refuseWrites(page: Page, prefix: string) {
  return page.addInitScript((refused) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, text: string) {
      if (key.startsWith(refused)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, text);
    };
  }, prefix);
}

/** Whether a pointer at the element's middle would reach it: nothing is drawn over it there. */
export const onTop = (element: Locator) =>
  element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  });

/** Paragraph `target`, or the element of that id, lands just under the sticky header: below it, not far. */
export async function expectRightUnderHeader(page: Page, target: number | string) {
  const gapUnderHeader = () =>
    page.evaluate(
      (id) => document.getElementById(id)!.getBoundingClientRect().top - document.querySelector('header')!.getBoundingClientRect().bottom,
      typeof target === 'number' ? `p${target}` : target,
    );
  await expect.poll(gapUnderHeader).toBeGreaterThanOrEqual(0);
  await expect.poll(gapUnderHeader).toBeLessThan(40);
}
