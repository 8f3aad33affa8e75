'use client';

import { useEffect } from 'react';
import { listen } from '@/lib/listen';
import { setStatus, statusOf, toggleSaved, wordStatuses, type WordStatus } from '@/lib/study';
import { entryOf, vocabularyEntries, vocabularyList } from '@/lib/vocabulary-list';
import { updateStudy, useStudy } from './useStudy';

type Props = {
  statusNames: Record<WordStatus, string>;
  saved: string;
  /** The article the list is of, where a word saved here is saved from. */
  slug: string;
};

/**
 * Works each entry's status select and Save toggle, which the server renders with the list: sets them from the
 * study store and takes their events, one listener for the whole list. A word changed here is marked
 * `data-changed-here`, which keeps it in view under a filter it no longer matches (VocabularyControls).
 */
export function VocabularyStudyControls({ statusNames, saved: savedLabel, slug }: Props) {
  const { state, loaded } = useStudy();

  useEffect(() => {
    const list = vocabularyList();
    if (!list) return;
    const lemmaOf = (control: HTMLElement) => {
      const entry = entryOf(control)!;
      entry.toggleAttribute('data-changed-here', true);
      return entry.dataset.lemma!;
    };
    return listen(list, {
      change: (event: Event) => {
        const select = event.target as HTMLSelectElement;
        const status = wordStatuses.find((s) => s === select.value);
        if (select.dataset.study !== 'status' || !status) return;
        const lemma = lemmaOf(select);
        void updateStudy((state) => setStatus(state, lemma, status));
      },
      click: (event: MouseEvent) => {
        const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-study="save"]');
        if (!button) return;
        const lemma = lemmaOf(button);
        void updateStudy((state) => toggleSaved(state, lemma, button.dataset.token!, slug));
      },
    });
  }, [slug]);

  useEffect(() => {
    for (const entry of vocabularyEntries()) {
      const lemma = entry.dataset.lemma!;
      const status = statusOf(state, lemma);
      const saved = !!state.words[lemma]?.saved;
      const badge = entry.querySelector<HTMLElement>('.vocab-status');
      if (badge) {
        badge.dataset.status = status;
        badge.textContent = saved ? `${statusNames[status]} · ${savedLabel}` : statusNames[status];
      }
      // Until the store is read they would say "New" and "not saved" of every word, and change it from that.
      const select = entry.querySelector<HTMLSelectElement>('select[data-study="status"]');
      const save = entry.querySelector<HTMLButtonElement>('button[data-study="save"]');
      if (select && save) {
        select.value = status;
        save.setAttribute('aria-pressed', String(saved));
        select.disabled = save.disabled = !loaded;
      }
    }
    // Shown once they say what is stored.
    vocabularyList()?.toggleAttribute('data-interactive', loaded);
  }, [state, loaded, statusNames, savedLabel]);

  return null;
}
