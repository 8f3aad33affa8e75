import type { ParagraphRange } from '../paragraph-range';

/** An article of up to this many words is read on one page, however many paragraphs it has. */
export const ONE_PAGE_WORDS = 1500;
/**
 * A longer article is read in parts of about this many words at most, as even as whole paragraphs
 * allow: a typical news story's length (the seed article has 573), so a part costs what such a page does.
 */
export const PART_WORDS = 600;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Splits the body into the parts a reader page shows. A page's cost in the browser (its HTML, the
 * RSC payload that repeats it, and hydrating every word) grows with its length, so a long article
 * is read a part at a time, each about the size of a long news story. Shorter ones are one part.
 */
export function partsOf(paragraphs: { n: number; ar: string }[]): ParagraphRange[] {
  const counts = paragraphs.map((p) => wordCount(p.ar));
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (!paragraphs.length) return [];
  if (total <= ONE_PAGE_WORDS) return [{ from: 1, to: paragraphs.length }];
  const size = total / Math.ceil(total / PART_WORDS);
  const parts: ParagraphRange[] = [];
  let before = 0;
  paragraphs.forEach((p, i) => {
    // A paragraph belongs to the part its middle falls in.
    const index = Math.floor((before + counts[i]! / 2) / size);
    before += counts[i]!;
    if (parts.length > index) parts.at(-1)!.to = p.n;
    else parts.push({ from: p.n, to: p.n });
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
