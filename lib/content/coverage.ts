import type { Article, EntityType } from './model';
import { allParagraphs } from './paragraphs';

export type ParagraphCoverage = { n: number; glossed: number; total: number };

export type CoverageReport = {
  paragraphs: ParagraphCoverage[];
  glossed: number;
  total: number;
  lemmas: number;
  roots: number;
  phrases: number;
  entities: Partial<Record<EntityType, number>>;
};

/**
 * Word tokens in a paragraph's text: whitespace-separated, with a hyphen between two words splitting them.
 * Punctuation standing alone (a spaced dash, –) is no word: no token could annotate it.
 */
export function countWords(text: string): number {
  return text
    .split(/\s+/)
    .filter((chunk) => /[\p{L}\p{N}]/u.test(chunk))
    .reduce((sum, word) => sum + word.split(/(?<=\p{L})-(?=\p{L})/u).length, 0);
}

/** How much of an article is annotated: a word counts as glossed with a gloss and a lemma (or as a glossed numeral). */
export function coverageOf(article: Article): CoverageReport {
  const paragraphs = allParagraphs(article).map((p) => ({
    n: p.n,
    glossed: p.tokens.filter((t) => t.gloss && (t.numeral || t.lemma)).length,
    total: countWords(p.ar),
  }));
  const lemmas = Object.values(article.lemmas);
  const entities: Partial<Record<EntityType, number>> = {};
  for (const entity of Object.values(article.entities)) entities[entity.type] = (entities[entity.type] ?? 0) + 1;
  return {
    paragraphs,
    glossed: paragraphs.reduce((sum, p) => sum + p.glossed, 0),
    total: paragraphs.reduce((sum, p) => sum + p.total, 0),
    lemmas: lemmas.length,
    roots: new Set(lemmas.map((l) => l.root).filter(Boolean)).size,
    phrases: Object.keys(article.phrases).length,
    entities,
  };
}
