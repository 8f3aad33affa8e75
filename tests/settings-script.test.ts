import { afterEach, describe, expect, it } from 'vitest';
import { entityTypes } from '@/lib/entity-types';
import { defaultSettings, SETTINGS_KEY, viewForVisit, viewModes } from '@/lib/reader-settings';
import { readStoredSettings } from '@/lib/settings-schema';
import { settingsScript } from '@/lib/settings-script';

/** Runs the head script, as the browser does, over what the store holds; returns what it put on <html>. */
function afterHeadScript(stored: string | null) {
  if (stored !== null) localStorage.setItem(SETTINGS_KEY, stored);
  new Function(settingsScript)();
  const html = document.documentElement;
  return {
    theme: html.dataset.theme,
    view: html.dataset.view,
    ar: html.style.getPropertyValue('--ar-scale') || undefined,
    en: html.style.getPropertyValue('--en-scale') || undefined,
    hidden: html.dataset.hiddenTypes,
  };
}

afterEach(() => {
  localStorage.clear();
  const html = document.documentElement;
  delete html.dataset.theme;
  delete html.dataset.view;
  delete html.dataset.hiddenTypes;
  html.removeAttribute('style');
  window.location.hash = '';
});

const untouched = { theme: undefined, view: undefined, ar: undefined, en: undefined, hidden: undefined };

describe('the head script for the saved settings', () => {
  it('puts a saved theme, view and font sizes on <html>', () => {
    expect(afterHeadScript(JSON.stringify({ theme: 'dark', view: 'ar', arSize: 4, enSize: 0, diacritics: true }))).toEqual({
      theme: 'dark',
      view: 'ar',
      ar: '1.5',
      en: '0.9',
      hidden: undefined,
    });
  });

  it('hides the entity types a reader hid, and all of them when entities are off', () => {
    expect(afterHeadScript('{"hiddenTypes":["media","date"]}')).toEqual({ ...untouched, hidden: 'media date' });
    expect(afterHeadScript('{"entities":false,"hiddenTypes":["media"]}')).toEqual({
      ...untouched,
      hidden: 'person place organization media nationality date event',
    });
  });

  it('hides what the reader will hide once it has read the store: a list with any wrong item, none', () => {
    for (const hiddenTypes of [['place'], ['place', 'place'], ['<script>', 'place', 'constructor'], ['place', 'bogus'], [...entityTypes, 'place'], 'place']) {
      const stored = JSON.stringify({ hiddenTypes });
      expect(new Set(afterHeadScript(stored).hidden?.split(' '))).toEqual(new Set(readStoredSettings(stored).hiddenTypes));
      localStorage.clear();
      delete document.documentElement.dataset.hiddenTypes;
    }
  });

  it('leaves the system theme to the system', () => {
    expect(afterHeadScript(JSON.stringify({ theme: 'system', view: 'stacked' }))).toEqual({ ...untouched, view: 'stacked' });
  });

  it('leaves saved defaults off <html>, where the reader leaves them, so that it need not restyle the page', () => {
    expect(afterHeadScript(JSON.stringify({ ...defaultSettings, diacritics: true }))).toEqual(untouched);
  });

  it.each([
    ['nothing saved', null],
    ['unknown values', '{"theme":"neon","view":"wide","arSize":9,"enSize":-1}'],
    ['markup as a value', '{"theme":"\\"><script>alert(1)</script>","view":"<img src=x onerror=alert(1)>"}'],
    ['sizes that are not whole steps', '{"arSize":1.5,"enSize":"2"}'],
    ['names of built-in properties', '{"arSize":"constructor","enSize":"length","theme":"toString"}'],
    ['values of the wrong type', '{"theme":["dark"],"view":{"ar":1}}'],
    ['broken JSON', '{"theme":"dark"'],
    ['JSON that is not an object', 'null'],
    ['hidden types that are not a list', '{"hiddenTypes":"person","entities":"no"}'],
    ['a store longer than any settings', JSON.stringify({ theme: 'dark', pad: 'x'.repeat(4096) })],
  ])('changes nothing for %s', (_, stored) => {
    expect(afterHeadScript(stored)).toEqual(untouched);
  });

  it('shows the Arabic of a word link under a saved English-only view, as the reader will', () => {
    for (const hash of ['#w4-6', '#w0-2', '#p4', '#w4', '#w4-6x', '']) {
      for (const view of viewModes) {
        window.location.hash = hash;
        const shown = afterHeadScript(JSON.stringify({ view })).view ?? defaultSettings.view;
        expect(shown, `${view} at ${hash || 'no fragment'}`).toBe(viewForVisit(view, window.location.hash));
        localStorage.clear();
        delete document.documentElement.dataset.view;
      }
    }
    window.location.hash = '#w4-6';
    expect(afterHeadScript('{"view":"en"}').view).toBeUndefined();
  });
});
