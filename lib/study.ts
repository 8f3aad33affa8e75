// zod/mini: this runs in the browser.
import { z } from 'zod/mini';

/**
 * Everything a student keeps on the device: each lemma's status, whether it was saved (and from
 * which word, whose sentence becomes its flashcard), and its review schedule in each direction.
 * One versioned key, validated on the way in: a corrupt store is reported and reset, never trusted.
 * Keys are lemma ids, shared by every article, so knowing a word in one article counts in all.
 */
export const STUDY_KEY = 'jisr:study:v1';
/** Where an unreadable store is moved aside, so a reset never silently destroys it. */
export const CORRUPT_STUDY_KEY = 'jisr:study:v1:unreadable';
const MAX_STORED_LENGTH = 2 * 1024 * 1024;

export const wordStatuses = ['new', 'learning', 'known'] as const;
export type WordStatus = (typeof wordStatuses)[number];
export const reviewDirections = ['recognition', 'recall'] as const;
export type ReviewDirection = (typeof reviewDirections)[number];

const count = z.int().check(z.nonnegative());
const days = z.number().check(z.nonnegative());

/** A ts-fsrs card as JSON: dates as ISO strings, the state as its number (0 new … 3 relearning). */
export const storedCardSchema = z.object({
  due: z.iso.datetime(),
  stability: days,
  difficulty: z.number().check(z.gte(0), z.lte(10)),
  elapsed_days: days,
  scheduled_days: days,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: z.int().check(z.gte(0), z.lte(3)),
  last_review: z.optional(z.iso.datetime()),
});
export type StoredCard = z.infer<typeof storedCardSchema>;

const studyWordSchema = z.object({
  status: z.enum(wordStatuses),
  saved: z.optional(
    z.object({
      token: z.string().check(z.regex(/^w\d+-\d+$/)),
      article: z.string().check(z.regex(/^[a-z0-9-]+$/)),
      savedAt: z.iso.datetime(),
    }),
  ),
  cards: z.optional(z.object({ recognition: z.optional(storedCardSchema), recall: z.optional(storedCardSchema) })),
});
export type StudyWord = z.infer<typeof studyWordSchema>;

export const studySchema = z.object({
  version: z.literal(1),
  words: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(80)), studyWordSchema),
});
export type StudyState = z.infer<typeof studySchema>;

export const emptyStudy = (): StudyState => ({ version: 1, words: {} });

export type ParsedStudy = { state: StudyState; corrupt: boolean };

/** What is stored, or an empty store. `corrupt` says something was there and could not be trusted. */
export function parseStudy(raw: string | null): ParsedStudy {
  if (raw === null) return { state: emptyStudy(), corrupt: false };
  const result = importStudy(raw);
  return result.ok ? { state: result.state, corrupt: false } : { state: emptyStudy(), corrupt: true };
}

export type ImportResult = { ok: true; state: StudyState } | { ok: false; errors: string[] };

/** Reads an exported study file, listing what is wrong with it as `path: message`. */
export function importStudy(text: string): ImportResult {
  // Far beyond any real store: refused before parsing.
  if (text.length > MAX_STORED_LENGTH) return { ok: false, errors: [`(file): larger than ${MAX_STORED_LENGTH / 1024 / 1024} MB`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`JSON: ${(error as Error).message}`] };
  }
  const parsed = studySchema.safeParse(json);
  if (parsed.success) return { ok: true, state: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
  };
}

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
