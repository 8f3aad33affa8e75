'use client';

import { CORRUPT_STUDY_KEY } from '@/lib/study';
import { fill } from '@/lib/template';
import { useStudy } from './useStudy';

/** Says so when the study data on this device was unreadable and had to be reset. */
export function StudyResetNotice({ template }: { template: string }) {
  const { corrupt } = useStudy();
  if (!corrupt) return null;
  return (
    <p role="alert" className="notice">
      {fill(template, { key: CORRUPT_STUDY_KEY })}
    </p>
  );
}
