import type { DeckData, DeckSentence } from '@/lib/flashcards';

/**
 * The card's Arabic sentence with its word marked; while the student recalls the word, it is blanked out,
 * and so is every other form of it in the sentence (الرئيس would give رئيس away). Only the word itself:
 * its quotation mark or comma stays, as the vocabulary page's context keeps them outside its mark.
 */
export function FlashcardSentence({
  sentence,
  word,
  blanked,
  blank,
  words,
}: {
  sentence: DeckSentence;
  word: string;
  blanked: ReadonlySet<string>;
  /** What a screen reader says for a blank, in the interface's language: dots are read as nothing, or as dots. */
  blank: { label: string; lang: string };
  words: DeckData['words'];
}) {
  return (
    <p lang="ar" dir="rtl" className="flashcard-ar font-arabic">
      {sentence.words.map(({ id, text }) => {
        // The card's word and its other forms all have a lemma, so the deck holds them.
        const surface = words[id]?.surface;
        if ((id !== word && !blanked.has(id)) || !surface) return <span key={id}>{text}</span>;
        const at = text.indexOf(surface);
        const shown = blanked.has(id) ? (
          <>
            <span aria-hidden="true">…………</span>
            <span lang={blank.lang} className="sr-only">
              {blank.label}
            </span>
          </>
        ) : (
          surface
        );
        return (
          <span key={id}>
            {text.slice(0, at)}
            {id === word ? <mark>{shown}</mark> : shown}
            {text.slice(at + surface.length)}
          </span>
        );
      })}
    </p>
  );
}
