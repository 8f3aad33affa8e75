import type { Locale } from './i18n/routing';

/** Absolute origin for canonical URLs and social cards: SITE_URL as the build was given it (next.config.ts), or localhost:3000. */
export const siteUrl = new URL(process.env.SITE_URL || 'http://localhost:3000');

/**
 * A path of this site as an absolute address on the origin the reader is using: what a reader copies,
 * shares or exports must open the page they are reading, even where the build was not given SITE_URL (it
 * then names localhost:3000) or the site is served under another name. In the browser only.
 */
export function onThisSite(path: string): string {
  return new URL(path, window.location.origin).href;
}

export function articlePath(locale: Locale, slug: string, range?: string): string {
  return `/${locale}/articles/${slug}${range ? `/${range}` : ''}`;
}

export function vocabularyPath(locale: Locale, slug: string): string {
  return `${articlePath(locale, slug)}/vocabulary`;
}

/**
 * A word's link under an article URL (path or absolute): its paragraph page with the word as
 * fragment, `…/7#w7-3`; headline words have no paragraph page and stay on the article, `…#w0-2`.
 */
export function wordUrl(article: string, tokenId: string): string {
  const paragraph = paragraphOfWord(tokenId);
  return paragraph === 0 ? `${article}#${tokenId}` : `${article}/${paragraph}#${tokenId}`;
}

/** The reader's element for paragraph n, and its fragment: `p7`; the headline (0) is `headline`, not a `p0`. */
export function paragraphId(n: number): string {
  return n === 0 ? 'headline' : `p${n}`;
}

/** A word's id, `w{n}-{k}`: the k-th word of paragraph n, 0 being the headline. n is captured. */
export const WORD_ID = /^w(\d+)-\d+$/;

/** A word link's fragment, `#w4-6`: the word's id, captured. */
export const WORD_FRAGMENT = new RegExp(`^#(${WORD_ID.source.slice(1, -1)})$`);

/** The paragraph of a word id: n, 0 for the headline (and for anything that is not a word id). */
export function paragraphOfWord(tokenId: string): number {
  return Number(WORD_ID.exec(tokenId)?.[1] ?? 0);
}

export function flashcardsPath(locale: Locale, slug: string): string {
  return `${articlePath(locale, slug)}/flashcards`;
}

/** Where an article's link preview picture is served (app/data/[file]/route.ts). */
export function cardImagePath(slug: string, name: string): string {
  return `/data/${slug}.${name}`;
}
