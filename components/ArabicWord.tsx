import type { Token } from '@/lib/content/model';

/**
 * One Arabic word as it stands in the source. Its vocalized form and interlinear lines are added
 * in the browser when a reader asks for them (lib/word-forms.ts); the card shows them on demand.
 */
export function ArabicWord({ token, tabStop, entityType }: { token: Token; tabStop: boolean; entityType?: string }) {
  // Only the attributes a word needs without JavaScript (lib/word-elements.ts): an absent one would
  // still cost bytes in the page's RSC payload, ×1000s of words.
  const optional = {
    ...(tabStop && { tabIndex: 0 }),
    ...(entityType && { 'data-entity': token.entities.join(' '), 'data-et': entityType }),
  };
  return (
    <span id={token.id} className={entityType ? 'w ent' : 'w'} {...optional}>
      {token.surface}
    </span>
  );
}
