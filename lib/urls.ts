import type { Locale } from './i18n/routing';

/** Absolute origin for canonical URLs and social cards. Set SITE_URL when deploying. */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

export function articlePath(locale: Locale, slug: string, range?: string): string {
  return `/${locale}/articles/${slug}${range ? `/${range}` : ''}`;
}
