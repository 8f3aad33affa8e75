import { describe, expect, it } from 'vitest';
import { rootAnchor } from '@/lib/roots';

describe('rootAnchor', () => {
  it('spells a root in ASCII, keeping letters that sound alike apart', () => {
    expect(rootAnchor('ر-ه-ب')).toBe('root-rhb');
    expect(rootAnchor('ب-ح-ث')).toBe('root-bHv');
    expect(rootAnchor('ع-ق-د')).toBe('root-Eqd');
    expect(rootAnchor('أ-ك-د')).not.toBe(rootAnchor('ء-ك-د'));
  });

  it('gives only characters that are safe in a URL fragment and a CSS selector', () => {
    for (const root of ['أ-ك-د', 'ش-ر-ك', 'ذ-ك-ر', 'ت-ر-ج-م']) expect(rootAnchor(root)).toMatch(/^root-[A-Za-z0-9_]+$/);
  });
});
