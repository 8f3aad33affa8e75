import type { DeckSentence } from '@/lib/flashcards';

/**
 * The card's Arabic sentence with its word marked; while the student recalls the word, it is blanked out,
 * and so is every other form of it in the sentence (الرئيس would give رئيس away).
 */
export function FlashcardSentence({ sentence, word, blanked }: { sentence: DeckSentence; word: string; blanked: ReadonlySet<string> }) {
  return (
    <p lang="ar" dir="rtl" className="flashcard-ar font-arabic">
      {sentence.words.map(({ id, text }) => {
        if (id !== word && !blanked.has(id)) return <span key={id}>{text}</span>;
        const written = text.trimEnd();
        const shown = blanked.has(id) ? '…………' : written;
        return (
          <span key={id}>
            {id === word ? <mark>{shown}</mark> : shown}
            {text.slice(written.length)}
          </span>
        );
      })}
    </p>
  );
}
