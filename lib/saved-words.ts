// zod/mini: this runs in the browser.
import { z } from 'zod/mini';

/**
 * The words a student saves from the card, kept on the device. Versioned and validated on the
 * way back in: a corrupt store reads as empty instead of breaking the page.
 */
export const SAVED_WORDS_KEY = 'jisr:saved-words:v1';
const MAX_STORED_LENGTH = 512 * 1024;

const savedWordSchema = z.object({
  /** The token it was saved from: the context shown on its flashcard. */
  token: z.string().check(z.regex(/^w\d+-\d+$/)),
  article: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  savedAt: z.iso.datetime(),
});

export const savedWordsSchema = z.object({
  version: z.literal(1),
  words: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/)), savedWordSchema),
});

export type SavedWords = z.infer<typeof savedWordsSchema>;
export const emptySavedWords = (): SavedWords => ({ version: 1, words: {} });

export function readSavedWords(raw: string | null): SavedWords {
  if (!raw || raw.length > MAX_STORED_LENGTH) return emptySavedWords();
  try {
    const parsed = savedWordsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : emptySavedWords();
  } catch {
    return emptySavedWords();
  }
}

export function toggleSavedWord(store: SavedWords, lemma: string, token: string, article: string, now = new Date()): SavedWords {
  const words = { ...store.words };
  if (words[lemma]) delete words[lemma];
  else words[lemma] = { token, article, savedAt: now.toISOString() };
  return { ...store, words };
}
