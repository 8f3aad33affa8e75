import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/content/loader';
import { rootFamiliesOf, vocabularyOf } from '@/lib/vocabulary';

const article = loadLibrary(path.join(import.meta.dirname, 'fixtures/content')).article('sample-article')!;

describe('vocabularyOf', () => {
  it('lists every lemma once, in order of first appearance, with its count and first context', () => {
    const entries = vocabularyOf(article);
    expect(entries.map((e) => e.lemma.id)).toEqual(['3unwan', 'tajribi', 'zara', 'al-sudani', 'dimashq', '3ada', 'min', 'qala', 'inna', 'sa3id']);
    const min = entries.find((e) => e.lemma.id === 'min')!;
    expect(min.count).toBe(1);
    expect(min.first.id).toBe('w1-5');
    expect(min.context).toMatchObject({ before: 'وعاد ', word: 'منها', after: '.' });
    expect(min.context.english.en).toBe('He returned from it.');
    expect(entries.find((e) => e.lemma.id === 'zara')!.context).toMatchObject({ before: '', word: 'زار', after: ' السوداني دمشق.' });
  });
});

describe('rootFamiliesOf', () => {
  it('groups lemmas by root and leaves out those without one', () => {
    const families = rootFamiliesOf(article);
    expect(families.map((f) => f.root)).toEqual(['ج-ر-ب', 'ز-و-ر', 'س-ع-د', 'ع-ن-و', 'ع-و-د', 'ق-و-ل']);
    expect(families.every((f) => f.lemmas.every((l) => l.root === f.root))).toBe(true);
  });

  it('lists the forms each lemma takes in the article, once each', () => {
    const forms = rootFamiliesOf(article).flatMap((f) => f.lemmas.map((l) => l.forms));
    expect(forms.every((f) => f.length > 0 && new Set(f).size === f.length)).toBe(true);
  });
});
