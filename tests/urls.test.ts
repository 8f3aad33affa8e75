import { describe, expect, it } from 'vitest';
import { paragraphOfWord, vocabularyPath, WORD_FRAGMENT, wordUrl } from '@/lib/urls';

describe('wordUrl', () => {
  it('puts a body word on its paragraph page and a headline word on the article', () => {
    expect(wordUrl('/en/articles/a', 'w7-3')).toBe('/en/articles/a/7#w7-3');
    expect(wordUrl('https://jisr.example/ar/articles/a', 'w0-2')).toBe('https://jisr.example/ar/articles/a#w0-2');
  });
});

describe('vocabularyPath', () => {
  it('is under the article', () => {
    expect(vocabularyPath('ar', 'a')).toBe('/ar/articles/a/vocabulary');
  });
});

describe('word ids', () => {
  it('name their paragraph, 0 for the headline and for what is not a word id', () => {
    expect(paragraphOfWord('w12-3')).toBe(12);
    expect(paragraphOfWord('w0-1')).toBe(0);
    expect(paragraphOfWord('p12')).toBe(0);
  });

  it('are a word link’s whole fragment, and nothing longer', () => {
    expect(WORD_FRAGMENT.exec('#w4-6')?.[1]).toBe('w4-6');
    for (const hash of ['#w4', '#w4-6x', '#word', '#p4', 'w4-6']) expect(WORD_FRAGMENT.test(hash)).toBe(false);
  });
});
