// zod/mini: the same contract in fewer bytes, since this runs in the browser. Even so it is the
// largest module the pages need, so the study store loads this file after the first render.
import { z } from 'zod/mini';
import { emptyStudy, holdsStudy, MAX_INTERVAL_DAYS, wordStatuses } from './study';
import { WORD_ID } from './urls';

/**
 * The largest store or import read, in characters; the import notice names it in MB. Above any browser's
 * storage quota (about 5 million characters in Chromium, Firefox and Safari), so a store the page could
 * write always reads back and its backup always imports: a limit under the quota let a heavy student's
 * next change write a store the next page threw away. Text longer than this is not ours.
 */
export const MAX_STORED_MB = 8;
const MAX_STORED_LENGTH = MAX_STORED_MB * 1024 * 1024;
/** An import's problems listed, at most; the rest are counted. */
const MAX_LISTED = 10;

const count = z.int().check(z.nonnegative());
const days = z.number().check(z.nonnegative());

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A moment, read back as `toISOString` writes it, so that two compare as strings do (a file's `…:00Z` is
 * the store's `…:00.000Z`, which a string comparison put first).
 */
const moment = z.pipe(z.iso.datetime(), z.transform((text: string) => new Date(text).toISOString()));
/**
 * Whether a card falls due when the scheduler could have set it: not before its last review, nor further
 * after it than the longest interval. A due date in the year 9999 would hide the card from review for good.
 */
const dueAfterReview = (card: { due: string; last_review: string }) => {
  const wait = Date.parse(card.due) - Date.parse(card.last_review);
  return wait >= 0 && wait <= (MAX_INTERVAL_DAYS + 1) * DAY_MS;
};

/**
 * ts-fsrs's least stability (its S_MIN). A memory state is either none yet (both 0) or one the scheduler can
 * go on from: below these, its next review throws, and the flashcards page with it, at every load.
 */
const LEAST_STABILITY = 1e-3;
const noMemoryYet = (card: { stability: number; difficulty: number }) => card.stability === 0 && card.difficulty === 0;

/** A ts-fsrs card as JSON: dates as ISO strings, the state as its number (0 new … 3 relearning). */
export const storedCardSchema = z.object({
  due: moment,
  stability: days,
  difficulty: z.number().check(z.gte(0), z.lte(10)),
  elapsed_days: days,
  scheduled_days: days,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: z.int().check(z.gte(0), z.lte(3)),
  // Every card stored has been reviewed: without its review, its due date could be any.
  last_review: moment,
}).check(
  z.refine(dueAfterReview, { path: ['due'] }),
  z.refine((card) => noMemoryYet(card) || card.difficulty >= 1, { path: ['difficulty'] }),
  z.refine((card) => noMemoryYet(card) || card.stability >= LEAST_STABILITY, { path: ['stability'] }),
);
export type StoredCard = z.infer<typeof storedCardSchema>;

const studyWordSchema = z.object({
  status: z.enum(wordStatuses),
  saved: z.optional(
    z.object({
      token: z.string().check(z.regex(WORD_ID)),
      article: z.string().check(z.regex(/^[a-z0-9-]+$/)),
      savedAt: moment,
    }),
  ),
  cards: z.optional(z.object({ recognition: z.optional(storedCardSchema), recall: z.optional(storedCardSchema) })),
  /** When the student last changed the word; missing in stores written before it was kept. */
  changedAt: z.optional(moment),
});
export type StudyWord = z.infer<typeof studyWordSchema>;

/** A word's key: its lemma's id. */
const lemmaKeySchema = z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(80));

/** The format of the store and its backups; a backup of a later one is refused as such. */
const STUDY_VERSION = 1;

const studySchema = z.object({
  version: z.literal(STUDY_VERSION),
  words: z.record(lemmaKeySchema, studyWordSchema),
});
export type StudyState = z.infer<typeof studySchema>;

/**
 * An exported file (`studyBackup`): the store, and when it was exported, missing in files exported before it was
 * kept. It only bounds the file's dates, so a damaged one is read as missing rather than refuse the file.
 */
const studyFileSchema = z.extend(studySchema, { exportedAt: z.catch(z.optional(moment), undefined) });

/**
 * `corrupt` says the store held something that could not all be trusted; `kept` counts the words of
 * such a store that still read as words, which the store keeps.
 */
export type ParsedStudy = { state: StudyState; corrupt: boolean; kept: number };

/**
 * The state with nothing dated later than `now`: a change, save or review from a clock that ran ahead (a
 * backup from such a device, a hand-edited file) is read as made now, or it would win every merge with what
 * the student does later. A review moved back takes its due date with it, so the card keeps its interval.
 */
function notAfter(state: StudyState, now: Date): StudyState {
  const at = now.getTime();
  const upTo = (date: string) => (Date.parse(date) > at ? now.toISOString() : date);
  const card = (stored: StoredCard | undefined) => {
    const ahead = stored ? Date.parse(stored.last_review) - at : 0;
    return ahead > 0 ? { ...stored!, last_review: now.toISOString(), due: new Date(Date.parse(stored!.due) - ahead).toISOString() } : stored;
  };
  const words = Object.entries(state.words).map(([lemma, word]): [string, StudyWord] => {
    const { saved, cards, changedAt } = word;
    const later = [saved?.savedAt, cards?.recognition?.last_review, cards?.recall?.last_review, changedAt].some((date) => date && Date.parse(date) > at);
    if (!later) return [lemma, word];
    return [
      lemma,
      {
        ...word,
        ...(saved && { saved: { ...saved, savedAt: upTo(saved.savedAt) } }),
        ...(cards && { cards: Object.fromEntries(Object.entries(cards).map(([direction, stored]) => [direction, card(stored)])) }),
        ...(changedAt && { changedAt: upTo(changedAt) }),
      },
    ];
  });
  return { ...state, words: Object.fromEntries(words) };
}

/** What is stored, or an empty store; nothing in it later than `now`. */
export function parseStudy(raw: string | null, now = new Date()): ParsedStudy {
  if (raw === null) return { state: emptyStudy(), corrupt: false, kept: 0 };
  const json = jsonOf(raw);
  const parsed = studySchema.safeParse(json);
  if (parsed.success) return { state: notAfter(parsed.data, now), corrupt: false, kept: 0 };
  const state = notAfter(readableWords(json), now);
  // A record of a word set back to new keeps nothing a student would count as kept.
  return { state, corrupt: true, kept: Object.values(state.words).filter(holdsStudy).length };
}

/** The parsed JSON of a store or an import, or undefined (which JSON cannot be) for text too long or not JSON. */
function jsonOf(text: string): unknown {
  // Far beyond any real store: refused before parsing.
  if (text.length > MAX_STORED_LENGTH) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The words of a damaged store that still read as words. One bad value (a hand edit, a future field
 * written back by an older page) no longer costs the student every other word. Only a store of this
 * version is read: another version's words may not mean what ours do.
 */
function readableWords(json: unknown): StudyState {
  const state = emptyStudy();
  const store = z.looseObject({ version: z.literal(STUDY_VERSION), words: z.record(z.string(), z.unknown()) }).safeParse(json);
  if (!store.success) return state;
  for (const [lemma, word] of Object.entries(store.data.words)) {
    const readable = lemmaKeySchema.safeParse(lemma).success && readableWord(word);
    if (readable) state.words[lemma] = readable;
  }
  return state;
}

/**
 * What of a damaged word still reads: its status, where only a review card, its saving or its date is damaged,
 * keeps the student's judgement of the word rather than dropping it with the card. A word without a readable
 * status is not read at all.
 */
function readableWord(word: unknown): StudyWord | undefined {
  let candidate = word;
  // Each pass leaves out what the last one found damaged: a card, `saved` or `changedAt`, at most one pass each.
  for (let pass = 0; pass < 4; pass++) {
    const parsed = studyWordSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    if (candidate === null || typeof candidate !== 'object') return undefined;
    const damaged = parsed.error.issues.map(({ path }) => path.slice(0, path[0] === 'cards' && path.length > 1 ? 2 : 1).map(String));
    if (damaged.some(([field]) => field === undefined || field === 'status')) return undefined;
    candidate = withoutParts(candidate as Record<string, unknown>, damaged);
  }
  return undefined;
}

/** A copy of a word without the fields (`saved`) and cards (`cards.recall`) named, and without cards left empty. */
function withoutParts(word: Record<string, unknown>, parts: string[][]): Record<string, unknown> {
  const copy = { ...word };
  for (const [field, card] of parts) {
    if (field === 'cards' && card !== undefined && copy.cards !== null && typeof copy.cards === 'object') {
      const { [card]: _, ...cards } = copy.cards as Record<string, unknown>;
      copy.cards = cards;
      if (!Object.keys(cards).length) delete copy.cards;
    } else delete copy[field!];
  }
  return copy;
}

/**
 * What can be wrong with an imported file, each said in the interface's language (the `problem…` messages):
 * the whole file, or one value in it, named by its path.
 */
export const importProblems = ['tooLarge', 'unreadable', 'empty', 'notJson', 'notStudy', 'newerVersion', 'missing', 'wrongType', 'notAllowed', 'badFormat', 'outOfRange', 'invalid'] as const;
export type ImportProblem = { path: string; problem: (typeof importProblems)[number] };
export type ImportResult = { ok: true; state: StudyState } | { ok: false; problems: ImportProblem[]; unlisted: number };

const problemOfCode: Partial<Record<string, ImportProblem['problem']>> = {
  invalid_type: 'wrongType',
  invalid_value: 'notAllowed',
  invalid_format: 'badFormat',
  invalid_key: 'badFormat',
  too_big: 'outOfRange',
  too_small: 'outOfRange',
};

/** The value at a path of the parsed file; undefined where the file has none. */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), json);
}

const wholeFile = (problem: ImportProblem['problem']): ImportResult => ({ ok: false, problems: [{ path: '', problem }], unlisted: 0 });

/**
 * Reads a file chosen for import. One far too large is refused unread: a film chosen by mistake would be
 * held whole in the page's memory. One the browser cannot read (moved or deleted since it was chosen) says so.
 * Nothing in a file was done after the file was written: a later date in it (a hand-edited file) is read as the
 * earliest the file can have been written, of the moment it says it was exported, its modification time and now.
 * Read as now, it won over what the student did after the first import each time the same file was imported
 * again. A file from a device whose clock ran ahead says it was exported ahead too: its dates are read as now.
 */
export async function importStudyFile(file: Pick<File, 'size' | 'text'> & { lastModified?: number }, now = new Date()): Promise<ImportResult> {
  // UTF-8 spends at most 3 bytes on each UTF-16 unit: a file of more bytes than this has more characters than the limit.
  if (file.size > 3 * MAX_STORED_LENGTH) return wholeFile('tooLarge');
  const text = await file.text().catch(() => undefined);
  const written = file.lastModified && file.lastModified < now.getTime() ? new Date(file.lastModified) : now;
  return text === undefined ? wholeFile('unreadable') : importStudy(text, written);
}

/**
 * Reads an exported study file, listing what is wrong with it by path; nothing in it later than `upTo`, nor
 * than the moment the file says it was exported.
 */
export function importStudy(text: string, upTo = new Date()): ImportResult {
  if (text.length > MAX_STORED_LENGTH) return wholeFile('tooLarge');
  // A file of nothing is not "not JSON" to a student, who sees only that it is empty.
  if (!text.trim()) return wholeFile('empty');
  const json = jsonOf(text);
  if (json === undefined) return wholeFile('notJson');
  const parsed = studyFileSchema.safeParse(json);
  if (parsed.success) {
    const { exportedAt, ...state } = parsed.data;
    const exported = exportedAt ? new Date(exportedAt) : upTo;
    return { ok: true, state: notAfter(state, exported < upTo ? exported : upTo) };
  }
  const { issues } = parsed.error;
  // Not an object with a version and words: some other file (a package.json has a version), which a list
  // of its paths would not explain.
  if (json === null || typeof json !== 'object' || Array.isArray(json) || !('version' in json) || !('words' in json)) return wholeFile('notStudy');
  // Written by a later Jisr, whose words this one may misread: "version: a value that is not allowed" would
  // not tell a student that it is this page that is out of date.
  if (typeof json.version === 'number' && json.version > STUDY_VERSION) return wholeFile('newerVersion');
  const problems = issues.slice(0, MAX_LISTED).map((issue): ImportProblem => {
    const path = issue.path.join('.');
    // An enum reports a missing value as one not allowed: the file tells which it is.
    if (issue.code !== 'invalid_key' && valueAt(json, issue.path) === undefined) return { path, problem: 'missing' };
    return { path, problem: problemOfCode[issue.code] ?? 'invalid' };
  });
  return { ok: false, problems, unlisted: Math.max(0, issues.length - MAX_LISTED) };
}
