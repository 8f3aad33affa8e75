import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { IslandBoundary } from './IslandBoundary';
import { StudyStoreAlert } from './StudyStoreAlert';

/**
 * The study store's notices as every study page shows them: the island, given its strings in the page's
 * language. A change the device did not save is said here only where the page asks (`unsavedNotice`): above,
 * on the flashcards page, whose grades are changes made just below; at the foot of the screen on the
 * vocabulary page, whose changes are made all down a long list, where a notice at its top would go unseen.
 * The reader says it in its toast, at the foot of the screen where the word was. The same pages say up front
 * when the device stores nothing at all; the reader, where reading needs no storage, does not.
 */
export async function StudyStoreNotice({ locale, unsavedNotice }: { locale: Locale; unsavedNotice?: 'above' | 'at-foot' }) {
  const t = await getTranslations({ locale, namespace: 'Study' });
  return (
    <IslandBoundary>
      <StudyStoreAlert
        unsavedAtFoot={unsavedNotice === 'at-foot'}
        strings={{
          reset: t.raw('storeReset') as string,
          partlyKept: t.raw('storePartlyKept') as string,
          noRoom: t.raw('storeNoRoom') as string,
          unsaved: unsavedNotice ? t('storeUnsaved') : undefined,
          storageOff: unsavedNotice ? t('storeOff') : undefined,
          download: t('downloadUnreadable'),
          dismiss: t('dismissNotice'),
          notLoaded: t('storeNotLoaded'),
        }}
      />
    </IslandBoundary>
  );
}
