import { afterEach, describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '@/lib/reader-settings';
import { themeScript } from '@/lib/theme-script';

/** Runs the head script, as the browser does, over what the store holds; returns the theme it set on <html>. */
function themeAfterHeadScript(stored: string | null): string | undefined {
  if (stored !== null) localStorage.setItem(SETTINGS_KEY, stored);
  new Function(themeScript)();
  return document.documentElement.dataset.theme;
}

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('the head script for the saved theme', () => {
  it.each(['dark', 'light'])('puts a saved %s theme on <html>', (theme) => {
    expect(themeAfterHeadScript(JSON.stringify({ theme, view: 'ar' }))).toBe(theme);
  });

  it.each([
    ['nothing saved', null],
    ['the system theme', '{"theme":"system"}'],
    ['an unknown theme', '{"theme":"neon"}'],
    ['markup as a theme', '{"theme":"\\"><script>alert(1)</script>"}'],
    ['a theme that is not a string', '{"theme":["dark"]}'],
    ['broken JSON', '{"theme":"dark"'],
    ['JSON that is not an object', 'null'],
  ])('leaves <html> alone for %s', (_, stored) => {
    expect(themeAfterHeadScript(stored)).toBeUndefined();
  });
});
