import { describe, expect, it } from 'vitest';
import { getLibrary } from '@/lib/content/loader';
import { ONE_PAGE_WORDS, PART_WORDS, partsOf, readerPageOf, shownParagraphs, singlePart } from '@/lib/content/parts';
import { glossaryOf, occurrencePlaces } from '@/lib/glossary';

const seed = getLibrary().article('damascus-baghdad-security-coordination')!;
const words = (n: number) => Array.from({ length: n }, () => 'كلمة').join(' ');
const body = (...counts: number[]) => counts.map((count, i) => ({ n: i + 1, ar: words(count) }));

describe('partsOf', () => {
  it('keeps the seed article, and any article up to ONE_PAGE_WORDS words, on one page', () => {
    expect(seed.parts).toEqual([{ from: 1, to: 16 }]);
    expect(partsOf(body(ONE_PAGE_WORDS / 2, ONE_PAGE_WORDS / 2))).toEqual([{ from: 1, to: 2 }]);
    expect(partsOf([])).toEqual([]);
  });

  it('splits a longer article into even runs of whole paragraphs, in order, covering every paragraph once', () => {
    const paragraphs = body(...Array.from({ length: 60 }, (_, i) => 20 + (i % 7) * 10));
    const parts = partsOf(paragraphs);
    expect(parts[0]!.from).toBe(1);
    expect(parts.at(-1)!.to).toBe(60);
    parts.slice(1).forEach((part, i) => expect(part.from).toBe(parts[i]!.to + 1));
    const sizes = parts.map((part) => paragraphs.slice(part.from - 1, part.to).reduce((sum, p) => sum + p.ar.split(' ').length, 0));
    const total = sizes.reduce((sum, n) => sum + n, 0);
    // Each within PART_WORDS, no two neighbours that would fit in one, and none much shorter than an even share.
    expect(parts.length).toBeGreaterThan(1);
    sizes.slice(1).forEach((size, i) => expect(size + sizes[i]!).toBeGreaterThan(PART_WORDS));
    for (const size of sizes) {
      expect(size).toBeLessThanOrEqual(PART_WORDS);
      expect(size).toBeGreaterThan((total / parts.length) * 0.85);
    }
  });

  it('gives a paragraph longer than a part a part of its own, and shares the rest evenly', () => {
    expect(partsOf(body(100, 2000, 100))).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
    ]);
    // The paragraphs after a long one make as few parts as fit, not one each.
    expect(partsOf(body(300, 300, 800, 300, 300))).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 3 },
      { from: 4, to: 5 },
    ]);
    expect(partsOf(body(100, 1500, 100, 100, 100))).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 5 },
    ]);
  });

  it('leaves no short paragraph alone at the end, where filling the parts in order would', () => {
    // In order: 600, 600, 600 and 20.
    const sizes = (parts: { from: number; to: number }[], counts: number[]) => parts.map((p) => counts.slice(p.from - 1, p.to).reduce((a, b) => a + b, 0));
    const closing = [300, 300, 300, 300, 300, 300, 20];
    expect(Math.min(...sizes(partsOf(body(...closing)), closing))).toBe(300);
    // In order: 480, 480, 480 and 160.
    const even = Array<number>(10).fill(160);
    expect(sizes(partsOf(body(...even)), even).sort()).toEqual([320, 320, 480, 480]);
  });
});

describe('shownParagraphs', () => {
  const parts = [
    { from: 1, to: 10 },
    { from: 11, to: 20 },
    { from: 21, to: 25 },
  ];

  it('shows the first part without a range, and every part a range touches with one', () => {
    expect(shownParagraphs(parts, null)).toEqual({ from: 1, to: 10 });
    expect(shownParagraphs(parts, { from: 12, to: 12 })).toEqual({ from: 11, to: 20 });
    expect(shownParagraphs(parts, { from: 10, to: 11 })).toEqual({ from: 1, to: 20 });
    expect(shownParagraphs(parts, { from: 1, to: 25 })).toEqual({ from: 1, to: 25 });
  });

  it('names the part a page shows, when it shows exactly one of several', () => {
    expect(singlePart(parts, { from: 11, to: 20 })).toEqual({ from: 11, to: 20 });
    expect(singlePart(parts, { from: 1, to: 20 })).toBeNull();
    expect(singlePart([{ from: 1, to: 16 }], { from: 1, to: 16 })).toBeNull();
  });
});

describe('readerPageOf', () => {
  const halves = { ...seed, parts: [{ from: 1, to: 8 }, { from: 9, to: 16 }] };

  it('holds the whole of a one-part article', () => {
    const page = readerPageOf(seed, { from: 3, to: 3 });
    expect(page.paragraphs).toHaveLength(16);
    expect(page.notes).toEqual(seed.notes);
    expect(page.entities).toHaveLength(Object.keys(seed.entities).length);
    expect(page.part).toBeNull();
  });

  it('holds a part’s paragraphs, and only the notes and mentions on them or on the headline', () => {
    const page = readerPageOf(halves, { from: 10, to: 10 });
    expect(page.paragraphs.map((p) => p.n)).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    expect(page.part).toEqual({ from: 9, to: 16 });
    // The seed has notes on 3, 5, 6 and 7 too: the first half's.
    expect(page.notes.map((note) => note.paragraph)).toEqual([9, 12, 14, 15, 16]);
    const mentions = page.entities.flatMap((e) => e.mentions.map((m) => m.paragraph));
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((n) => n === 0 || n >= 9)).toBe(true);
    expect(page.entities.every((e) => e.mentions.length > 0)).toBe(true);
    expect(page.entities.length).toBeLessThan(Object.keys(seed.entities).length);
  });
});

describe('a part’s glossary', () => {
  const part = { from: 2, to: 3 };
  const glossary = glossaryOf(seed, part);

  it('holds the words of the part and of the headline, and no others', () => {
    const paragraphs = new Set(Object.keys(glossary.tokens).map((id) => id.split('-')[0]));
    expect(paragraphs).toEqual(new Set(['w0', 'w2', 'w3']));
    expect(Object.keys(glossary.tokens)).toHaveLength(
      [seed.headline, seed.paragraphs[1]!, seed.paragraphs[2]!].reduce((sum, p) => sum + p.tokens.length, 0),
    );
  });

  it('lists only the lemmas, phrases and entities those words use, with their occurrences in the part', () => {
    const whole = glossaryOf(seed);
    expect(Object.keys(glossary.lemmas).length).toBeLessThan(Object.keys(whole.lemmas).length);
    for (const token of Object.values(glossary.tokens)) {
      if (token.lemma) expect(glossary.lemmas[token.lemma]).toBeDefined();
      for (const entity of token.entities) expect(glossary.entities[entity]).toBeDefined();
      for (const phrase of token.phrases) expect(glossary.phrases[phrase]).toBeDefined();
    }
    for (const lemma of Object.values(glossary.lemmas)) {
      expect(lemma.occurrences.length).toBeGreaterThan(0);
      for (const id of lemma.occurrences) expect(glossary.tokens[id]).toBeDefined();
    }
  });

  it('counts each lemma’s occurrences outside the part, and names the next one after it', () => {
    // تنمية occurs once, in paragraph 3; مع in paragraphs 1, 3, 6, 10 and 16.
    expect(glossary.lemmas['tanmiya']).toMatchObject({ occurrences: ['w3-6'] });
    expect(glossary.lemmas['tanmiya']!.elsewhere).toBeUndefined();
    expect(glossary.lemmas['ma3a']).toMatchObject({ occurrences: ['w3-3'], elsewhere: { count: 7, next: 'w6-20' } });
    expect(glossaryOf(seed).lemmas['ma3a']!.elsewhere).toBeUndefined();
  });

  it('names the article’s first occurrence when none comes after the part, as a search that wraps does', () => {
    expect(glossaryOf(seed, { from: 9, to: 16 }).lemmas['ma3a']!.elsewhere).toEqual({ count: 5, next: 'w1-11' });
  });
});

describe('occurrencePlaces', () => {
  it('places a word’s occurrences by paragraph, counting those of one spelling where a paragraph has it more than once', () => {
    // ¶11 has تنظيم once and التنظيم twice.
    const spelling: Record<string, string> = { 'w0-2': 'تنظيم', 'w11-20': 'تنظيم', 'w11-35': 'التنظيم', 'w12-4': 'التنظيم', 'w11-42': 'التنظيم' };
    expect(occurrencePlaces(Object.keys(spelling), (id) => spelling[id])).toEqual(
      new Map([
        ['w0-2', { paragraph: 0 }],
        ['w11-20', { paragraph: 11 }],
        ['w11-35', { paragraph: 11, nth: 1 }],
        ['w12-4', { paragraph: 12 }],
        ['w11-42', { paragraph: 11, nth: 2 }],
      ]),
    );
  });
});
