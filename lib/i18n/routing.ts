import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'ar'],
  defaultLocale: 'en',
  // The pages list their alternates in their <head> (lib/metadata.ts). next-intl's own, in a Link header,
  // named another x-default (the address without a locale) and the request's host, not the site's.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** The writing direction of each UI locale; text panes set their own. */
export const localeDirection: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', ar: 'rtl' };

/** A page's address in every UI locale, as the language switcher and hreflang alternates list it. */
export function inEveryLocale(path: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(routing.locales.map((locale) => [locale, path(locale)])) as Record<Locale, string>;
}
