import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/lib/i18n/routing';
import { LanguageSwitcherLinks } from './LanguageSwitcherLinks';

/** Native names: a reader looks for their own language in its own script. */
const languageNames: Record<Locale, { name: string; dir: 'ltr' | 'rtl' }> = {
  en: { name: 'English', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
};

type Props = { locale: Locale; alternates: Record<Locale, string> };

export async function LanguageSwitcher({ locale, alternates }: Props) {
  const t = await getTranslations({ locale, namespace: 'LanguageSwitcher' });
  const links = routing.locales.map((l) => ({
    locale: l,
    href: alternates[l],
    current: l === locale,
    ...languageNames[l],
  }));
  return <LanguageSwitcherLinks label={t('label')} links={links} />;
}
