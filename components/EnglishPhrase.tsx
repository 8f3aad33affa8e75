import { MixedText } from './MixedText';

/**
 * An English gloss or note that may quote Arabic ("endowed with (fem. ذات)"): English as a whole, with
 * each Arabic run marked as Arabic, so a screen reader says it in an Arabic voice and its shaping and
 * direction hold inside the English. A `block` is a paragraph of its own: in the Arabic interface an
 * inline run of two lines or more had its second line set from the right, under a ragged left edge.
 */
export function EnglishPhrase({ text, block, className }: { text: string; block?: boolean; className?: string }) {
  const Element = block ? 'p' : 'span';
  return (
    <Element lang="en" dir="ltr" className={className}>
      <MixedText text={text} lang="en" />
    </Element>
  );
}
