import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ReaderView } from '@/components/ReaderView';
import { getLibrary } from '@/lib/content/loader';
import type { Locale } from '@/lib/i18n/routing';
import { readerMetadata } from '@/lib/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getLibrary().article(slug);
  return article ? readerMetadata(locale as Locale, article, null) : {};
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const article = getLibrary().article(slug);
  if (!article) notFound();
  return <ReaderView locale={locale as Locale} article={article} range={null} />;
}
