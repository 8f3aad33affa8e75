import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { StudyResetAlert } from './StudyResetAlert';

/** The reset notice as every study page shows it: the island, given its strings in the page's language. */
export async function StudyResetNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Study' });
  return (
    <StudyResetAlert
      strings={{
        reset: t.raw('storeReset') as string,
        partlyKept: t.raw('storePartlyKept') as string,
        noRoom: t.raw('storeNoRoom') as string,
        download: t('downloadUnreadable'),
        dismiss: t('dismissReset'),
      }}
    />
  );
}
