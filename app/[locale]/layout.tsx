import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { arabicFont } from '@/lib/fonts';
import { localeDirection, routing } from '@/lib/i18n/routing';
import { withSiteName } from '@/lib/metadata';
import { headScript } from '@/lib/head-script';
import { siteUrl } from '@/lib/urls';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: siteUrl,
    title: { default: t('title'), template: withSiteName(t, '%s') },
    description: t('description'),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  return (
    // The head script puts saved settings on <html> before React hydrates it, and notes a word clicked before then.
    <html lang={locale} dir={localeDirection[locale]} className={arabicFont.variable} suppressHydrationWarning>
      <head>
        <script>{headScript}</script>
      </head>
      <body className="min-h-dvh bg-paper text-ink antialiased">{children}</body>
    </html>
  );
}
