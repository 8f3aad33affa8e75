import { describe, expect, it } from 'vitest';
import { review } from '@/lib/scheduling';
import { deckLemmas, emptyStudy, mergeStudy, setStatus, statusOf, toggleSaved, withCard } from '@/lib/study';
import { importStudy, parseStudy } from '@/lib/study-schema';

const now = new Date('2026-11-29T12:00:00Z');

describe('study store', () => {
  it('keeps a status per lemma, new by default, and forgets a word set back to new', () => {
    const learning = setStatus(emptyStudy(), 'irhab', 'learning');
    expect(statusOf(learning, 'irhab')).toBe('learning');
    expect(statusOf(learning, 'tanzim')).toBe('new');
    expect(setStatus(learning, 'irhab', 'new').words).toEqual({});
  });

  it('saves a lemma with the word it came from, and unsaves it without losing its status', () => {
    const saved = toggleSaved(setStatus(emptyStudy(), 'irhab', 'known'), 'irhab', 'w0-2', 'damascus', now);
    expect(saved.words.irhab).toEqual({ status: 'known', saved: { token: 'w0-2', article: 'damascus', savedAt: '2026-11-29T12:00:00.000Z' } });
    expect(toggleSaved(saved, 'irhab', 'w0-2', 'damascus').words.irhab).toEqual({ status: 'known' });
  });

  it('builds the deck from saved and learning words, and a reviewed word becomes learning', () => {
    let state = toggleSaved(emptyStudy(), 'a', 'w1-1', 'x', now);
    state = setStatus(state, 'b', 'learning');
    state = setStatus(state, 'c', 'known');
    expect(deckLemmas(state).sort()).toEqual(['a', 'b']);
    state = withCard(state, 'a', 'recall', review(undefined, 'good', now));
    expect(state.words.a?.status).toBe('learning');
    expect(state.words.a?.cards?.recall?.reps).toBe(1);
  });

  it('reads back what it wrote', () => {
    const state = withCard(toggleSaved(emptyStudy(), 'a', 'w1-1', 'x', now), 'a', 'recognition', review(undefined, 'hard', now));
    expect(parseStudy(JSON.stringify(state))).toEqual({ state, corrupt: false });
    expect(parseStudy(null)).toEqual({ state: emptyStudy(), corrupt: false });
  });

  it.each([
    '',
    '{',
    '[]',
    '{"version":2,"words":{}}',
    '{"version":1,"words":{"a":{"status":"forgotten"}}}',
    '{"version":1,"words":{"a":{"status":"new","saved":{"token":"<img>","article":"a","savedAt":"now"}}}}',
    '{"version":1,"words":{"a":{"status":"learning","cards":{"recall":{"due":"soon"}}}}}',
    'x'.repeat(3 * 1024 * 1024),
  ])('reports %.40j as corrupt and starts empty', (raw) => {
    expect(parseStudy(raw)).toEqual({ state: emptyStudy(), corrupt: true });
  });

  it('lists what is wrong with an import, by path', () => {
    const result = importStudy('{"version":1,"words":{"a":{"status":"forgotten"},"B C":{"status":"new"}}}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/words\.a\.status: /);
    expect(importStudy('not json')).toEqual({ ok: false, errors: [expect.stringMatching(/^JSON: /)] });
  });

  it('merges an import over the current data, word by word', () => {
    const current = setStatus(setStatus(emptyStudy(), 'a', 'known'), 'b', 'learning');
    const imported = setStatus(emptyStudy(), 'b', 'known');
    expect(mergeStudy(current, imported).words).toEqual({ a: { status: 'known' }, b: { status: 'known' } });
  });
});
