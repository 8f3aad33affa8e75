'use client';

import { download } from '@/lib/download';
import { readStored } from '@/lib/storage';
import { fill } from '@/lib/template';
import { useStudy } from './useStudy';

type Props = { strings: { template: string; download: string } };

/**
 * Says so when the study data on this device was unreadable and had to be reset, and hands over the copy
 * that was set aside: the student can keep it, or send it to someone who can mend it.
 */
export function StudyResetNotice({ strings }: Props) {
  // Set only when the store was unreadable this visit.
  const { setAside } = useStudy();
  if (!setAside) return null;
  const copy = readStored(setAside);
  return (
    <div role="alert" className="notice">
      <p>{fill(strings.template, { key: setAside })}</p>
      {copy !== null && (
        <button type="button" className="chip mt-2" onClick={() => download('jisr-study-unreadable.json', 'application/json', copy)}>
          {strings.download}
        </button>
      )}
    </div>
  );
}
