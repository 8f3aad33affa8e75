import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { VocabularyView } from '@/components/VocabularyView';
import { getLibrary } from '@/lib/content/loader';
import { routing, type Locale } from '@/lib/i18n/routing';
import { vocabularyPath } from '@/lib/urls';
import { rootFamiliesOf } from '@/lib/vocabulary';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().articles.filter((a) => a.annotated).map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/vocabulary'>): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const article = getLibrary().article(slug);
  if (!article) return {};
  const t = await getTranslations({ locale, namespace: 'Vocabulary' });
  return {
    title: `${t('title')} · ${article.headline[locale]}`,
    description: t('intro', { lemmas: Object.keys(article.lemmas).length, roots: rootFamiliesOf(article).length }),
    alternates: {
      canonical: vocabularyPath(locale, slug),
      languages: Object.fromEntries(routing.locales.map((l) => [l, vocabularyPath(l, slug)])),
    },
  };
}

export default async function VocabularyPage({ params }: PageProps<'/[locale]/articles/[slug]/vocabulary'>) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const article = getLibrary().article(slug);
  if (!article?.annotated) notFound();
  return <VocabularyView locale={locale} article={article} />;
}
