'use client';

import { download } from '@/lib/download';
import { readStored } from '@/lib/storage';
import { fill } from '@/lib/template';
import { DismissibleNotice } from './DismissibleNotice';
import { dismissReset, dismissUnsaved, useStudy } from './useStudy';

export type StudyStoreStrings = {
  /** Nothing in the store could be read. */
  reset: string;
  /** Some words could be read, and were kept. */
  partlyKept: string;
  /** There was no room to set the store aside: it is left as it is, for the student to download. */
  noRoom: string;
  /** The device would not save a change (its storage full or turned off); absent where the page says it itself. */
  unsaved?: string;
  /** The device stores nothing at all, said before any change; absent where the page is not for studying. */
  storageOff?: string;
  download: string;
  dismiss: string;
  /** The store could not be read: the script that reads it did not load. */
  notLoaded: string;
};

/**
 * Says so when the study data on this device was unreadable and had to be reset, or reduced to the words
 * that could still be read, on every page until the student dismisses it, and hands over the copy that was
 * set aside (or the store itself, where there was no room for a copy): the student can keep it, or send it
 * to someone who can mend it. And when the device would not save a change: the word looks kept, and would
 * be gone on the next page.
 */
export function StudyStoreAlert({ strings, unsavedAtFoot = false }: { strings: StudyStoreStrings; unsavedAtFoot?: boolean }) {
  const { setAside, unkept, kept, unsaved, unloaded, storageOff } = useStudy();
  const reset = setAside !== undefined || unkept !== undefined;
  // The store left in place is the more urgent: the next change to a word replaces it.
  const copy = unkept ?? (setAside ? readStored(setAside) : null);
  const message = unkept !== undefined ? strings.noRoom : kept ? strings.partlyKept : strings.reset;
  return (
    <>
      {/* Without it the study pages are empty, and would seem to hold no words at all. */}
      {unloaded && (
        <p role="alert" className="notice">
          {strings.notLoaded}
        </p>
      )}
      {reset && (
        <DismissibleNotice message={fill(message, { key: setAside ?? '', count: kept })} dismissLabel={strings.dismiss} onDismiss={dismissReset}>
          {copy !== null && (
            <button type="button" className="chip" onClick={() => download('jisr-study-unreadable.json', 'application/json', copy)}>
              {strings.download}
            </button>
          )}
        </DismissibleNotice>
      )}
      {/* Before the first change, so that a student in a browser that keeps nothing knows it before studying.
          The notice of a change not saved takes its place. Text at the page's top, read in its order: a live
          region put in the page already filled is not said. */}
      {storageOff && !unsaved && strings.storageOff && (
        <p className="notice">
          {strings.storageOff}
        </p>
      )}
      {unsaved && strings.unsaved && (
        <DismissibleNotice message={strings.unsaved} dismissLabel={strings.dismiss} onDismiss={dismissUnsaved} atFoot={unsavedAtFoot} />
      )}
    </>
  );
}
