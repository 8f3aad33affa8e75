import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { VocabularyView } from '@/components/VocabularyView';
import { getLibrary } from '@/lib/content/loader';
import { routing, type Locale } from '@/lib/i18n/routing';
import { articlePath } from '@/lib/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().articles.filter((a) => a.annotated).map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/vocabulary'>): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const article = getLibrary().article(slug);
  if (!article) return {};
  const t = await getTranslations({ locale, namespace: 'Vocabulary' });
  const path = (l: Locale) => `${articlePath(l, slug)}/vocabulary`;
  return {
    title: `${t('title')} · ${article.headline[locale]}`,
    description: t('intro', { lemmas: Object.keys(article.lemmas).length, roots: new Set(Object.values(article.lemmas).map((l) => l.root).filter(Boolean)).size }),
    alternates: { canonical: path(locale), languages: Object.fromEntries(routing.locales.map((l) => [l, path(l)])) },
  };
}

export default async function VocabularyPage({ params }: PageProps<'/[locale]/articles/[slug]/vocabulary'>) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const article = getLibrary().article(slug);
  if (!article?.annotated) notFound();
  return <VocabularyView locale={locale} article={article} />;
}
