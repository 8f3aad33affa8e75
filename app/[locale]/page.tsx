import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/SiteHeader';
import { getLibrary } from '@/lib/content/loader';
import { inEveryLocale, type Locale } from '@/lib/i18n/routing';
import { homeMetadata } from '@/lib/metadata';
import { articlePath } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  return homeMetadata(locale);
}

export default async function ArticleListPage({ params }: PageProps<'/[locale]'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const lang = locale === 'ar' ? 'ar' : 'en';
  const home = inEveryLocale((l) => `/${l}`);

  return (
    <>
      <SiteHeader locale={locale} alternates={home} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-semibold">{t('heading')}</h1>
        <ul className="mt-8 space-y-6">
          {getLibrary().articles.map((article) => (
            <li key={article.slug} className="rounded-xl border border-rule bg-card p-6 shadow-sm">
              <h2>
                <a href={articlePath(locale, article.slug)} className="group block no-underline">
                  <span lang="ar" dir="rtl" className="block font-arabic text-2xl leading-relaxed group-hover:underline">
                    {article.headline.ar}
                  </span>
                  <span lang="en" dir="ltr" className="mt-1 block font-serif text-lg text-muted">
                    {article.headline.en}
                  </span>
                </a>
              </h2>
              <p lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} className={`mt-4 line-clamp-3 ${lang === 'ar' ? 'font-arabic text-lg' : 'font-serif'}`}>
                {article.paragraphs[0]?.[lang]}
              </p>
              <p className="mt-4 flex items-center justify-between text-sm text-muted">
                <span>{t('paragraphs', { count: article.paragraphs.length })}</span>
                {/* Every card has one: its name says which article, for a list of links read out of its cards,
                    and begins with what it shows, for those who speak it to a voice control. */}
                <a href={articlePath(locale, article.slug)} className="link font-medium" aria-label={t('readLabel', { headline: article.headline[lang] })}>
                  {t('read')}
                </a>
              </p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
