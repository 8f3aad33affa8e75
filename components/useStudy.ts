'use client';

import { useSyncExternalStore } from 'react';
import { readStored, writeStored, writeStoredText } from '@/lib/storage';
import { CORRUPT_STUDY_KEY, STUDY_KEY, emptyStudy, parseStudy, type ParsedStudy, type StudyState } from '@/lib/study';

/**
 * The study store shared by every island of a page (the card, the reader's keys, the coverage
 * line, the flashcards) and kept in step with other tabs through the `storage` event.
 */
let current: ParsedStudy | null = null;
const listeners = new Set<() => void>();
const serverSnapshot: ParsedStudy = { state: emptyStudy(), corrupt: false };

function snapshot(): ParsedStudy {
  if (!current) {
    const raw = readStored(STUDY_KEY);
    current = parseStudy(raw);
    if (current.corrupt) {
      // Kept aside rather than lost, then reset so the next visit starts clean.
      writeStoredText(CORRUPT_STUDY_KEY, raw!);
      writeStored(STUDY_KEY, current.state);
    }
  }
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  function onStorage(event: StorageEvent) {
    if (event.key !== STUDY_KEY) return;
    current = null;
    listener();
  }
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Applies a change, saves it on the device and tells every island. The corrupt-store report stays shown. */
export function updateStudy(change: (state: StudyState) => StudyState): void {
  const before = snapshot();
  current = { state: change(before.state), corrupt: before.corrupt };
  writeStored(STUDY_KEY, current.state);
  for (const listener of listeners) listener();
}

export function useStudy(): ParsedStudy {
  return useSyncExternalStore(subscribe, snapshot, () => serverSnapshot);
}
