import { describe, expect, it } from 'vitest';
import type { GlossaryData } from '@/lib/glossary';
import { addWordForms } from '@/lib/word-forms';

const glossary = {
  tokens: {
    'w1-1': { surface: 'أكد', vocalized: 'أَكَّدَ', translit: 'akkada', gloss: 'stressed', segments: [], lemma: 'akkada', phrases: [], entities: [] },
    'w1-2': { surface: 'x', vocalized: '<img src=x onerror=alert(1)>', translit: null, gloss: '" onmouseover="alert(1)', segments: [], lemma: null, phrases: [], entities: [] },
  },
  lemmas: {},
  phrases: {},
  entities: {},
} as unknown as GlossaryData;

describe('addWordForms', () => {
  it('adds the vocalized form and interlinear lines to each word, once', () => {
    document.body.innerHTML = '<p><span id="w1-1" class="w">أكد</span> <span id="w9-9" class="w">؟</span></p>';
    addWordForms(document.body, glossary);
    addWordForms(document.body, glossary);
    const word = document.getElementById('w1-1')!;
    expect([...word.children].map((c) => [c.className, c.textContent])).toEqual([
      ['w-plain', 'أكد'],
      ['w-voc', 'أَكَّدَ'],
      ['w-tr', 'akkada'],
      ['w-gl', 'stressed'],
    ]);
    expect(word.querySelector('.w-tr')!.getAttribute('lang')).toBe('ar-Latn');
    // A word the glossary does not know keeps its text.
    expect(document.getElementById('w9-9')!.innerHTML).toBe('؟');
  });

  it('writes the glossary as text, never as markup', () => {
    document.body.innerHTML = '<span id="w1-2" class="w">x</span>';
    addWordForms(document.body, glossary);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.w-voc')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('.w-tr')).toBeNull();
  });
});
