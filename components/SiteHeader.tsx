import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { LanguageSwitcher } from './LanguageSwitcher';

type Props = {
  locale: Locale;
  /** This page's path in each UI locale, for the language switcher. */
  alternates: Record<Locale, string>;
};

export async function SiteHeader({ locale, alternates }: Props) {
  const t = await getTranslations({ locale, namespace: 'SiteHeader' });
  return (
    // Sticky, so the language switcher is at hand from any paragraph (and can keep the reader there).
    <header className="site-header sticky top-0 z-20 border-b border-rule bg-paper/95 backdrop-blur">
      <a href="#main" className="skip-link">
        {t('skip')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={`/${locale}`} aria-label={t('home')} className="flex items-baseline gap-2 rounded-sm no-underline">
          <span lang="ar" dir="rtl" className="font-arabic text-2xl font-bold text-accent">
            جسر
          </span>
          <span lang="en" dir="ltr" className="text-lg font-semibold tracking-wide">
            Jisr
          </span>
        </a>
        <p className="hidden text-sm text-muted sm:block">{t('tagline')}</p>
        <LanguageSwitcher locale={locale} alternates={alternates} />
      </div>
    </header>
  );
}
