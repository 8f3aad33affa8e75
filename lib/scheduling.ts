import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { MAX_INTERVAL_DAYS, type StoredCard } from './study';

/**
 * The one place that knows ts-fsrs. The rest of the app stores plain JSON cards (StoredCard) and
 * grades by name; this turns them into FSRS cards and back.
 */
export const grades = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof grades)[number];

const ratings: Record<GradeName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

// Default FSRS-6 parameters; no fuzz, so a schedule can be checked and explained.
const scheduler = fsrs({ enable_fuzz: false, maximum_interval: MAX_INTERVAL_DAYS });

function toCard(stored: StoredCard | undefined, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  return {
    ...stored,
    due: new Date(stored.due),
    state: stored.state as State,
    last_review: new Date(stored.last_review),
  };
}

function toStored(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    // Set by every review, which is what makes a card to store.
    last_review: card.last_review!.toISOString(),
  };
}

/** The card after answering it with `grade` at `now`. A card never reviewed starts as a new FSRS card. */
export function review(stored: StoredCard | undefined, grade: GradeName, now = new Date()): StoredCard {
  return toStored(scheduler.next(toCard(stored, now), now, ratings[grade]).card);
}

/** When the card would next be due for each answer: shown on the grade buttons. */
export function nextDueByGrade(stored: StoredCard | undefined, now = new Date()): Record<GradeName, Date> {
  const preview = scheduler.repeat(toCard(stored, now), now);
  return Object.fromEntries(grades.map((g) => [g, preview[ratings[g]].card.due])) as Record<GradeName, Date>;
}

/** A card never reviewed is due now. */
export const isDue = (stored: StoredCard | undefined, now = new Date()) => !stored || new Date(stored.due) <= now;
