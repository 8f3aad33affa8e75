import { describe, expect, it } from 'vitest';
import { isDue, nextDueByGrade, review } from '@/lib/scheduling';
import { storedCardSchema } from '@/lib/study-schema';

const now = new Date('2026-11-29T12:00:00Z');
const minutes = (card: { due: string }, from: Date) => (new Date(card.due).getTime() - from.getTime()) / 60_000;

describe('scheduling adapter (ts-fsrs)', () => {
  it('makes a new card due now and schedules the first answer by its grade', () => {
    expect(isDue(undefined, now)).toBe(true);
    const again = review(undefined, 'again', now);
    const good = review(undefined, 'good', now);
    const easy = review(undefined, 'easy', now);
    expect(minutes(again, now)).toBeLessThan(minutes(good, now));
    expect(minutes(good, now)).toBeLessThan(minutes(easy, now));
    expect(minutes(easy, now)).toBeGreaterThanOrEqual(24 * 60);
    expect(isDue(easy, now)).toBe(false);
  });

  it('stores plain JSON that the study schema accepts and that survives a round trip', () => {
    const card = review(review(undefined, 'good', now), 'good', new Date('2026-11-29T12:10:00Z'));
    expect(storedCardSchema.safeParse(JSON.parse(JSON.stringify(card))).success).toBe(true);
    expect(card.reps).toBe(2);
    expect(card.last_review).toBe('2026-11-29T12:10:00.000Z');
  });

  it('holds the schema to the scheduler: a card is due after its last review, by at most the longest interval', () => {
    const card = review(undefined, 'easy', now);
    const stored = (due: string) => storedCardSchema.safeParse({ ...card, due }).success;
    expect(stored(card.due)).toBe(true);
    expect(stored('2126-11-01T12:00:00.000Z')).toBe(true);
    // A year 9999 would hide the card from review for good; a date before its review the scheduler never gives.
    expect(stored('9999-01-01T00:00:00.000Z')).toBe(false);
    expect(stored('2026-11-28T12:00:00.000Z')).toBe(false);
  });

  it('grows the interval when a card keeps being remembered, and shrinks it after a lapse', () => {
    let card = review(undefined, 'good', now);
    let at = now;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      at = new Date(card.due);
      card = review(card, 'good', at);
      intervals.push(minutes(card, at));
    }
    intervals.slice(1).forEach((interval, i) => expect(interval).toBeGreaterThan(intervals[i]!));
    const lapsed = review(card, 'again', new Date(card.due));
    expect(lapsed.lapses).toBe(1);
    expect(minutes(lapsed, new Date(card.due))).toBeLessThan(intervals.at(-1)!);
  });

  it('previews the next due date of every grade in order', () => {
    const preview = nextDueByGrade(undefined, now);
    expect(preview.again.getTime()).toBeLessThan(preview.hard.getTime());
    expect(preview.hard.getTime()).toBeLessThan(preview.good.getTime());
    expect(preview.good.getTime()).toBeLessThan(preview.easy.getTime());
  });
});
