import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { StudyStoreAlert } from './StudyStoreAlert';

/**
 * The study store's notices as every study page shows them: the island, given its strings in the page's
 * language. A change the device did not save is said here only where the page asks (`unsavedNotice`): the
 * flashcards page, whose grades are changes made just below. The reader says it in its toast, at the foot of
 * the screen where the word was, as up here it went unseen; the vocabulary page changes nothing.
 */
export async function StudyStoreNotice({ locale, unsavedNotice = false }: { locale: Locale; unsavedNotice?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'Study' });
  return (
    <StudyStoreAlert
      strings={{
        reset: t.raw('storeReset') as string,
        partlyKept: t.raw('storePartlyKept') as string,
        noRoom: t.raw('storeNoRoom') as string,
        unsaved: unsavedNotice ? t('storeUnsaved') : undefined,
        download: t('downloadUnreadable'),
        dismiss: t('dismissNotice'),
        notLoaded: t('storeNotLoaded'),
      }}
    />
  );
}
