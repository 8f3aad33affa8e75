import { getTranslations } from 'next-intl/server';
import { inEveryLocale, type Locale } from '@/lib/i18n/routing';
import { SiteHeader } from './SiteHeader';

/** The localized 404: what the address was not, and the way back to the articles. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const home = inEveryLocale((l) => `/${l}`);

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
