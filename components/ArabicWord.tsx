import type { Token } from '@/lib/content/model';

/** One Arabic word: its text as in the source, vocalized, and its interlinear transliteration and gloss. */
export function ArabicWord({ token, tabStop, entityType }: { token: Token; tabStop: boolean; entityType?: string }) {
  return (
    <span
      id={token.id}
      className={entityType ? 'w ent' : 'w'}
      tabIndex={tabStop ? 0 : -1}
      data-w=""
      data-l={token.lemma ?? undefined}
      data-entity={token.entities.length ? token.entities.join(' ') : undefined}
      data-et={entityType}
    >
      <span className="w-plain">{token.surface}</span>
      <span className="w-voc">{token.vocalized}</span>
      {token.translit && (
        <span className="w-tr" lang="ar-Latn" dir="ltr">
          {token.translit}
        </span>
      )}
      <span className="w-gl" lang="en" dir="ltr">
        {token.gloss}
      </span>
    </span>
  );
}
