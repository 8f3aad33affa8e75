import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { VocabularyView } from '@/components/VocabularyView';
import { getLibrary } from '@/lib/content/loader';
import type { Locale } from '@/lib/i18n/routing';
import { studyPageMetadata } from '@/lib/metadata';
import { vocabularyPath } from '@/lib/urls';
import { rootFamiliesOf } from '@/lib/vocabulary';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().annotatedSlugs();
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/vocabulary'>): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const article = getLibrary().article(slug);
  if (!article) return {};
  const t = await getTranslations({ locale, namespace: 'Vocabulary' });
  return studyPageMetadata(locale, article, vocabularyPath, {
    title: t('title'),
    description: t('intro', { lemmas: Object.keys(article.lemmas).length, roots: rootFamiliesOf(article).length }),
  });
}

export default async function VocabularyPage({ params }: PageProps<'/[locale]/articles/[slug]/vocabulary'>) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const article = getLibrary().article(slug);
  if (!article?.annotated) notFound();
  return <VocabularyView locale={locale} article={article} />;
}
