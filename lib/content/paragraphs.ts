import type { Article, Paragraph, Token } from './model';

/** The headline (paragraph 0) and the body paragraphs, in reading order: every paragraph that has words. */
export function allParagraphs(article: Pick<Article, 'headline' | 'paragraphs'>): Paragraph[] {
  return [article.headline, ...article.paragraphs];
}

/** A word as it is spelled in its sentence: its punctuation, and the space after it unless it ends the sentence. */
export function spelledInSentence(token: Token, last: boolean): string {
  return `${token.before}${token.surface}${token.after}${token.space && !last ? ' ' : ''}`;
}

/** The words of one of a paragraph's sentences, in order. */
export function sentenceTokens(paragraph: Paragraph, sentence: number): Token[] {
  return paragraph.tokens.filter((t) => t.sentence === sentence);
}
