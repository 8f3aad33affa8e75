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
});
