'use client';

import { useEffect, type RefObject } from 'react';
import type { GlossaryData } from '@/lib/glossary';
import { loadJson } from '@/lib/load-json';
import { statusOf } from '@/lib/study';
import { WORD } from '@/lib/word-elements';
import { useStudy } from './useStudy';

/**
 * While "mark words not yet known" is on, each word carries its lemma's status from the study data
 * (`data-status`), kept up to date as the student changes it. `onFailed` is called if the glossary,
 * which names each word's lemma, cannot be loaded.
 */
export function useWordStatuses(rootRef: RefObject<HTMLDivElement | null>, on: boolean, glossaryUrl: string, onFailed: () => void) {
  const { state: study, loaded: studyLoaded } = useStudy();
  useEffect(() => {
    // Only while that is on: touching every word restyles the whole article, which a long article feels at load.
    // Not before the store is read: every word would be tinted as not yet known.
    if (!on || !studyLoaded) return;
    let current = true;
    loadJson<GlossaryData>(glossaryUrl).then(
      (glossary) => {
        if (!current) return;
        for (const word of rootRef.current?.querySelectorAll<HTMLElement>(WORD) ?? []) {
          const lemma = glossary.tokens[word.id]?.lemma;
          if (lemma) word.dataset.status = statusOf(study, lemma);
        }
      },
      () => onFailed(),
    );
    return () => {
      current = false;
    };
  }, [rootRef, study, studyLoaded, on, glossaryUrl, onFailed]);
}
