import { describe, expect, it } from 'vitest';
import { foldLatin, normalizeArabic, normalizeLatin, westernDigits } from '@/lib/arabic';

describe('normalizeArabic', () => {
  it('drops harakat, shadda, sukun and tanwin', () => {
    expect(normalizeArabic('مُوَاجَهَةٍ')).toBe('مواجهه');
    expect(normalizeArabic('أَكَّدَ')).toBe('اكد');
    expect(normalizeArabic('قريباً')).toBe('قريبا');
  });

  it('drops the superscript alef and Quranic marks', () => {
    expect(normalizeArabic('هٰذا')).toBe('هذا');
    expect(normalizeArabic('الرَّحِيمِ۝ ذَٰلِكَ ٱلۡكِتَٰبُ')).toBe('الرحيم ذلك الكتب');
  });

  it('drops tatweel', () => {
    expect(normalizeArabic('قريـــبا')).toBe('قريبا');
  });

  it('reads presentation forms, as copied from some PDFs, as the letters they show', () => {
    // ﻻ is lam-alef in one code point; the second, السلام in the shapes its letters take in the word.
    expect(normalizeArabic('ﻻ')).toBe('لا');
    expect(normalizeArabic('ﺍﻟﺴﻼﻡ')).toBe('السلام');
    // Nothing else is folded by compatibility: the ellipsis keeps its one character.
    expect(normalizeArabic('…')).toBe('…');
  });

  it('drops zero-width characters and bidi marks', () => {
    expect(normalizeArabic('ال\u200Dإرهاب')).toBe('الارهاب');
    expect(normalizeArabic('ال\u200Cإرهاب\u200B')).toBe('الارهاب');
    expect(normalizeArabic('\u200Fدمشق\u200E \u061C\u202Bبغداد\u202C \u2067حلب\u2069')).toBe('دمشق بغداد حلب');
  });

  it('makes every alef the bare alef', () => {
    for (const word of ['أمن', 'إمن', 'آمن', 'ٱمن']) expect(normalizeArabic(word)).toBe('امن');
  });

  it('writes hamza on waw and yeh as the bare carrier', () => {
    expect(normalizeArabic('تؤثر')).toBe('توثر');
    expect(normalizeArabic('رئيس')).toBe('رييس');
    // The two accepted spellings keep different carriers.
    expect(normalizeArabic('مسؤول')).not.toBe(normalizeArabic('مسئول'));
    expect(normalizeArabic('جزء')).toBe('جزء');
  });

  it('composes a hamza or madda typed as a separate mark first', () => {
    expect(normalizeArabic('ا\u0654من')).toBe('امن');
    expect(normalizeArabic('ا\u0653من')).toBe('امن');
    expect(normalizeArabic('تو\u0654ثر')).toBe('توثر');
  });

  it('makes alef maqsura yeh and ta marbuta heh', () => {
    expect(normalizeArabic('مستوى')).toBe('مستوي');
    expect(normalizeArabic('على')).toBe(normalizeArabic('علي'));
    expect(normalizeArabic('الشراكة')).toBe('الشراكه');
  });

  it('reads a Persian keyboard’s yeh and keheh as the Arabic letters', () => {
    expect(normalizeArabic('ترکی')).toBe(normalizeArabic('تركي'));
  });

  it('writes Arabic-Indic and Persian digits as ASCII digits', () => {
    expect(normalizeArabic('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeArabic('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('lowercases Latin and collapses whitespace in mixed-direction text', () => {
    expect(normalizeArabic('  قمّة   G20\tفي\n٢٠٢٤ ')).toBe('قمه g20 في 2024');
    expect(normalizeArabic('قمة G20 في ٢٠٢٤')).toBe(normalizeArabic('قمه g20 في 2024'));
  });
});

describe('westernDigits', () => {
  it('changes only the digits', () => {
    expect(westernDigits('عام ٢٠١٠ و۲۰۱۱')).toBe('عام 2010 و2011');
  });
});

describe('normalizeLatin', () => {
  it('ignores case and accents', () => {
    expect(normalizeLatin('Erdoğan')).toBe('erdogan');
    expect(normalizeLatin('HABERTÜRK')).toBe('haberturk');
    expect(normalizeLatin('Ḥusayn')).toBe('husayn');
  });

  it('drops ʿayn, hamza and apostrophes', () => {
    expect(normalizeLatin('al-ʿIrāqī')).toBe('al-iraqi');
    expect(normalizeLatin('raʾīs')).toBe('rais');
    expect(normalizeLatin('raʼīs al-ʻIrāq')).toBe('rais al-iraq');
    expect(normalizeLatin('Syria’s ‘seat’')).toBe('syrias seat');
    expect(normalizeLatin("Syria's")).toBe('syrias');
  });

  it('collapses whitespace and drops invisible format characters', () => {
    expect(normalizeLatin('  Prime \n Minister\u00A0al-Sudani ')).toBe('prime minister al-sudani');
    expect(normalizeLatin('Erdo\u00ADgan\u200E')).toBe('erdogan');
  });

  it('gives the same result for composed and decomposed accents', () => {
    expect(normalizeLatin('Erdog\u0306an')).toBe(normalizeLatin('Erdoğan'));
  });
});

describe('foldLatin', () => {
  it('remembers where each folded character came from', () => {
    const text = ' Syria’s  Erdoğan';
    const { folded, origins } = foldLatin(text);
    expect(folded).toBe('syrias erdogan');
    expect(origins).toHaveLength(folded.length);
    const source = (char: string) => text[origins[folded.indexOf(char)]!];
    expect(source('e')).toBe('E');
    expect(source('g')).toBe('ğ');
    expect(origins[5]).toBe(text.indexOf('’') + 1);
  });
});
