import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FlashcardsView } from '@/components/FlashcardsView';
import { getLibrary } from '@/lib/content/loader';
import type { Locale } from '@/lib/i18n/routing';
import { studyPageMetadata } from '@/lib/metadata';
import { flashcardsPath } from '@/lib/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().annotatedSlugs();
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/flashcards'>): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const article = getLibrary().article(slug);
  if (!article) return {};
  const t = await getTranslations({ locale, namespace: 'Flashcards' });
  return studyPageMetadata(locale, article, flashcardsPath, { title: t('title'), description: t('intro') });
}

export default async function FlashcardsPage({ params }: PageProps<'/[locale]/articles/[slug]/flashcards'>) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const article = getLibrary().article(slug);
  if (!article?.annotated) notFound();
  return <FlashcardsView locale={locale} article={article} />;
}
