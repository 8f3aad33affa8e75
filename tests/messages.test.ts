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
});
