import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  describeSettings,
  queryWithoutSpentSettings,
  sameSettings,
  withLinkSettings,
  type ReaderSettings,
} from '@/lib/reader-settings';
import { readStoredSettings, settingsFromQuery } from '@/lib/settings-schema';

describe('readStoredSettings', () => {
  it('reads back what was saved', () => {
    const saved = { ...defaultSettings, view: 'ar', diacritics: true, hiddenTypes: ['date'], arSize: 3 };
    expect(readStoredSettings(JSON.stringify(saved))).toEqual(saved);
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{"view":'],
    ['a string', '"side"'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['an oversized value', JSON.stringify({ view: 'ar', pad: 'x'.repeat(5000) })],
  ])('falls back to the defaults for %s', (_name, raw) => {
    expect(readStoredSettings(raw)).toEqual(defaultSettings);
  });

  it('replaces each bad field on its own and keeps the good ones', () => {
    const raw = JSON.stringify({ view: '<script>', diacritics: 'yes', arSize: 99, enSize: 2, hiddenTypes: ['person', 'nope'], theme: 'dark' });
    expect(readStoredSettings(raw)).toEqual({ ...defaultSettings, enSize: 2, theme: 'dark' });
  });
});

describe('settingsFromQuery', () => {
  it('takes the settings a shared link carries', () => {
    expect(settingsFromQuery('?view=ar&diacritics=1&translit=0&ar=3')).toEqual({ view: 'ar', diacritics: true, translit: false, arSize: 3 });
  });

  it('takes them beside a long parameter of someone else’s, such as a tracker’s id', () => {
    expect(settingsFromQuery(`?view=ar&fbclid=${'A'.repeat(4000)}`)).toEqual({ view: 'ar' });
  });

  it('ignores bogus and unknown values', () => {
    expect(settingsFromQuery('?view=<b>&diacritics=true&ar=9&theme=neon&foo=1&en=-1')).toEqual({});
  });
});

describe('sameSettings', () => {
  it('tells settings that say the same from ones that differ, hidden types included', () => {
    expect(sameSettings(defaultSettings, readStoredSettings(null))).toBe(true);
    expect(sameSettings(defaultSettings, { ...defaultSettings, diacritics: true })).toBe(false);
    expect(sameSettings({ ...defaultSettings, hiddenTypes: ['person'] }, { ...defaultSettings, hiddenTypes: ['person'] })).toBe(true);
    expect(sameSettings({ ...defaultSettings, hiddenTypes: ['person'] }, { ...defaultSettings, hiddenTypes: ['place'] })).toBe(false);
  });
});

describe('queryWithoutSpentSettings', () => {
  const spent = (search: string, inForce: Parameters<typeof queryWithoutSpentSettings>[2]) => queryWithoutSpentSettings(search, settingsFromQuery(search), inForce);

  it('drops the parameters of the settings no longer in force, and keeps the rest', () => {
    expect(spent('?view=ar&theme=dark&ar=3&sort=root', { theme: 'dark' })).toBe('?theme=dark&sort=root');
  });

  it('drops every setting once none is in force, bad values among them', () => {
    expect(spent('?view=ar&theme=neon', null)).toBe('');
    expect(spent('?en=2&pos=verb', null)).toBe('?pos=verb');
  });

  it('drops a setting the visit overrode: a word link in "English only" shows both languages', () => {
    expect(spent('?view=en&diacritics=1', { view: 'side', diacritics: true })).toBe('?diacritics=1');
  });

  it('leaves an address with nothing spent exactly as it was', () => {
    expect(spent('?q=a%20b&view=ar', { view: 'ar' })).toBe('?q=a%20b&view=ar');
    expect(spent('', null)).toBe('');
  });
});

describe('withLinkSettings', () => {
  const own: ReaderSettings = { ...defaultSettings, view: 'ar', hiddenTypes: ['person'] };

  it('keeps only what a link changes in the reader’s own settings', () => {
    expect(withLinkSettings(null, { view: 'ar', diacritics: true }, own)).toEqual({ diacritics: true });
    expect(withLinkSettings(null, { view: 'side', hiddenTypes: ['person'] }, own)).toEqual({ view: 'side' });
    expect(withLinkSettings(null, { hiddenTypes: ['place'] }, own)).toEqual({ hiddenTypes: ['place'] });
    expect(withLinkSettings(null, { view: 'side' }, defaultSettings)).toBeNull();
  });

  it('lays a later link over the visit’s, and one asking for the reader’s own takes the earlier back', () => {
    expect(withLinkSettings({ view: 'en', diacritics: true }, { view: 'side' }, own)).toEqual({ view: 'side', diacritics: true });
    expect(withLinkSettings({ view: 'en', diacritics: true }, { view: 'ar' }, own)).toEqual({ diacritics: true });
    expect(withLinkSettings({ view: 'en' }, { view: 'ar' }, own)).toBeNull();
  });
});

describe('describeSettings', () => {
  const words = {
    settingNames: {
      view: 'View', diacritics: 'Diacritics', translit: 'Transliteration', gloss: 'Word glosses', entities: 'Entities',
      unknown: 'Mark words not yet known', arSize: 'Arabic text size', enSize: 'English text size', theme: 'Theme',
    },
    viewNames: { side: 'Side by side', stacked: 'Stacked', ar: 'Arabic only', en: 'English only' },
    themeNames: { system: 'System', light: 'Light', dark: 'Dark' },
    on: 'on',
    off: 'off',
  };

  it('names each setting and its value as the panel shows them, in the panel’s order', () => {
    expect(describeSettings({ theme: 'dark', arSize: 3, entities: false, view: 'ar' }, words)).toEqual([
      'View: Arabic only',
      'Entities: off',
      'Arabic text size: 130%',
      'Theme: Dark',
    ]);
  });

  it('says nothing of settings not given', () => {
    expect(describeSettings({}, words)).toEqual([]);
  });
});
