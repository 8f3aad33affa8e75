'use client';

import { knownCoverage } from '@/lib/known-words';
import { fill } from '@/lib/template';
import { useHydrated } from './useHydrated';
import { useStudy } from './useStudy';

type Props = {
  /** Running words per lemma, entities left out. */
  counts: Record<string, number>;
  /** `{percent}`, `{learningLemmas}` and `{newLemmas}` are filled in on the device. */
  template: string;
  /** What the server can say without knowing the student: shown until hydration and without JavaScript. */
  fallback: string;
};

/** "82% of words known · learning: 12 · new words: 37": how much of the article this student can already read, and is learning. */
export function CoverageLine({ counts, template, fallback }: Props) {
  const hydrated = useHydrated();
  const { state, loaded } = useStudy();
  // Before the store is read, every word reads as new: 0% known would be said to a student who knows many.
  if (!hydrated || !loaded) return <>{fallback}</>;
  const { percent, learningLemmas, newLemmas } = knownCoverage(counts, state);
  return <>{fill(template, { percent, learningLemmas, newLemmas })}</>;
}
