import { describe, expect, it } from 'vitest';
import { emptySavedWords, readSavedWords, toggleSavedWord } from '@/lib/saved-words';

describe('saved words', () => {
  it('saves a lemma with the token it came from, and unsaves it', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const saved = toggleSavedWord(emptySavedWords(), 'irhab', 'w0-2', 'damascus', now);
    expect(saved.words).toEqual({ irhab: { token: 'w0-2', article: 'damascus', savedAt: '2026-11-29T12:00:00.000Z' } });
    expect(readSavedWords(JSON.stringify(saved))).toEqual(saved);
    expect(toggleSavedWord(saved, 'irhab', 'w0-2', 'damascus').words).toEqual({});
  });

  it.each([null, '', '{', '[]', '{"version":2,"words":{}}', '{"version":1,"words":{"x":{"token":"<img>","article":"a","savedAt":"now"}}}'])(
    'reads %j as empty',
    (raw) => {
      expect(readSavedWords(raw)).toEqual(emptySavedWords());
    },
  );
});
