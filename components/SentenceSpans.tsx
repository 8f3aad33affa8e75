import type { ReactNode } from 'react';
import type { Paragraph, Sentence } from '@/lib/content/model';

type Props = { paragraph: Paragraph; children: (sentence: Sentence) => ReactNode };

/**
 * A paragraph's sentences with a space between them, each a `span.s` that the reader lights with
 * its counterpart in the other language. A flat list: a Fragment per sentence would cost bytes in
 * the RSC payload.
 */
export function SentenceSpans({ paragraph, children }: Props) {
  return paragraph.sentences.flatMap((s) => [
    ...(s.index > 0 ? [' '] : []),
    <span key={s.index} className="s" data-s={`${paragraph.n}-${s.index}`}>
      {children(s)}
    </span>,
  ]);
}
