import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'ar'],
  defaultLocale: 'en',
});

export type Locale = (typeof routing.locales)[number];

/** The writing direction of each UI locale; text panes set their own. */
export const localeDirection: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', ar: 'rtl' };

/** A page's address in every UI locale, as the language switcher and hreflang alternates list it. */
export function inEveryLocale(path: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(routing.locales.map((locale) => [locale, path(locale)])) as Record<Locale, string>;
}
