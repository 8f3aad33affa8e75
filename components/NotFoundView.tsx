import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/model';
import { inEveryLocale, type Locale } from '@/lib/i18n/routing';
import { articlePath } from '@/lib/urls';
import { SiteHeader } from './SiteHeader';

/**
 * The localized 404: what the address was not, and the way back to the articles, or to the article whose
 * address it mistyped (a paragraph it does not have), with the paragraphs it does.
 */
export async function NotFoundView({ locale, article }: { locale: Locale; article?: Article }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const home = inEveryLocale((l) => `/${l}`);

  return (
    <>
      <SiteHeader locale={locale} alternates={home} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-16">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-4 text-muted">{t('body')}</p>
        {article && (
          <p className="mt-8">
            {t('paragraphs', { count: article.paragraphs.length })}{' '}
            <a href={articlePath(locale, article.slug)} className="link">
              {t('article', { headline: article.headline[locale] })}
            </a>
          </p>
        )}
        <p className="mt-8">
          <a href={`/${locale}`} className="link">
            {t('home')}
          </a>
        </p>
      </main>
    </>
  );
}
