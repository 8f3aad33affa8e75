import { describe, expect, it } from 'vitest';
import { formatParagraphRange, inRange, onPage, parseParagraphRange } from '@/lib/paragraph-range';

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

describe('canonical segments', () => {
  it('format back to what was parsed, for every paragraph and range', () => {
    for (let from = 1; from <= 4; from++) {
      for (let to = from; to <= 4; to++) {
        const segment = from === to ? String(from) : `${from}-${to}`;
        const range = parseParagraphRange(segment, 4);
        expect(range && formatParagraphRange(range)).toBe(segment);
      }
    }
  });
});

describe('inRange', () => {
  it('is inclusive at both ends and false without a range', () => {
    expect([2, 3, 5, 6].map((n) => inRange(n, { from: 3, to: 5 }))).toEqual([false, true, true, false]);
    expect(inRange(3, null)).toBe(false);
  });
});

describe('onPage', () => {
  it('puts the headline on every page, and a body paragraph on the page that shows it', () => {
    expect(onPage(0, { from: 17, to: 32 })).toBe(true);
    expect(onPage(17, { from: 17, to: 32 })).toBe(true);
    expect(onPage(32, { from: 17, to: 32 })).toBe(true);
    expect(onPage(16, { from: 17, to: 32 })).toBe(false);
    expect(onPage(33, { from: 17, to: 32 })).toBe(false);
  });
});
