import { describe, expect, it } from 'vitest';
import { countWords } from '@/lib/content/coverage';

describe('countWords, the words a paragraph needs annotated', () => {
  it('counts words between spaces, and each side of a hyphen between two words', () => {
    expect(countWords('منتدى التعاون العربي-الصيني، في بكين.')).toBe(6);
  });

  it('does not count punctuation standing alone, which no token annotates', () => {
    expect(countWords('قال – “إنه سعيد”')).toBe(3);
    expect(countWords('… وذلك')).toBe(1);
  });
});
