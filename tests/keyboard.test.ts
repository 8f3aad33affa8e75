import { describe, expect, it } from 'vitest';
import { shortcutKey } from '@/lib/keyboard';

const press = (key: string, code: string) => shortcutKey(new KeyboardEvent('keydown', { key, code }));

describe('shortcutKey', () => {
  it('reads a Latin letter whatever its case', () => {
    expect(press('v', 'KeyV')).toBe('v');
    expect(press('V', 'KeyV')).toBe('v');
  });

  it('reads the letter or digit at its place when the layout types Arabic', () => {
    expect(press('ر', 'KeyV')).toBe('v');
    expect(press('ي', 'KeyD')).toBe('d');
    expect(press('١', 'Digit1')).toBe('1');
    expect(press('؟', 'Slash')).toBe('?');
    expect(press('ظ', 'Slash')).toBe('/');
  });

  it('follows the typed letter, not the place, on other Latin layouts', () => {
    // Dvorak: the key at QWERTY's K types t.
    expect(press('t', 'KeyK')).toBe('t');
  });

  it('passes named keys and punctuation through', () => {
    expect(press('ArrowLeft', 'ArrowLeft')).toBe('ArrowLeft');
    expect(press('?', 'Slash')).toBe('?');
    expect(press('/', 'Slash')).toBe('/');
    expect(press(' ', 'Space')).toBe(' ');
  });
});
