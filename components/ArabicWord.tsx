import type { Token } from '@/lib/content/model';

/**
 * One Arabic word as it stands in the source. Its vocalized form and interlinear lines are added
 * in the browser when a reader asks for them (lib/word-forms.ts); the card shows them on demand.
 */
export function ArabicWord({ token, tabStop, entityType }: { token: Token; tabStop: boolean; entityType?: string }) {
  // Only the attributes a word has: an absent one would still cost bytes in the page's RSC payload, ×1000s of words.
  const optional = {
    ...(token.lemma && { 'data-l': token.lemma }),
    ...(entityType && { 'data-entity': token.entities.join(' '), 'data-et': entityType }),
  };
  return (
    <span id={token.id} className={entityType ? 'w ent' : 'w'} tabIndex={tabStop ? 0 : -1} data-w="" {...optional}>
      {token.surface}
    </span>
  );
}
