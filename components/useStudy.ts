'use client';

import { useSyncExternalStore } from 'react';
import { canStore, readStored, removeStored, writeStored, writeStoredText } from '@/lib/storage';
import { CORRUPT_STUDY_KEY, STUDY_KEY, UNSEEN_RESET_KEY, emptyStudy, isSetAsideKey, mergeStudy, type StudyState } from '@/lib/study';
import type { ParsedStudy, parseStudy } from '@/lib/study-schema';

// The study store shared by every island of a page (the card, the reader's keys, the coverage
// line, the flashcards) and kept in step with other tabs through the `storage` event. Its schema
// loads after the first render, to keep it out of the page's first scripts; until then the store
// reads as empty, as it does on the server, and changes wait for it.

/**
 * What the islands read: the store, and where an unreadable one was set aside, with how many of its
 * words were kept, until its notice is dismissed; or, where there was no room to set it aside, its text
 * (`unkept`), left in place and offered for download. `loaded` is false while the store reads as empty only
 * because its schema has not arrived: a filter by status then waits, or it would find no words. `unsaved`:
 * the device refused the last change (its storage full or turned off), which holds on this page only.
 * `storageOff`: the device refuses to store anything, which a student is told before studying, until a
 * change is saved or the notice of one not saved is hidden.
 */
type Snapshot = ParsedStudy & { setAside?: string; unkept?: string; loaded: boolean; unloaded?: boolean; unsaved?: boolean; storageOff?: boolean };

let current: Snapshot | null = null;
/**
 * The text of an unreadable store left in place for want of room, until a change makes room to set it
 * aside. It is kept apart from the snapshot's `unkept`, which goes when the student hides the notice.
 */
let leftInPlace: string | undefined;
/** The page holds changes the device refused, until one is saved; hiding their notice (`unsaved`) keeps them. */
let unsavedHere = false;
let parse: typeof parseStudy | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();
const empty: Snapshot = { state: emptyStudy(), corrupt: false, kept: 0, loaded: false };
/** The schema failed to load (the connection dropped): the store cannot be read, and the pages say so. */
const unloaded: Snapshot = { ...empty, unloaded: true };
let failed = false;

function notify() {
  for (const listener of listeners) listener();
}

/** Loads the schema once; if that fails (offline, say), the student's next change tries again. */
function load(): Promise<void> {
  loading ??= import('@/lib/study-schema').then(
    (schema) => {
      parse = schema.parseStudy;
      failed = false;
      notify();
    },
    () => {
      loading = null;
      failed = true;
      notify();
    },
  );
  return loading;
}

function snapshot(): Snapshot {
  if (current) return current;
  if (!parse) {
    // Not again from here once it has failed: each failure re-renders, which would try again without end.
    if (failed) return unloaded;
    void load();
    return empty;
  }
  const raw = readStored(STUDY_KEY);
  const parsed = parse(raw);
  let setAside: string | undefined;
  let unkept: string | undefined;
  if (parsed.corrupt) {
    // Kept aside rather than lost, then reduced to the words that still read, so the next visit starts clean.
    setAside = setAsideCopy(raw!);
    if (setAside) writeStored(STUDY_KEY, parsed.state);
    // No room for a copy beside it (a store over half the storage's quota), or no writing at all: the
    // store stays as it is rather than being lost, until the student's next change makes room.
    else unkept = raw!;
  }
  leftInPlace = unkept;
  // A full storage may have kept the copy but not its note; the reset is still reported this visit.
  // A later page counts the words kept from the copy, as this one did from the store; a store left in
  // place counts its own.
  const noted = unseenSetAside();
  current = {
    ...parsed,
    setAside: noted ?? setAside,
    unkept,
    kept: unkept === undefined && noted && noted !== setAside ? parse(readStored(noted)).kept : parsed.kept,
    loaded: true,
    storageOff: !canStore(STUDY_KEY) || undefined,
  };
  return current;
}

/**
 * Saves an unreadable store under a key of its own, with the note that its notice is still to be seen,
 * and says under which; undefined when it could not be saved. A copy set aside before (the store was
 * unreadable once already) is never overwritten: it may hold the older words.
 */
function setAsideCopy(raw: string): string | undefined {
  const key = readStored(CORRUPT_STUDY_KEY) === null ? CORRUPT_STUDY_KEY : `${CORRUPT_STUDY_KEY}:${new Date().toISOString()}`;
  if (!writeStoredText(key, raw)) return undefined;
  writeStoredText(UNSEEN_RESET_KEY, key);
  return key;
}

/** The copy set aside whose notice is still to be dismissed, when the note names one of ours that is there. */
function unseenSetAside(): string | undefined {
  const key = readStored(UNSEEN_RESET_KEY);
  return key !== null && isSetAsideKey(key) && readStored(key) !== null ? key : undefined;
}

/**
 * The student has read the reset notice: no page shows it again. The copy set aside stays. A store that
 * could not be set aside is still unreadable, so the next page reports it again, and this page's next
 * change still sets it aside.
 */
export function dismissReset(): void {
  removeStored(UNSEEN_RESET_KEY);
  if (current) current = { ...current, setAside: undefined, unkept: undefined };
  notify();
}

/**
 * Another tab changed the store, or cleared the storage: read it again. Changes this page could not save
 * are not dropped for it, whether or not their notice was hidden. They join what the other tab saved, the
 * newer record of each word winning as in an import, and are saved with it if the storage now has room.
 */
function onStorage(event: StorageEvent) {
  if (event.key !== null && event.key !== STUDY_KEY && event.key !== UNSEEN_RESET_KEY) return;
  const unsaved = unsavedHere && current ? current.state : undefined;
  current = null;
  if (unsaved && parse) {
    const theirs = snapshot();
    save(theirs, mergeStudy(theirs.state, unsaved));
  }
  notify();
}

function subscribe(listener: () => void) {
  // One handler for the page, however many islands listen, so that a change elsewhere is read and merged once.
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/**
 * Applies a change, saves it on the device and tells every island. The corrupt-store report stays shown.
 * Resolves 'saved'; 'unsaved' where the device refused it (its storage full or turned off), applied on
 * this page only; 'unloaded', with nothing changed, when the schema could not be loaded to read the store.
 */
export async function updateStudy(change: (state: StudyState) => StudyState): Promise<'saved' | 'unsaved' | 'unloaded'> {
  await load();
  if (!parse) return 'unloaded';
  const before = snapshot();
  const written = save(before, change(before.state));
  notify();
  return written ? 'saved' : 'unsaved';
}

/**
 * Makes `state` the page's, over the snapshot `before`, and saves it on the device; says whether the device
 * took it. A store left in place for want of room is then replaced, which frees its room for the copy.
 */
function save(before: Snapshot, state: StudyState): boolean {
  const written = writeStored(STUDY_KEY, state);
  unsavedHere = !written;
  current = { ...before, state, unsaved: written ? undefined : true, storageOff: written ? undefined : before.storageOff };
  if (written && leftInPlace !== undefined) {
    const setAside = setAsideCopy(leftInPlace);
    if (setAside) {
      leftInPlace = undefined;
      current = { ...current, setAside, unkept: undefined };
    }
  }
  return written;
}

/** The student has read that a change was not saved; the next refused change says so again. The changes stay unsaved. */
export function dismissUnsaved(): void {
  // Said up front or after a change, it has been read: the up-front notice does not come back in its place.
  if (current) current = { ...current, unsaved: undefined, storageOff: undefined };
  notify();
}

export function useStudy(): Snapshot {
  return useSyncExternalStore(subscribe, snapshot, () => empty);
}
