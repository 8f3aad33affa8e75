import { describe, expect, it } from 'vitest';
import { allParagraphRanges, formatParagraphRange, inRange, parseParagraphRange } from '@/lib/paragraph-range';

describe('parseParagraphRange', () => {
  it.each([
    ['7', { from: 7, to: 7 }],
    ['3-5', { from: 3, to: 5 }],
    ['1-16', { from: 1, to: 16 }],
    ['16', { from: 16, to: 16 }],
  ])('accepts %s', (segment, expected) => {
    expect(parseParagraphRange(segment, 16)).toEqual(expected);
  });

  it.each(['0', '17', '999', '-1', '5-3', '3-3', '1-999', 'abc', '07', '3-05', '', '3-', '-3', '1.5', '٣', '3 - 5', '%00'])(
    'rejects %j',
    (segment) => {
      expect(parseParagraphRange(segment, 16)).toBeNull();
    },
  );
});

describe('allParagraphRanges', () => {
  it('lists every paragraph and every range once, in canonical form', () => {
    const segments = allParagraphRanges(4);
    expect(segments).toEqual(['1', '1-2', '1-3', '1-4', '2', '2-3', '2-4', '3', '3-4', '4']);
    for (const segment of segments) {
      const range = parseParagraphRange(segment, 4);
      expect(range && formatParagraphRange(range)).toBe(segment);
    }
  });
});

describe('inRange', () => {
  it('is inclusive at both ends and false without a range', () => {
    expect([2, 3, 5, 6].map((n) => inRange(n, { from: 3, to: 5 }))).toEqual([false, true, true, false]);
    expect(inRange(3, null)).toBe(false);
  });
});
