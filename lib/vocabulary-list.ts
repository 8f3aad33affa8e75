/** The vocabulary page's list, rendered by the server, which its islands sort, filter and work in place. */
export const VOCABULARY_LIST_ID = 'vocabulary-list';

export const vocabularyList = (): HTMLElement | null => document.getElementById(VOCABULARY_LIST_ID);

export const vocabularyEntries = (): HTMLElement[] => Array.from(vocabularyList()?.children ?? []) as HTMLElement[];

/** The list's entry that holds `element`, if any. */
export const entryOf = (element: Element): HTMLElement | null => element.closest<HTMLElement>(`#${VOCABULARY_LIST_ID} > li`);
