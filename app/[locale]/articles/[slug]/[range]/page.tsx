import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ReaderView } from '@/components/ReaderView';
import { getLibrary } from '@/lib/content/loader';
import type { Locale } from '@/lib/i18n/routing';
import { readerMetadata } from '@/lib/metadata';
import { parseParagraphRange } from '@/lib/paragraph-range';

// Rendered when asked for: an article of n paragraphs has n(n+1)/2 ranges, each a whole reader, which
// is too many to prerender once articles grow (the seed's 16 paragraphs alone made 272 pages, 500 MB).
// Anything that is not a canonical paragraph or range of a known article is a 404.
export const dynamic = 'force-dynamic';

function resolve(slug: string, segment: string) {
  const article = getLibrary().article(slug);
  const range = article ? parseParagraphRange(segment, article.paragraphs.length) : null;
  return article && range ? { article, range } : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/[range]'>): Promise<Metadata> {
  const { locale, slug, range } = await params;
  const found = resolve(slug, range);
  return found ? readerMetadata(locale as Locale, found.article, found.range) : {};
}

export default async function ParagraphPage({ params }: PageProps<'/[locale]/articles/[slug]/[range]'>) {
  const { locale, slug, range } = await params;
  setRequestLocale(locale);
  const found = resolve(slug, range);
  if (!found) notFound();
  return <ReaderView locale={locale as Locale} article={found.article} range={found.range} />;
}
