import { describe, expect, it } from 'vitest';
import { leadSentences } from '@/lib/metadata';

describe('leadSentences', () => {
  it('takes the whole sentences that fit, never a part of one after them', () => {
    expect(leadSentences(['One two.', 'Three four.', 'Five six.'], 20)).toBe('One two. Three four.');
    expect(leadSentences(['One two.', 'Three four.'], 100)).toBe('One two. Three four.');
  });

  it('cuts a first sentence longer than the limit at a word, and says so', () => {
    expect(leadSentences(['One two three four five.', 'Six.'], 12)).toBe('One two…');
  });

  it('keeps to the limit, its ellipsis included', () => {
    expect(leadSentences(['aaaa bbbb cccc'], 9)).toBe('aaaa…');
  });

  it('cuts a first sentence at its last clause break rather than mid-phrase, where that keeps half of it', () => {
    const sentence = 'There was no point in meeting until Ankara ended the occupation, calling on it to stop supporting terrorism.';
    expect(leadSentences([sentence], 80)).toBe('There was no point in meeting until Ankara ended the occupation…');
    expect(leadSentences(['وقال إنه لا جدوى من اللقاء، داعيًا الإدارة التركية إلى وقف دعم الإرهاب.'], 50)).toBe('وقال إنه لا جدوى من اللقاء…');
    // A break in the first half would leave too little: the cut falls at a word.
    expect(leadSentences(['Yes, there was no point in meeting until Ankara ended it.'], 30)).toBe('Yes, there was no point in…');
  });
});
