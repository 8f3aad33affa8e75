import { onPage, type ParagraphRange } from '../paragraph-range';
import type { Article, Entity, Paragraph, SourceNote } from './model';

/** An article of up to this many words is read on one page, however many paragraphs it has. */
export const ONE_PAGE_WORDS = 1500;
/**
 * A longer article is read in parts of at most this many words (a longer paragraph is a part alone), as few
 * and as even as whole paragraphs allow: a typical news story's length (the seed article has 573), so a
 * part costs what such a page does.
 */
export const PART_WORDS = 600;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Splits the body into the parts a reader page shows. A page's cost in the browser (its HTML, the
 * RSC payload that repeats it, and hydrating every word) grows with its length, so a long article
 * is read a part at a time, each about a news story's length. Shorter ones are one part.
 */
export function partsOf(paragraphs: { n: number; ar: string }[]): ParagraphRange[] {
  if (!paragraphs.length) return [];
  const counts = paragraphs.map((p) => wordCount(p.ar));
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total <= ONE_PAGE_WORDS) return [{ from: 1, to: paragraphs.length }];
  // As few parts as hold at most PART_WORDS each (a longer paragraph is a part alone), then the smallest
  // limit that still needs no more of them: the parts come out as even as whole paragraphs allow.
  const fewest = packed(paragraphs, counts, PART_WORDS).length;
  let [low, high] = [1, PART_WORDS];
  while (low < high) {
    const limit = Math.floor((low + high) / 2);
    if (packed(paragraphs, counts, limit).length <= fewest) high = limit;
    else low = limit + 1;
  }
  return packed(paragraphs, counts, low);
}

/** Paragraphs in order, each part taking the next while it stays within `limit` words; a part has at least one. */
function packed(paragraphs: { n: number }[], counts: number[], limit: number): ParagraphRange[] {
  const parts: ParagraphRange[] = [];
  let words = 0;
  paragraphs.forEach((p, i) => {
    if (parts.length && words + counts[i]! <= limit) {
      parts.at(-1)!.to = p.n;
      words += counts[i]!;
    } else {
      parts.push({ from: p.n, to: p.n });
      words = counts[i]!;
    }
  });
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
