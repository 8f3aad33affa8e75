import { describe, expect, it } from 'vitest';
import { vocabularyPath, wordUrl } from '@/lib/urls';

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
