import type { ReactNode } from 'react';
import type { Paragraph, Sentence } from '@/lib/content/model';
import { sentenceMarkId } from '@/lib/reading-place';

type Props = { paragraph: Paragraph; lang: 'ar' | 'en'; children: (sentence: Sentence) => ReactNode };

/**
 * What makes an element a sentence of a pane: the class and key the reader lights it by with its counterpart,
 * and the place mark the language switcher names inside a paragraph taller than the screen.
 */
export const sentenceProps = (paragraph: Paragraph, sentence: Sentence, lang: 'ar' | 'en') => ({
  className: 's',
  'data-s': `${paragraph.n}-${sentence.index}`,
  id: sentenceMarkId(paragraph.n, sentence.index, lang),
});

/**
 * A paragraph's sentences with a space between them, each a `span.s` that the reader lights with
 * its counterpart in the other language. A flat list: a Fragment per sentence would cost bytes in
 * the RSC payload.
 */
export function SentenceSpans({ paragraph, lang, children }: Props) {
  return paragraph.sentences.flatMap((s) => [
    ...(s.index > 0 ? [' '] : []),
    <span key={s.index} {...sentenceProps(paragraph, s, lang)}>
      {children(s)}
    </span>,
  ]);
}
