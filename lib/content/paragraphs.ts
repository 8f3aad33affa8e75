import type { Article, Paragraph } from './model';

/** The headline (paragraph 0) and the body paragraphs, in reading order: every paragraph that has words. */
export function allParagraphs(article: Pick<Article, 'headline' | 'paragraphs'>): Paragraph[] {
  return [article.headline, ...article.paragraphs];
}
