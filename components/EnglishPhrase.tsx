import { MixedText } from './MixedText';

/**
 * An English gloss or note that may quote Arabic ("endowed with (fem. ذات)"): English as a whole, with
 * each Arabic run marked as Arabic, so a screen reader says it in an Arabic voice and its shaping and
 * direction hold inside the English.
 */
export function EnglishPhrase({ text }: { text: string }) {
  return (
    <span lang="en" dir="ltr">
      <MixedText text={text} lang="en" />
    </span>
  );
}
