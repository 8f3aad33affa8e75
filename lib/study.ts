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

export const wordStatuses = ['new', 'learning', 'known'] as const;
export type WordStatus = (typeof wordStatuses)[number];
export const reviewDirections = ['recognition', 'recall'] as const;
export type ReviewDirection = (typeof reviewDirections)[number];

export type { StoredCard, StudyState, StudyWord } from './study-schema';

export const emptyStudy = (): StudyState => ({ version: 1, words: {} });

/** An import adds to what is here: its words replace the same lemmas' entries, and nothing else is touched. */
export function mergeStudy(current: StudyState, imported: StudyState): StudyState {
  return { version: 1, words: { ...current.words, ...imported.words } };
}

export const statusOf = (state: StudyState, lemma: string): WordStatus => state.words[lemma]?.status ?? 'new';

function withWord(state: StudyState, lemma: string, word: StudyWord): StudyState {
  const words = { ...state.words };
  // A word with nothing to remember is dropped, so the store only grows with what the student did.
  if (word.status === 'new' && !word.saved && !word.cards) delete words[lemma];
  else words[lemma] = word;
  return { ...state, words };
}

export function setStatus(state: StudyState, lemma: string, status: WordStatus): StudyState {
  return withWord(state, lemma, { ...state.words[lemma], status });
}

export function toggleSaved(state: StudyState, lemma: string, token: string, article: string, now = new Date()): StudyState {
  const word = state.words[lemma] ?? { status: 'new' as const };
  const { saved, ...rest } = word;
  return withWord(state, lemma, saved ? rest : { ...rest, saved: { token, article, savedAt: now.toISOString() } });
}

export function withCard(state: StudyState, lemma: string, direction: ReviewDirection, card: StoredCard): StudyState {
  const word = state.words[lemma] ?? { status: 'new' as const };
  // Reviewing a word that was only saved means it is being learnt.
  const status = word.status === 'new' ? 'learning' : word.status;
  return withWord(state, lemma, { ...word, status, cards: { ...word.cards, [direction]: card } });
}

/** The lemmas that make flashcards: the saved ones and those being learnt. */
export function deckLemmas(state: StudyState): string[] {
  return Object.entries(state.words)
    .filter(([, word]) => word.saved || word.status === 'learning')
    .map(([lemma]) => lemma);
}
