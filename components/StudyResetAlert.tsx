'use client';

import { download } from '@/lib/download';
import { readStored } from '@/lib/storage';
import { fill } from '@/lib/template';
import { dismissReset, useStudy } from './useStudy';

export type StudyResetStrings = { template: string; download: string; dismiss: string };

/**
 * Says so when the study data on this device was unreadable and had to be reset, on every page until the
 * student dismisses it, and hands over the copy that was set aside: the student can keep it, or send it to
 * someone who can mend it.
 */
export function StudyResetAlert({ strings }: { strings: StudyResetStrings }) {
  const { setAside } = useStudy();
  if (!setAside) return null;
  const copy = readStored(setAside);
  return (
    <div role="alert" className="notice">
      <p>{fill(strings.template, { key: setAside })}</p>
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
