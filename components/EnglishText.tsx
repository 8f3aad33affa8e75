import type { Paragraph } from '@/lib/content/model';
import { SentenceSpans } from './SentenceSpans';

type Props = { paragraph: Paragraph; entityTypes: Record<string, string> };

/** The English of one paragraph, sentence by sentence, with entity mentions marked. */
export function EnglishText({ paragraph, entityTypes }: Props) {
  return (
    <SentenceSpans paragraph={paragraph} lang="en">
      {(s) =>
        s.englishRuns.map((run, i) =>
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
        )
      }
    </SentenceSpans>
  );
}
