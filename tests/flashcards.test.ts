import { describe, expect, it } from 'vitest';
import { getLibrary } from '@/lib/content/loader';
import { answerWords, deckCardsOf, deckDataOf, knownInArticle, sentenceText } from '@/lib/flashcards';
import { emptyStudy, setStatus, toggleSaved } from '@/lib/study';

const deck = deckDataOf(getLibrary().article('damascus-baghdad-security-coordination')!);

describe('deckCardsOf', () => {
  it('shows a saved word in the sentence it was saved from, any other in its first sentence', () => {
    let state = toggleSaved(emptyStudy(), 'tansiq', 'w1-17', deck.slug);
    state = setStatus(state, 'muwajaha', 'learning');
    state = setStatus(state, 'akkada', 'known');
    state = toggleSaved(state, 'not-in-this-article', 'w1-1', 'elsewhere');
    expect(deckCardsOf(deck, state)).toEqual([
      { lemma: 'tansiq', word: 'w1-17' },
      { lemma: 'muwajaha', word: 'w0-1' },
    ]);
  });

  it('falls back to the first occurrence when the word was saved in another article', () => {
    // w1-17 is tansiq here too, and w1-1 is another word here: ids repeat across articles.
    for (const token of ['w99-1', 'w1-1', 'w1-17']) {
      const state = toggleSaved(emptyStudy(), 'tansiq', token, 'elsewhere');
      expect(deckCardsOf(deck, state)).toEqual([{ lemma: 'tansiq', word: 'w0-3' }]);
    }
  });

  it('falls back to the first occurrence when the saved word is no longer of that lemma', () => {
    // Re-annotated content, or an edited import: w1-1 is أكد, not a form of تنسيق.
    const state = toggleSaved(emptyStudy(), 'tansiq', 'w1-1', deck.slug);
    expect(deckCardsOf(deck, state)).toEqual([{ lemma: 'tansiq', word: 'w0-3' }]);
  });

  it('leaves out a stored word named like a property every object has', () => {
    // `constructor` is the one such name a stored lemma id may have (lower case, no underscores).
    const state = toggleSaved(setStatus(emptyStudy(), 'constructor', 'learning'), 'constructor', 'w1-2', deck.slug);
    expect(deckCardsOf(deck, state)).toEqual([]);
  });
});

describe('knownInArticle', () => {
  it('counts the article’s words marked known, saved or not, as the vocabulary list does', () => {
    let state = setStatus(toggleSaved(emptyStudy(), 'tansiq', 'w0-3', deck.slug), 'tansiq', 'known');
    state = setStatus(state, 'akkada', 'known');
    state = setStatus(state, 'muwajaha', 'learning');
    state = toggleSaved(setStatus(state, 'not-in-this-article', 'known'), 'not-in-this-article', 'w1-1', 'elsewhere');
    expect(knownInArticle(deck, state)).toBe(2);
    expect(knownInArticle(deck, setStatus(state, 'tansiq', 'learning'))).toBe(1);
  });
});

describe('deckDataOf', () => {
  it('keeps each sentence’s text as written, punctuation and spaces included', () => {
    expect(sentenceText(deck.sentences[0]!)).toBe(getLibrary().article(deck.slug)!.headline.ar);
  });
});

describe('answerWords', () => {
  it('blanks every form of the card’s lemma in its sentence, so that none gives the answer away', () => {
    const word = deck.words['w1-2']!; // رئيس
    const sentence = deck.sentences[word.sentence]!;
    expect([...answerWords(deck, sentence, { lemma: word.lemma, word: 'w1-2' })]).toEqual(['w1-2', 'w1-12']); // رئيس, الرئيس
  });
});
