import { getLibrary } from './content/loader';
import type { Article } from './content/model';
import { westernDigits } from './arabic';
import { formatParagraphRange, parseParagraphRange, type ParagraphRange } from './paragraph-range';

/**
 * Whether the path inside a locale (`/articles/slug/3-5` as ['articles', 'slug', '3-5']) names a page,
 * by the rules of the routes under app/[locale]/: the article list, an article, one of its paragraph
 * ranges, and an annotated article's vocabulary and flashcards. proxy.ts answers anything else with
 * the 404; the pages keep their own notFound() for any request that reaches them some other way.
 */
export function isKnownPage(segments: readonly string[]): boolean {
  if (segments.length === 0) return true;
  const [section, slug, page, ...more] = segments;
  if (section !== 'articles' || slug === undefined || more.length > 0) return false;
  const article = getLibrary().article(slug);
  if (!article) return false;
  if (page === undefined) return true;
  if (page === 'vocabulary' || page === 'flashcards') return article.annotated;
  return parseParagraphRange(page, article.paragraphs.length) !== null;
}

/**
 * The one address of a page spelt another way, or null. A paragraph number may be typed with
 * Arabic-Indic digits (`/٣`, as an Arabic keyboard gives them) or leading zeros (`/03`), and a range
 * of one paragraph (`/3-3`) is that paragraph's page (`/3`). Paragraph ranges are canonical so that
 * each has one URL to share and cache; a reversed range (`/5-3`) stays a 404, as it names no range.
 */
export function canonicalSegments(segments: readonly string[]): string[] | null {
  const [section, slug, page, ...more] = segments;
  const range = page === undefined || more.length > 0 ? null : typedRange(page);
  if (!range) return null;
  const canonical = [section!, slug!, formatParagraphRange(range)];
  return canonical[2] !== page && isKnownPage(canonical) ? canonical : null;
}

/**
 * The numbers a paragraph page's segment holds, as typed: one (`3`) or two (`3-5`, or with the en dash the
 * interface writes, `3–5`), in any digits an Arabic keyboard gives, decoded or still percent-encoded (as the
 * 404's catch-all has it). Not checked against the article.
 */
function typedRange(page: string): ParagraphRange | null {
  let text: string;
  try {
    text = decodeURIComponent(page);
  } catch {
    return null;
  }
  const numbers = /^(\d+)(?:[-–](\d+))?$/.exec(westernDigits(text));
  if (!numbers) return null;
  const from = Number(numbers[1]);
  return { from, to: numbers[2] === undefined ? from : Number(numbers[2]) };
}

/**
 * The range a mistyped one most likely meant, for the 404 to offer: a reversed range (`/5-3`) the right way
 * round, and one that runs past the article's ends (`/5-99`, `/0-3`) cut to them (5–16, 1–3). Nothing where
 * the range lies wholly outside the article (`/17-20`), nor where it would be the whole article, which the
 * 404 offers anyway. It is not redirected to: the reader may have mistyped either number.
 */
export function suggestedRange(segments: readonly string[]): ParagraphRange | null {
  const [, , page, ...more] = segments;
  const typed = page === undefined || more.length > 0 ? null : typedRange(page);
  const article = typed && articleOfUnknownPage(segments);
  if (!typed || !article || typed.from === typed.to) return null;
  const count = article.paragraphs.length;
  const range = { from: Math.max(1, Math.min(typed.from, typed.to)), to: Math.min(count, Math.max(typed.from, typed.to)) };
  const asTyped = range.from === typed.from && range.to === typed.to;
  return asTyped || range.from > range.to || (range.from === 1 && range.to === count) ? null : range;
}

/** The article an unknown address under `/articles/{slug}/…` names, for the 404 to lead back to. */
export function articleOfUnknownPage(segments: readonly string[]): Article | undefined {
  const [section, slug] = segments;
  return section === 'articles' && slug !== undefined ? getLibrary().article(slug) : undefined;
}
