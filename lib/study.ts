import type { StoredCard, StudyState, StudyWord } from './study-schema';

/**
 * Everything a student keeps on the device: each lemma's status, whether it was saved (and from
 * which word, whose sentence becomes its flashcard), and its review schedule in each direction.
 * One versioned key, validated on the way in (lib/study-schema.ts): a corrupt store is reported and
 * reset, never trusted.
 * Keys are lemma ids, shared by every article, so knowing a word in one article counts in all.
 */
export const STUDY_KEY = 'jisr:study:v1';
/** Where an unreadable store is moved aside, so a reset never silently destroys it. */
export const CORRUPT_STUDY_KEY = 'jisr:study:v1:unreadable';
/**
 * Names the copy set aside whose notice the student has not yet dismissed. The notice is shown on every page
 * until then: a reset reported only where it happened went unseen by a student who had already moved on.
 */
export const UNSEEN_RESET_KEY = 'jisr:study:v1:reset-unseen';

/** A key the store itself sets aside copies under, the first or a dated later one; anything else is not ours. */
export const isSetAsideKey = (key: string): boolean =>
  key === CORRUPT_STUDY_KEY ||
  (key.startsWith(`${CORRUPT_STUDY_KEY}:`) && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(key.slice(CORRUPT_STUDY_KEY.length + 1)));

export const wordStatuses = ['new', 'learning', 'known'] as const;
export type WordStatus = (typeof wordStatuses)[number];
export const reviewDirections = ['recognition', 'recall'] as const;
export type ReviewDirection = (typeof reviewDirections)[number];

/** The longest the scheduler waits between reviews, in days (ts-fsrs's default, 100 years). */
export const MAX_INTERVAL_DAYS = 36500;

export type { StoredCard, StudyState, StudyWord } from './study-schema';

export const emptyStudy = (): StudyState => ({ version: 1, words: {} });

/**
 * A backup of the store, as a file: the store, and the moment it was written, which nothing in the file is
 * read as later than when it comes back (lib/study-schema.ts, importStudy).
 */
export const studyBackup = (state: StudyState, now = new Date()): string => JSON.stringify({ ...state, exportedAt: now.toISOString() });

/**
 * An import adds to what is here, and keeps the newer of the two records of a word: its status and saved
 * word from whichever entry changed last, and each direction's review schedule from whichever was reviewed
 * last. So restoring an old backup, or bringing in another device's, never rolls back later study.
 */
export function mergeStudy(current: StudyState, imported: StudyState): StudyState {
  const words = { ...current.words };
  for (const [lemma, theirs] of Object.entries(imported.words)) {
    // An own key only: an imported word named `constructor` would otherwise merge with Object's.
    words[lemma] = Object.hasOwn(words, lemma) ? mergeWord(words[lemma]!, theirs) : theirs;
  }
  return { version: 1, words };
}

/** Of `lemmas`, those whose record `after` holds as `before` did, whatever the order of its fields. */
export function unchangedWords(before: StudyState, after: StudyState, lemmas: string[]): string[] {
  return lemmas.filter((lemma) => canonical(before.words[lemma]) === canonical(after.words[lemma]));
}

// A word's cards are stored in the order they were first reviewed, and merged in a fixed one.
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field) ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : 1))) : field,
  );

function mergeWord(ours: StudyWord, theirs: StudyWord): StudyWord {
  // On a tie the import wins: the student chose to bring it in.
  const newer = lastChange(ours) > lastChange(theirs) ? ours : theirs;
  const cards = Object.fromEntries(
    reviewDirections
      .map((direction) => [direction, laterCard(ours.cards?.[direction], theirs.cards?.[direction])] as const)
      .filter(([, card]) => card),
  );
  return { ...newer, cards: Object.keys(cards).length ? cards : undefined };
}

function laterCard(ours: StoredCard | undefined, theirs: StoredCard | undefined): StoredCard | undefined {
  if (!ours || !theirs) return ours ?? theirs;
  return (ours.last_review ?? '') > (theirs.last_review ?? '') || (ours.last_review === theirs.last_review && ours.reps > theirs.reps)
    ? ours
    : theirs;
}

/** When the student last did something to the word, as an ISO date ('' when nothing says). */
function lastChange(word: StudyWord): string {
  const dates = [word.changedAt, word.saved?.savedAt, ...reviewDirections.map((direction) => word.cards?.[direction]?.last_review)];
  return dates.reduce<string>((latest, date) => (date && date > latest ? date : latest), '');
}

export const statusOf = (state: StudyState, lemma: string): WordStatus => state.words[lemma]?.status ?? 'new';

/** Whether a word's record holds anything of the student's: a status, a saved word or a review. */
export const holdsStudy = (word: StudyWord): boolean => word.status !== 'new' || !!word.saved || !!word.cards;

/** Records the word as changed `now`, which is what an import compares (mergeStudy). */
function withWord(state: StudyState, lemma: string, word: StudyWord, now: Date): StudyState {
  const words = { ...state.words };
  const changedAt = now.toISOString();
  // A word set back to nothing keeps only the date it was, so that an older backup's record of it, saved
  // or learning, does not come back on import; a word never recorded is not recorded for nothing.
  if (holdsStudy(word)) words[lemma] = { ...word, changedAt };
  else if (Object.hasOwn(words, lemma)) words[lemma] = { status: 'new', changedAt };
  return { ...state, words };
}

/** The word given back the record it had before a change (none: it had no record), as changed `now`: an undo. */
export function restoreWord(state: StudyState, lemma: string, previous: StudyWord | undefined, now = new Date()): StudyState {
  return withWord(state, lemma, previous ?? { status: 'new' }, now);
}

export function setStatus(state: StudyState, lemma: string, status: WordStatus, now = new Date()): StudyState {
  return withWord(state, lemma, { ...state.words[lemma], status }, now);
}

export function toggleSaved(state: StudyState, lemma: string, token: string, article: string, now = new Date()): StudyState {
  const word = state.words[lemma] ?? { status: 'new' as const };
  const { saved, ...rest } = word;
  return withWord(state, lemma, saved ? rest : { ...rest, saved: { token, article, savedAt: now.toISOString() } }, now);
}

export function withCard(state: StudyState, lemma: string, direction: ReviewDirection, card: StoredCard, now = new Date()): StudyState {
  const word = state.words[lemma] ?? { status: 'new' as const };
  // Reviewing a word that was only saved means it is being learnt.
  const status = word.status === 'new' ? 'learning' : word.status;
  return withWord(state, lemma, { ...word, status, cards: { ...word.cards, [direction]: card } }, now);
}

/** The study words: the saved lemmas, whatever their status, and those being learnt. The exports list them. */
export function studyLemmas(state: StudyState): string[] {
  return Object.entries(state.words)
    .filter(([, word]) => word.saved || word.status === 'learning')
    .map(([lemma]) => lemma);
}

/**
 * The lemmas that make flashcards: the study words, but not those marked known, which the student has said
 * need no more review; a saved word stays saved, and its reviews are kept should it be marked otherwise again.
 */
export const deckLemmas = (state: StudyState): string[] => studyLemmas(state).filter((lemma) => state.words[lemma]!.status !== 'known');
