import type { Paragraph } from '@/lib/content/model';

type Props = { paragraph: Paragraph; entityTypes: Record<string, string> };

/** The English of one paragraph, sentence by sentence, with entity mentions marked. */
export function EnglishText({ paragraph, entityTypes }: Props) {
  // A flat list, sentences and the spaces between them: a Fragment per sentence would cost bytes in the RSC payload.
  return paragraph.sentences.flatMap((s) => [
    ...(s.index > 0 ? [' '] : []),
    <span key={s.index} className="s" data-s={`${paragraph.n}-${s.index}`}>
      {s.englishRuns.map((run, i) =>
        run.entities.length ? (
          <span
            key={i}
            className="ent"
            data-entity={run.entities.join(' ')}
            data-et={entityTypes[run.entities.at(-1)!]}
            data-mention={run.mentions.length ? run.mentions.join(' ') : undefined}
          >
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </span>,
  ]);
}
