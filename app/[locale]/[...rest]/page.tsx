import { setRequestLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/NotFoundView';
import type { Locale } from '@/lib/i18n/routing';

// Every address under a locale that names no page. proxy.ts sends them all here with the status 404
// (lib/known-pages.ts decides), so the 404 is rendered into the HTML and reads without JavaScript.
// With that status Next takes the title from not-found.tsx. The path typed follows `no-such-page`.
export default async function UnknownPage({ params }: PageProps<'/[locale]/[...rest]'>) {
  const { locale, rest } = await params;
  setRequestLocale(locale);
  return <NotFoundView locale={locale as Locale} typed={rest.slice(1)} />;
}
