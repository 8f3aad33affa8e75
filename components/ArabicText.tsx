import { Fragment } from 'react';
import type { Paragraph } from '@/lib/content/model';
import { ArabicWord } from './ArabicWord';

type Props = { paragraph: Paragraph; entityTypes: Record<string, string> };

/**
 * The Arabic of one paragraph, a span per word with id `w{n}-{k}`. The first word of a paragraph
 * is a tab stop; the arrow keys walk the rest.
 */
export function ArabicText({ paragraph, entityTypes }: Props) {
  if (!paragraph.tokens.length) {
    return paragraph.sentences.map((s) => (
      <Fragment key={s.index}>
        {s.index > 0 && ' '}
        <span className="s" data-s={`${paragraph.n}-${s.index}`}>
          {s.ar}
        </span>
      </Fragment>
    ));
  }
  const last = paragraph.tokens.length - 1;
  return paragraph.sentences.map((s) => (
    <span key={s.index} className="s" data-s={`${paragraph.n}-${s.index}`}>
      {paragraph.tokens
        .filter((t) => t.sentence === s.index)
        .map((t) => (
          <Fragment key={t.id}>
            {/* The word with its punctuation: one unit in interlinear mode, so commas stay by their word. */}
            <span className="wp">
              {t.before}
              <ArabicWord token={t} tabStop={t.position === 1} entityType={t.entities.length ? entityTypes[t.entities.at(-1)!] : undefined} />
              {t.after}
            </span>
            {t.space && t.position - 1 < last ? ' ' : ''}
          </Fragment>
        ))}
    </span>
  ));
}
