import type { Paragraph } from '@/lib/content/model';
import { sentenceTokens } from '@/lib/content/paragraphs';
import { ArabicWord } from './ArabicWord';
import { SentenceSpans, sentenceProps } from './SentenceSpans';

type Props = { paragraph: Paragraph; entityTypes: Record<string, string> };

/**
 * The Arabic of one paragraph, a span per word with id `w{n}-{k}`. The first word of a paragraph
 * is a tab stop; the arrow keys walk the rest.
 */
export function ArabicText({ paragraph, entityTypes }: Props) {
  if (!paragraph.tokens.length) {
    return (
      <SentenceSpans paragraph={paragraph} lang="ar">
        {(s) => s.ar}
      </SentenceSpans>
    );
  }
  // Annotated, the spaces are the words' own, inside the sentences.
  const last = paragraph.tokens.length - 1;
  return paragraph.sentences.map((s) => (
    <span key={s.index} {...sentenceProps(paragraph, s, 'ar')}>
      {sentenceTokens(paragraph, s.index).flatMap((t) => {
        const word = (
          <ArabicWord key={t.position} token={t} tabStop={t.position === 1} entityType={t.entities.length ? entityTypes[t.entities.at(-1)!] : undefined} />
        );
        // A word with punctuation is wrapped with it, one unit in interlinear mode so commas stay by
        // their word. Most words have none and go bare: each wrapper costs every word its bytes twice,
        // in the HTML and in the page's RSC payload. For the same reason the key is the short position,
        // not the id. The class names the side the punctuation is on, to which the word keeps when an
        // interlinear gloss widens its column.
        const unit = t.before || t.after ? (
          <span key={t.position} className={t.before && t.after ? 'wp' : t.before ? 'wp wp-before' : 'wp wp-after'}>
            {t.before}
            {word}
            {t.after}
          </span>
        ) : (
          word
        );
        return t.space && t.position - 1 < last ? [unit, ' '] : [unit];
      })}
    </span>
  ));
}
