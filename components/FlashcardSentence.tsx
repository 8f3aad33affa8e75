import type { DeckSentence } from '@/lib/flashcards';

/** The card's Arabic sentence with its word marked, or blanked out while the student recalls it. */
export function FlashcardSentence({ sentence, word, hidden }: { sentence: DeckSentence; word: string; hidden: boolean }) {
  return (
    <p lang="ar" dir="rtl" className="flashcard-ar font-arabic">
      {sentence.words.map(({ id, text }) => {
        if (id !== word) return <span key={id}>{text}</span>;
        const marked = text.trimEnd();
        return (
          <span key={id}>
            <mark>{hidden ? '…………' : marked}</mark>
            {text.slice(marked.length)}
          </span>
        );
      })}
    </p>
  );
}
