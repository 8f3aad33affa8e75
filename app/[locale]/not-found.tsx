import { getLocale, getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/SiteHeader';
import { routing, type Locale } from '@/lib/i18n/routing';

export default async function NotFound() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('NotFound');
  const home = Object.fromEntries(routing.locales.map((l) => [l, `/${l}`])) as Record<Locale, string>;

  return (
    <>
      <SiteHeader locale={locale} alternates={home} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-16">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-4 text-muted">{t('body')}</p>
        <p className="mt-8">
          <a href={`/${locale}`} className="link">
            {t('home')}
          </a>
        </p>
      </main>
    </>
  );
}
