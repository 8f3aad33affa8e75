import { describe, expect, it } from 'vitest';
import { bareArabic } from '@/lib/content/schema';

describe('bareArabic', () => {
  it('drops diacritics and tatweel', () => {
    expect(bareArabic('وَبَحَثَ')).toBe('وبحث');
    expect(bareArabic('قريـــباً')).toBe('قريبا');
  });

  it('lets a restored hamza match a source that omits it', () => {
    expect(bareArabic('الْإِرْهَابِ')).toBe(bareArabic('الارهاب'));
    expect(bareArabic('وَإِيجَادِ')).toBe(bareArabic('وايجاد'));
  });

  it('keeps different letters different', () => {
    expect(bareArabic('عَقْد')).not.toBe(bareArabic('عقدت'));
  });
});
