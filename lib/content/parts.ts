import { onPage, type ParagraphRange } from '../paragraph-range';
import { countWords } from './coverage';
import type { Article, Entity, Paragraph, SourceNote } from './model';

/** An article of up to this many words is read on one page, however many paragraphs it has. */
export const ONE_PAGE_WORDS = 1500;
/**
 * A longer article is read in parts of at most this many words (a longer paragraph is a part alone), as few
 * and as even as whole paragraphs allow: a typical news story's length (the seed article has 574), so a
 * part costs what such a page does. Words are counted as the coverage line counts them (countWords).
 */
export const PART_WORDS = 600;

/**
 * Splits the body into the parts a reader page shows. A page's cost in the browser (its HTML, the
 * RSC payload that repeats it, and hydrating every word) grows with its length, so a long article
 * is read a part at a time, each about a news story's length. Shorter ones are one part.
 */
export function partsOf(paragraphs: { n: number; ar: string }[]): ParagraphRange[] {
  if (!paragraphs.length) return [];
  const counts = paragraphs.map((p) => countWords(p.ar));
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total <= ONE_PAGE_WORDS) return [{ from: 1, to: paragraphs.length }];
  // As few parts as hold at most PART_WORDS each (a longer paragraph is a part alone), then, of the ways to
  // cut that many, the one whose parts are nearest in size (the least sum of squares): filling the first
  // parts to the limit left the last one a single short paragraph.
  const fewest = fewestParts(counts);
  const before = [0];
  for (const count of counts) before.push(before.at(-1)! + count);
  const fits = (from: number, to: number) => to - from === 1 || before[to]! - before[from]! <= PART_WORDS;
  // cost[k][i]: the least sum of squares of the first i paragraphs cut into k parts; cut[k][i], where the last begins.
  const cost = [Array.from({ length: counts.length + 1 }, (_, i) => (i === 0 ? 0 : Infinity))];
  const cut: number[][] = [[]];
  for (let k = 1; k <= fewest; k++) {
    cost.push(Array<number>(counts.length + 1).fill(Infinity));
    cut.push([]);
    for (let i = 1; i <= counts.length; i++)
      for (let from = i - 1; from >= 0 && fits(from, i); from--) {
        const total = cost[k - 1]![from]! + (before[i]! - before[from]!) ** 2;
        if (total < cost[k]![i]!) [cost[k]![i], cut[k]![i]] = [total, from];
      }
  }
  const parts: ParagraphRange[] = [];
  for (let k = fewest, i = counts.length; k > 0; i = cut[k]![i]!, k--) parts.unshift({ from: paragraphs[cut[k]![i]!]!.n, to: paragraphs[i - 1]!.n });
  return parts;
}

/** How many parts of at most PART_WORDS words, filled in order, the paragraphs need: no cut needs fewer. */
function fewestParts(counts: number[]): number {
  let parts = 0;
  let words = Infinity;
  for (const count of counts) {
    words += count;
    if (words > PART_WORDS) [parts, words] = [parts + 1, count];
  }
  return parts;
}

/**
 * The paragraphs a reader page shows: every part that `range` touches, so a paragraph link opens
 * amid its context; without a range, the first part.
 */
export function shownParagraphs(parts: ParagraphRange[], range: ParagraphRange | null): ParagraphRange {
  if (!range) return parts[0] ?? { from: 1, to: 0 };
  const touched = parts.filter((part) => part.to >= range.from && part.from <= range.to);
  return { from: touched[0]?.from ?? range.from, to: touched.at(-1)?.to ?? range.to };
}

/** The part that is exactly `shown`, when it is one part of several: its glossary is served on its own. */
export function singlePart(parts: ParagraphRange[], shown: ParagraphRange): ParagraphRange | null {
  return parts.length > 1 && parts.some((part) => part.from === shown.from && part.to === shown.to) ? shown : null;
}

/** What one reader page holds of an article: its paragraphs, and the notes and entity mentions on them. */
export type ReaderPage = {
  shown: ParagraphRange;
  paragraphs: Paragraph[];
  notes: SourceNote[];
  /** Entities mentioned on the page, with those mentions only. */
  entities: Entity[];
  /** Set when the page is one part of several, whose card data is served on its own. */
  part: ParagraphRange | null;
};

export function readerPageOf(article: Article, range: ParagraphRange | null): ReaderPage {
  const shown = shownParagraphs(article.parts, range);
  return {
    shown,
    paragraphs: article.paragraphs.filter((p) => onPage(p.n, shown)),
    notes: article.notes.filter((note) => onPage(note.paragraph, shown)),
    entities: Object.values(article.entities)
      .map((entity) => ({ ...entity, mentions: entity.mentions.filter((m) => onPage(m.paragraph, shown)) }))
      .filter((entity) => entity.mentions.length > 0),
    part: singlePart(article.parts, shown),
  };
}
