import type { Article } from './content/model';
import { deckLemmas, type StudyState } from './study';
import { allParagraphs, sentenceTokens, spelledInSentence } from './content/paragraphs';

/**
 * What the flashcards page needs from an article, derived on the server and handed to the client
 * island: each lemma's dictionary entry, each word's reading in context, and the sentences
 * (Arabic words with their ids, and the aligned English) that cards are built from.
 */
export type DeckWord = { sentence: number; lemma: string; surface: string; vocalized: string; translit: string; gloss: string };
export type DeckSentence = { paragraph: number; words: { id: string; text: string }[]; en: string };
export type DeckLemma = { ar: string; root: string | null; pos: string; meanings: string[]; first: string };
export type DeckData = {
  slug: string;
  lemmas: Record<string, DeckLemma>;
  words: Record<string, DeckWord>;
  sentences: DeckSentence[];
};

export function deckDataOf(article: Article): DeckData {
  const words: DeckData['words'] = {};
  const sentences: DeckSentence[] = [];
  for (const paragraph of allParagraphs(article)) {
    for (const sentence of paragraph.sentences) {
      const tokens = sentenceTokens(paragraph, sentence.index);
      const index = sentences.length;
      sentences.push({
        paragraph: paragraph.n,
        words: tokens.map((t, i) => ({ id: t.id, text: spelledInSentence(t, i === tokens.length - 1) })),
        en: sentence.en,
      });
      for (const t of tokens) {
        if (t.lemma) words[t.id] = { sentence: index, lemma: t.lemma, surface: t.surface, vocalized: t.vocalized, translit: t.translit ?? '', gloss: t.gloss };
      }
    }
  }
  const lemmas = Object.fromEntries(
    Object.values(article.lemmas).map((l) => [l.id, { ar: l.ar, root: l.root, pos: l.pos, meanings: l.meanings, first: l.occurrences[0]! }]),
  );
  return { slug: article.slug, lemmas, words, sentences };
}

/**
 * The cards of this article's deck (or, given `lemmas`, the rows of an export of them): each lemma that
 * occurs here, with the word its card shows, the one it was saved from when that is in this article, else
 * its first occurrence.
 */
export function deckCardsOf(deck: DeckData, state: StudyState, lemmas = deckLemmas(state)): { lemma: string; word: string }[] {
  return lemmas
    // An own key only: a stored word named `constructor` would otherwise find Object's.
    .filter((lemma) => Object.hasOwn(deck.lemmas, lemma))
    .map((lemma) => {
      // Word ids repeat across articles: a word saved in another one is no word of this one.
      const saved = state.words[lemma]?.saved;
      // And a token of another lemma (content annotated anew since) would show a card for the wrong word.
      return { lemma, word: saved?.article === deck.slug && deck.words[saved.token]?.lemma === lemma ? saved.token : deck.lemmas[lemma]!.first };
    });
}

/**
 * How many of the article's words are marked known, which keeps them out of the cards: an empty deck says so
 * where there are any. The count is the vocabulary list's of known words, which the page links to.
 */
export function knownInArticle(deck: DeckData, state: StudyState): number {
  return Object.entries(state.words).filter(([lemma, word]) => Object.hasOwn(deck.lemmas, lemma) && word.status === 'known').length;
}

export const sentenceText = (sentence: DeckSentence) => sentence.words.map((w) => w.text).join('');

/** The words of a card's sentence that would give its answer away: its word, and every other form of its lemma there. */
export function answerWords(deck: DeckData, sentence: DeckSentence, card: { lemma: string; word: string }): Set<string> {
  return new Set(sentence.words.filter(({ id }) => id === card.word || deck.words[id]?.lemma === card.lemma).map(({ id }) => id));
}
