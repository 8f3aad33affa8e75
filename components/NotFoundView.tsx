import { getTranslations } from 'next-intl/server';
import { inEveryLocale, type Locale } from '@/lib/i18n/routing';
import { articleOfUnknownPage, suggestedRange } from '@/lib/known-pages';
import { formatParagraphRange, withSpan } from '@/lib/paragraph-range';
import { articlePath } from '@/lib/urls';
import { SiteHeader } from './SiteHeader';

type Props = {
  locale: Locale;
  /**
   * The path typed after the locale, where known, as the catch-all's params give it: each segment still
   * percent-encoded (`/en/articles/slug/17` as ['articles', 'slug', '17']).
   */
  typed?: readonly string[];
};

/**
 * The localized 404: what the address was not, and the way back to the articles, or to the article whose
 * address it mistyped (a paragraph it does not have), with the paragraphs it does. There its language
 * switch keeps the address typed, so the other language's 404 gives the same way back; elsewhere it goes
 * home, not to an address nobody wrote (`/ar/xx/…` for `/xx/…`).
 */
export async function NotFoundView({ locale, typed }: Props) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const article = typed && articleOfUnknownPage(typed);
  const suggested = article && suggestedRange(typed);
  const alternates = inEveryLocale((l) => (article ? `/${l}/${typed.join('/')}` : `/${l}`));

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-16">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-4 text-muted">{t('body')}</p>
        {article && suggested && (
          <p className="mt-8">
            <a href={articlePath(locale, article.slug, formatParagraphRange(suggested))} className="link">
              {t('suggested', withSpan(suggested))}
            </a>
          </p>
        )}
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
