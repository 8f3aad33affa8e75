import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { StudyStoreAlert } from './StudyStoreAlert';

/**
 * The study store's notices as every study page shows them: the island, given its strings in the page's
 * language. The reader says a change the device did not save in its toast instead (`unsavedNotice` false), at
 * the foot of the screen where the word was: up here it went unseen.
 */
export async function StudyStoreNotice({ locale, unsavedNotice = true }: { locale: Locale; unsavedNotice?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'Study' });
  return (
    <StudyStoreAlert
      strings={{
        reset: t.raw('storeReset') as string,
        partlyKept: t.raw('storePartlyKept') as string,
        noRoom: t.raw('storeNoRoom') as string,
        unsaved: unsavedNotice ? t('storeUnsaved') : undefined,
        download: t('downloadUnreadable'),
        dismiss: t('dismissReset'),
      }}
    />
  );
}
