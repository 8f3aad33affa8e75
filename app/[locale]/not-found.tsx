import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/NotFoundView';
import type { Locale } from '@/lib/i18n/routing';

// Reached through notFound(). Next sends this one only in the page's script payload, so without
// JavaScript it shows nothing (vercel/next.js#62228); proxy.ts sends unknown addresses to the
// catch-all page instead, which renders the same view into the HTML.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('NotFound');
  return { title: t('title') };
}

export default async function NotFound() {
  return <NotFoundView locale={(await getLocale()) as Locale} />;
}
