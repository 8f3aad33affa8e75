'use client';

import { useEffect } from 'react';
import type { GlossaryData } from '@/lib/glossary';
import { loadJson } from '@/lib/load-json';
import { statusOf } from '@/lib/study';
import { WORD } from '@/lib/word-elements';
import type { ReaderContextValue } from './ReaderContext';
import { useStudy } from './useStudy';

type Options = Pick<ReaderContextValue, 'rootRef'> & {
  /** Whether "mark words not yet known" is on. */
  enabled: boolean;
  glossaryUrl: string;
  /** Called where the glossary, which names each word's lemma, cannot be loaded. */
  onFailed: () => void;
};

/**
 * While "mark words not yet known" is on, writes on each word its lemma's status from the study data
 * (`data-status`), kept up to date as the student changes it. It subscribes its caller to the study store,
 * which re-renders on each change (cheaply: the reader's context value does not depend on the study).
 */
export function useWordStatusMarks({ rootRef, enabled, glossaryUrl, onFailed }: Options) {
  const { state: study, loaded: studyLoaded } = useStudy();
  useEffect(() => {
    // Only while the setting is on: touching every word restyles the whole article, which a long article feels at load.
    // Not before the store is read: every word would be tinted as not yet known.
    if (!enabled || !studyLoaded) return;
    let current = true;
    loadJson<GlossaryData>(glossaryUrl).then(
      (glossary) => {
        if (!current) return;
        for (const word of rootRef.current?.querySelectorAll<HTMLElement>(WORD) ?? []) {
          const lemma = glossary.tokens[word.id]?.lemma;
          if (lemma) word.dataset.status = statusOf(study, lemma);
        }
      },
      onFailed,
    );
    return () => {
      current = false;
    };
  }, [rootRef, study, studyLoaded, enabled, glossaryUrl, onFailed]);
}
