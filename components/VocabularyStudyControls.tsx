'use client';

import { useEffect } from 'react';
import { listen } from '@/lib/listen';
import { setStatus, statusOf, toggleSaved, wordStatuses, type WordStatus } from '@/lib/study';
import { fill } from '@/lib/template';
import { entryOf, vocabularyEntries, vocabularyList } from '@/lib/vocabulary-list';
import { updateStudy, useStudy } from './useStudy';

type Labels = {
  /** The toggle's text. */
  save: string;
  /** On paper, after the status: "Learning · Saved". */
  saved: string;
  /** Templates of the controls' names, with `{word}`. */
  statusOf: string;
  saveWord: string;
};

type Props = {
  statusNames: Record<WordStatus, string>;
  labels: Labels;
  /** The article the list is of, where a word saved here is saved from. */
  slug: string;
};

/** The room the server keeps in each entry for its controls (VocabularyView). */
const SLOT = '.vocab-study';

/**
 * Puts a status select and a Save toggle into each entry's room for them, sets them from the study store and
 * takes their events, one listener for the whole list. The server sends only the room: 292 pairs of controls,
 * once as HTML and again in the page's payload, made the page a quarter larger for what has no use without
 * scripts. A word changed here is marked `data-changed-here`, which keeps it in view under a filter it no
 * longer matches (VocabularyControls).
 */
export function VocabularyStudyControls({ statusNames, labels, slug }: Props) {
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
        const token = button.closest<HTMLElement>(SLOT)!.dataset.token!;
        void updateStudy((state) => toggleSaved(state, lemma, token, slug));
      },
    });
  }, [slug]);

  useEffect(() => {
    for (const entry of vocabularyEntries()) {
      const slot = entry.querySelector<HTMLElement>(SLOT);
      if (slot && !slot.hasChildNodes()) slot.append(...studyControls(slot.dataset.name!, statusNames, labels));
      const lemma = entry.dataset.lemma!;
      const status = statusOf(state, lemma);
      const saved = !!state.words[lemma]?.saved;
      const badge = entry.querySelector<HTMLElement>('.vocab-status');
      if (badge) {
        badge.dataset.status = status;
        badge.textContent = saved ? `${statusNames[status]} · ${labels.saved}` : statusNames[status];
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
  }, [state, loaded, statusNames, labels]);

  return null;
}

/** What paper says of a word (shown only in print), then the select and the toggle, disabled until the store is read. */
function studyControls(word: string, statusNames: Record<WordStatus, string>, labels: Labels): HTMLElement[] {
  const badge = document.createElement('span');
  badge.className = 'vocab-status';
  const select = document.createElement('select');
  select.className = 'chip';
  select.dataset.study = 'status';
  select.setAttribute('aria-label', fill(labels.statusOf, { word }));
  for (const status of wordStatuses) select.add(new Option(statusNames[status], status));
  const save = document.createElement('button');
  save.type = 'button';
  save.className = 'chip';
  save.dataset.study = 'save';
  save.textContent = labels.save;
  save.setAttribute('aria-pressed', 'false');
  save.setAttribute('aria-label', fill(labels.saveWord, { word }));
  select.disabled = save.disabled = true;
  return [badge, select, save];
}
