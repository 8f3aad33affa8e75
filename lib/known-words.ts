import type { Article } from './content/model';
import { statusOf, type StudyState } from './study';
import { allParagraphs } from './content/paragraphs';

/**
 * How many of an article's running words each lemma accounts for. Forms with clitics count under
 * their lemma (لمواجهة is an occurrence of مواجهة); names of people, places and organisations are
 * not vocabulary to learn, so words inside an entity mention are left out, as are numerals.
 */
export function lemmaCountsOf(article: Article): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const paragraph of allParagraphs(article)) {
    for (const token of paragraph.tokens) {
      if (!token.lemma || token.numeral || token.entities.length) continue;
      counts[token.lemma] = (counts[token.lemma] ?? 0) + 1;
    }
  }
  return counts;
}

export type KnownCoverage = { words: number; knownWords: number; percent: number; newLemmas: number; learningLemmas: number; lemmas: number };

/** The share of running words whose lemma is known, rounded down so 100% means every word. */
export function knownCoverage(counts: Record<string, number>, state: StudyState): KnownCoverage {
  let words = 0;
  let knownWords = 0;
  let newLemmas = 0;
  let learningLemmas = 0;
  for (const [lemma, n] of Object.entries(counts)) {
    const status = statusOf(state, lemma);
    words += n;
    if (status === 'known') knownWords += n;
    if (status === 'new') newLemmas += 1;
    if (status === 'learning') learningLemmas += 1;
  }
  // Multiplied before dividing: 29 / 100 * 100 is 28.999… in floating point, which rounds down to 28.
  const percent = words ? Math.floor((knownWords * 100) / words) : 0;
  return { words, knownWords, percent, newLemmas, learningLemmas, lemmas: Object.keys(counts).length };
}
