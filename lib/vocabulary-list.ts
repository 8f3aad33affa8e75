import { headerBottom } from './reading-place';

/** The vocabulary page's list, rendered by the server, which its islands sort, filter and work in place. */
export const VOCABULARY_LIST_ID = 'vocabulary-list';

export const vocabularyList = (): HTMLElement | null => document.getElementById(VOCABULARY_LIST_ID);

export const vocabularyEntries = (): HTMLElement[] => Array.from(vocabularyList()?.children ?? []) as HTMLElement[];

/** The list's entry that holds `element`, if any. */
export const entryOf = (element: Element): HTMLElement | null => element.closest<HTMLElement>(`#${VOCABULARY_LIST_ID} > li`);

/**
 * Where the student is on the page, to come back to: the entry or root family at the top of the screen, by
 * its id, and how far down the screen its top was.
 */
export type ListPlace = { id: string; top: number };

export function listPlace(): ListPlace | null {
  const clear = headerBottom();
  const shown = [...vocabularyEntries().filter((entry) => !entry.hidden), ...document.querySelectorAll<HTMLElement>('.root-family')];
  const atTop = shown.find((element) => element.getBoundingClientRect().bottom > clear);
  return atTop?.id ? { id: atTop.id, top: atTop.getBoundingClientRect().top } : null;
}

/** A place read back from the page's history entry, which any script on the page may have written: checked. */
export function listPlaceOf(value: unknown): ListPlace | null {
  if (value === null || typeof value !== 'object') return null;
  const { id, top } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof top === 'number' && Number.isFinite(top) ? { id, top } : null;
}

/** Scrolls the page so that the place's element is where it was on the screen, if it is shown. */
export function goToListPlace(place: ListPlace): void {
  const element = document.getElementById(place.id);
  if (element && !element.hidden && element.getClientRects().length) window.scrollBy(0, element.getBoundingClientRect().top - place.top);
}
