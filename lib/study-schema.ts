// zod/mini: the same contract in fewer bytes, since this runs in the browser. Even so it is the
// largest module the pages need, so the study store loads this file after the first render.
import { z } from 'zod/mini';
import { emptyStudy, wordStatuses } from './study';

const MAX_STORED_LENGTH = 2 * 1024 * 1024;
/** An import's problems listed, at most; the rest are counted. */
const MAX_LISTED = 10;

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
  /** When the student last changed the word; missing in stores written before it was kept. */
  changedAt: z.optional(z.iso.datetime()),
});
export type StudyWord = z.infer<typeof studyWordSchema>;

export const studySchema = z.object({
  version: z.literal(1),
  words: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(80)), studyWordSchema),
});
export type StudyState = z.infer<typeof studySchema>;

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
  const { issues } = parsed.error;
  const listed = issues.slice(0, MAX_LISTED).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  return { ok: false, errors: issues.length > MAX_LISTED ? [...listed, `… (+${issues.length - MAX_LISTED})`] : listed };
}

