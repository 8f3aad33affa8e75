/**
 * The reader's Arabic words in the page: each is a `span.w` with id `w{n}-{k}`. A paragraph's words are
 * one tab stop, its first word until a script focuses another (a roving tab stop). Every attribute
 * a word carries is sent twice, in the HTML and in the page's RSC payload, ×1000s of words, so a
 * word's lemma is looked up in the glossary rather than written on it.
 */
export const WORD = '.w';

export function wordOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(WORD) : null;
}

/** The word whose card shows, hovered, focused or pinned, if one does; with `pinned`, only one whose card is pinned. */
export function cardWord({ pinned = false } = {}): HTMLElement | null {
  const id = document.querySelector<HTMLElement>(pinned ? '#word-card[data-pinned]' : '#word-card[data-word]')?.dataset.word;
  return id ? document.getElementById(id) : null;
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

/**
 * Tells assistive technology what a word is while a reader is on it (focus) or its card is pinned: a button that
 * opens a dialog, its card, and whether that is open. Said then and taken back after, so that the text reads as
 * text, and not written on every word in the markup, where it would cost bytes ×1000s.
 */
export function markOpener(word: HTMLElement, expanded: boolean): void {
  word.setAttribute('role', 'button');
  word.setAttribute('aria-haspopup', 'dialog');
  word.setAttribute('aria-expanded', String(expanded));
}

/** The word's card has closed: still a button while it has focus, plain text again once it has not. */
export function collapseOpener(word: HTMLElement): void {
  if (document.activeElement === word) word.setAttribute('aria-expanded', 'false');
  else for (const name of ['role', 'aria-haspopup', 'aria-expanded']) word.removeAttribute(name);
}

/** Focuses a word and makes it its paragraph's tab stop, so that Tab out and Shift+Tab back return to it. */
export function focusWord(word: HTMLElement): void {
  const paragraph = word.closest('[data-paragraph], #headline');
  const stop = paragraph?.querySelector<HTMLElement>(`${WORD}[tabindex="0"]`);
  if (stop && stop !== word) stop.tabIndex = -1;
  word.tabIndex = paragraph ? 0 : -1;
  word.focus({ preventScroll: true });
}
