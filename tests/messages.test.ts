import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('message catalogs', () => {
  it('have the same keys in Arabic and English', () => {
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });

  it('have no empty strings', () => {
    for (const catalog of [ar, en]) {
      for (const key of keys(catalog)) {
        const value = key.split('.').reduce<any>((node, part) => node[part], catalog);
        expect(value, key).not.toBe('');
      }
    }
  });

  it('count an article’s paragraphs in the singular too', () => {
    const t = createTranslator({ locale: 'en', messages: en, namespace: 'Home' });
    expect(t('paragraphs', { count: 1 })).toBe('1 paragraph');
    expect(t('paragraphs', { count: 16 })).toBe('16 paragraphs');
  });

  it('name a part of one paragraph in the singular', () => {
    const english = createTranslator({ locale: 'en', messages: en, namespace: 'Parts' });
    const arabic = createTranslator({ locale: 'ar', messages: ar, namespace: 'Parts' });
    expect(english('showing', { span: 'one', from: 5, to: 5, count: 64 })).toBe('Paragraph 5 of 64');
    expect(english('next', { span: 'other', from: 6, to: 9 })).toBe('Next: paragraphs 6–9');
    expect(arabic('previous', { span: 'one', from: 5, to: 5 })).toBe('السابق: الفقرة 5');
    // In words: a dash between two numbers is drawn the other way round in Arabic text, 4–1.
    expect(arabic('showing', { span: 'other', from: 1, to: 4, count: 64 })).toBe('الفقرات من 1 إلى 4 من أصل 64');
  });

  // Arabic counted nouns agree with their number: singular for 1, dual for 2, plural for 3–10, singular
  // accusative for 11–99, and singular genitive for hundreds.
  it.each([
    [1, 1, 'صيغة معجمية واحدة وجذر واحد.', '1 dictionary form and 1 root.'],
    [2, 2, 'صيغتان معجميتان وجذران.', '2 dictionary forms and 2 roots.'],
    [5, 7, '5 صيغ معجمية و7 جذور.', '5 dictionary forms and 7 roots.'],
    [12, 190, '12 صيغة معجمية و190 جذرًا.', '12 dictionary forms and 190 roots.'],
    [292, 100, '292 صيغة معجمية و100 جذر.', '292 dictionary forms and 100 roots.'],
  ])('say %i dictionary forms and %i roots with the noun agreeing', (lemmas, roots, arabic, english) => {
    expect(createTranslator({ locale: 'ar', messages: ar, namespace: 'Vocabulary' })('intro', { lemmas, roots })).toBe(arabic);
    expect(createTranslator({ locale: 'en', messages: en, namespace: 'Vocabulary' })('intro', { lemmas, roots })).toBe(english);
  });

  it('say which paragraphs an article has, and that a one-paragraph article has only paragraph 1', () => {
    const english = createTranslator({ locale: 'en', messages: en, namespace: 'NotFound' });
    const arabic = createTranslator({ locale: 'ar', messages: ar, namespace: 'NotFound' });
    expect([1, 16].map((count) => english('paragraphs', { count }))).toEqual(['This article has only paragraph 1.', 'This article has paragraphs 1 to 16.']);
    expect([1, 2, 16].map((count) => arabic('paragraphs', { count }))).toEqual([
      'في هذا المقال فقرة واحدة فقط.',
      'في هذا المقال فقرتان فقط.',
      'يضمّ هذا المقال الفقرات من 1 إلى 16.',
    ]);
  });

  // The pages write Western digits. `#` in a plural prints the locale's default digits, which are Arabic-Indic
  // for ar-EG, and for ar itself in older ICU data, so the Arabic catalog names its numbers instead.
  it('print Western digits in Arabic counts whatever digits the runtime gives Arabic', () => {
    const arabicDigits = { locale: 'ar-u-nu-arab', messages: ar } as const;
    expect(createTranslator({ ...arabicDigits, namespace: 'Vocabulary' })('intro', { lemmas: 5, roots: 12 })).toBe('5 صيغ معجمية و12 جذرًا.');
    expect(createTranslator({ ...arabicDigits, namespace: 'Home' })('paragraphs', { count: 16 })).toBe('16 فقرة');
    expect(createTranslator({ ...arabicDigits, namespace: 'Reader' })('coverageStatic', { words: 459, lemmas: 3 })).toBe('459 كلمة · 3 صيغ معجمية');
    expect(createTranslator({ ...arabicDigits, namespace: 'Reader' })('mentionCount', { count: 4 })).toBe('4 مرات');
    expect(createTranslator({ ...arabicDigits, namespace: 'Vocabulary' })('count', { count: 11 })).toBe('11 مرة');
  });

  it('say none in Arabic with a phrase, not a 0 before a singular noun', () => {
    expect(createTranslator({ locale: 'ar', messages: ar, namespace: 'Vocabulary' })('intro', { lemmas: 0, roots: 0 })).toBe('لا صيغ معجمية ولا جذور.');
    expect(createTranslator({ locale: 'ar', messages: ar, namespace: 'Reader' })('coverageStatic', { words: 0, lemmas: 0 })).toBe('لا كلمات · لا صيغ معجمية');
  });

  it('count words and mentions with the noun agreeing in Arabic', () => {
    const reader = createTranslator({ locale: 'ar', messages: ar, namespace: 'Reader' });
    expect(reader('coverageStatic', { words: 3, lemmas: 1 })).toBe('3 كلمات · صيغة معجمية واحدة');
    expect(reader('coverageStatic', { words: 459, lemmas: 239 })).toBe('459 كلمة · 239 صيغة معجمية');
    expect([1, 2, 4, 11].map((count) => reader('mentionCount', { count }))).toEqual(['مرة واحدة', 'مرتان', '4 مرات', '11 مرة']);
  });
});
