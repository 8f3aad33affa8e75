/**
 * The reader's Arabic words in the page: each is a `span.w` with id `w{n}-{k}`. Only a paragraph's
 * first word is a tab stop; the others get their tabindex when a script focuses them. Every attribute
 * a word carries is sent twice, in the HTML and in the page's RSC payload, ×1000s of words, so a
 * word's lemma is looked up in the glossary rather than written on it.
 */
export const WORD = '.w';

export function wordOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(WORD) : null;
}

/** Enter or Space on a word pins its card, as a click does. */
export function isPinKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' || event.key === ' ';
}

/** The word `step` words on from `word` in reading order, if any. */
export function wordAfter(root: ParentNode, word: HTMLElement, step: number): HTMLElement | undefined {
  const words = Array.from(root.querySelectorAll<HTMLElement>(WORD));
  return words[words.indexOf(word) + step];
}

export function focusWord(word: HTMLElement): void {
  if (!word.hasAttribute('tabindex')) word.tabIndex = -1;
  word.focus({ preventScroll: true });
}
