'use client';

import { download } from '@/lib/download';
import { readStored } from '@/lib/storage';
import { fill } from '@/lib/template';
import { dismissReset, useStudy } from './useStudy';

export type StudyResetStrings = {
  /** Nothing in the store could be read. */
  reset: string;
  /** Some words could be read, and were kept. */
  partlyKept: string;
  download: string;
  dismiss: string;
};

/**
 * Says so when the study data on this device was unreadable and had to be reset, or reduced to the words
 * that could still be read, on every page until the student dismisses it, and hands over the copy that was
 * set aside: the student can keep it, or send it to someone who can mend it.
 */
export function StudyResetAlert({ strings }: { strings: StudyResetStrings }) {
  const { setAside, kept } = useStudy();
  if (!setAside) return null;
  const copy = readStored(setAside);
  return (
    <div role="alert" className="notice">
      <p>{fill(kept ? strings.partlyKept : strings.reset, { key: setAside, count: kept })}</p>
      <div className="toolbar mt-2">
        {copy !== null && (
          <button type="button" className="chip" onClick={() => download('jisr-study-unreadable.json', 'application/json', copy)}>
            {strings.download}
          </button>
        )}
        <button type="button" className="chip" onClick={dismissReset}>
          {strings.dismiss}
        </button>
      </div>
    </div>
  );
}
