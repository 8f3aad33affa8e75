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
});
