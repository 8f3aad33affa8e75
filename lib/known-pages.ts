import { getLibrary } from './content/loader';
import { parseParagraphRange } from './paragraph-range';

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
