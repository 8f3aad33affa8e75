import { describe, expect, it } from 'vitest';
import { getLibrary } from '@/lib/content/loader';
import { knownCoverage, lemmaCountsOf } from '@/lib/known-words';
import { emptyStudy, setStatus } from '@/lib/study';

const article = getLibrary().article('damascus-baghdad-security-coordination')!;
const counts = lemmaCountsOf(article);

describe('known-word coverage', () => {
  it('counts clitic forms under their lemma and leaves entities and numerals out', () => {
    // لمواجهة (headline) and مواجهة twice in the body.
    expect(counts.muwajaha).toBe(3);
    const tokens = [article.headline, ...article.paragraphs].flatMap((p) => p.tokens);
    const entityLemmas = tokens.filter((t) => t.entities.length && t.lemma).map((t) => t.lemma!);
    const onlyInEntities = entityLemmas.filter((l) => !tokens.some((t) => t.lemma === l && !t.entities.length && !t.numeral));
    expect(onlyInEntities.length).toBeGreaterThan(0);
    for (const lemma of onlyInEntities) expect(counts[lemma]).toBeUndefined();
    const counted = tokens.filter((t) => t.lemma && !t.entities.length && !t.numeral).length;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(counted);
  });

  it('starts at 0% known with every lemma new', () => {
    const coverage = knownCoverage(counts, emptyStudy());
    expect(coverage).toMatchObject({ percent: 0, knownWords: 0, newLemmas: Object.keys(counts).length });
  });

  it('weighs a known lemma by its occurrences and rounds down', () => {
    const small = { a: 3, b: 1, c: 2 };
    let state = setStatus(emptyStudy(), 'a', 'known');
    expect(knownCoverage(small, state)).toEqual({ words: 6, knownWords: 3, percent: 50, newLemmas: 2, learningLemmas: 0, lemmas: 3 });
    state = setStatus(state, 'b', 'learning');
    expect(knownCoverage(small, state)).toMatchObject({ percent: 50, newLemmas: 1, learningLemmas: 1 });
    state = setStatus(setStatus(state, 'b', 'known'), 'c', 'learning');
    // 4 of 6 is 66.7%: shown as 66%, never rounded up to a coverage the reader does not have.
    expect(knownCoverage(small, state).percent).toBe(66);
  });

  it('says a whole percentage as it is: 29 known of 100 words is 29%', () => {
    const state = setStatus(emptyStudy(), 'a', 'known');
    expect(knownCoverage({ a: 29, b: 71 }, state).percent).toBe(29);
    expect(knownCoverage({ a: 57, b: 43 }, state).percent).toBe(57);
  });
});
