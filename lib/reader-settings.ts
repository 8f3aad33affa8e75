import type { EntityTypeName } from './entity-types';
import { WORD_FRAGMENT } from './urls';

/**
 * How a reader has shaped the page. Saved on the device; a shared link may override it for one
 * visit. Everything read back goes through the schemas in lib/settings-schema.ts, which the reader
 * loads after its first render: a corrupt or hostile value becomes the default.
 */
export const viewModes = ['side', 'stacked', 'ar', 'en'] as const;
export const themes = ['system', 'light', 'dark'] as const;
export const fontSteps = [0, 1, 2, 3, 4] as const;
/** The font size each step gives, as a factor of the default. */
export const arabicScale = [0.85, 1, 1.15, 1.3, 1.5] as const;
export const englishScale = [0.9, 1, 1.12, 1.25, 1.4] as const;

export type ViewMode = (typeof viewModes)[number];

/** The ReaderControls message that names each view and each theme, in the panel and wherever a setting is told. */
export const viewMessages = { side: 'viewSide', stacked: 'viewStacked', ar: 'viewAr', en: 'viewEn' } as const satisfies Record<ViewMode, string>;
export const themeMessages = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const satisfies Record<(typeof themes)[number], string>;

export const defaultSettings = {
  view: 'side' as ViewMode,
  diacritics: false,
  translit: false,
  gloss: false,
  entities: true,
  /** Marks the words whose lemma the student does not know yet. */
  unknown: false,
  hiddenTypes: [] as EntityTypeName[],
  arSize: 1,
  enSize: 1,
  theme: 'system' as (typeof themes)[number],
};
export type ReaderSettings = typeof defaultSettings;

const sameSetting = <K extends keyof ReaderSettings>(key: K, a: ReaderSettings[K], b: ReaderSettings[K]): boolean =>
  key === 'hiddenTypes' ? (a as string[]).join(' ') === (b as string[]).join(' ') : a === b;

/** Whether two settings say the same: settings read back unchanged should re-render nothing. */
export function sameSettings(a: ReaderSettings, b: ReaderSettings): boolean {
  return (Object.keys(defaultSettings) as (keyof ReaderSettings)[]).every((key) => sameSetting(key, a[key], b[key]));
}

/**
 * A visit's settings with a link's (or a word link's view) laid over them. Only what changes the reader's own
 * settings is the visit's, with a notice offering to keep it: a link that asks for what the reader has
 * already (`?view=ar` under a saved Arabic view, a word link's both languages under the default view)
 * changes nothing and asks nothing, and takes back what an earlier link set there. Null where none are left.
 */
export function withLinkSettings(visit: Partial<ReaderSettings> | null, link: Partial<ReaderSettings>, own: ReaderSettings): Partial<ReaderSettings> | null {
  const keys = Object.keys(link) as (keyof ReaderSettings)[];
  const changes = Object.fromEntries(keys.filter((key) => !sameSetting(key, link[key]!, own[key])).map((key) => [key, link[key]]));
  return withoutSettings({ ...visit, ...changes }, keys.filter((key) => !(key in changes)));
}

/** A visit's settings less those named, or null where none are left. */
export function withoutSettings(visit: Partial<ReaderSettings> | null, keys: readonly string[]): Partial<ReaderSettings> | null {
  const left = Object.entries(visit ?? {}).filter(([key]) => !keys.includes(key));
  return left.length ? (Object.fromEntries(left) as Partial<ReaderSettings>) : null;
}

export const showsBothLanguages = (view: ViewMode): view is 'side' | 'stacked' => view === 'side' || view === 'stacked';

/**
 * The view a visit opens in. A word link (`/4#w4-6`) opens at an Arabic word with its card pinned, so a
 * view of the English only shows both languages for that visit: under it the word was hidden, the page
 * stayed at its top and the card pinned in a corner. The head script (lib/settings-script.ts) keeps the
 * same rule before the first paint.
 */
export function viewForVisit(view: ViewMode, hash: string): ViewMode {
  return view === 'en' && WORD_FRAGMENT.test(hash) ? defaultSettings.view : view;
}

export const SETTINGS_KEY = 'jisr:settings:v1';
/** Settings text longer than this, stored or in a link, is not ours: it is rejected before parsing. */
export const MAX_SETTINGS_LENGTH = 2048;

/** The query parameters a shared link may carry, e.g. `?view=ar&diacritics=1`, and the settings they set. */
export const queryToSetting = {
  view: 'view',
  diacritics: 'diacritics',
  translit: 'translit',
  gloss: 'gloss',
  entities: 'entities',
  unknown: 'unknown',
  ar: 'arSize',
  en: 'enSize',
  theme: 'theme',
} as const satisfies Record<string, keyof ReaderSettings>;

/** The settings a link may set. */
export type LinkSetting = (typeof queryToSetting)[keyof typeof queryToSetting];

/** A text size step as the panel shows it: "130%". */
export function sizePercent(key: 'arSize' | 'enSize', step: number): string {
  return `${Math.round((key === 'arSize' ? arabicScale : englishScale)[step]! * 100)}%`;
}

/** The interface's words for settings and their values. */
export type SettingWords = {
  settingNames: Record<LinkSetting, string>;
  viewNames: Record<ViewMode, string>;
  themeNames: Record<ReaderSettings['theme'], string>;
  on: string;
  off: string;
};

/**
 * Settings as the reader is told of them, each "name: value" ("View: Arabic only", "Arabic text size: 130%"),
 * in the order of the panel: what a link's notice says it changed. A single-key switch says its one
 * (describeSetting).
 */
export function describeSettings(settings: Partial<ReaderSettings>, words: SettingWords): string[] {
  return Object.values(queryToSetting).flatMap((key) => {
    const value = settings[key];
    return value === undefined ? [] : [describeSetting(key, value, words)];
  });
}

/** One setting as the reader is told of it: "View: Arabic only". */
export function describeSetting<K extends LinkSetting>(key: K, value: ReaderSettings[K], words: SettingWords): string {
  const shown =
    typeof value === 'boolean'
      ? words[value ? 'on' : 'off']
      : key === 'view'
        ? words.viewNames[value as ViewMode]
        : key === 'theme'
          ? words.themeNames[value as ReaderSettings['theme']]
          : sizePercent(key as 'arSize' | 'enSize', value as number);
  return `${words.settingNames[key]}: ${shown}`;
}

/**
 * The address's query once a link's settings have been kept, turned down or changed by the reader: the
 * parameters of settings no longer in force for this visit go, so that a reload, or the other language,
 * does not ask again. So do those the visit overrode (`?view=en` on a word link, shown side by side).
 * Any other parameter, and those of settings still in force as the link set them, stay.
 * `fromQuery` is what the query's parameters set (settingsFromQuery), `inForce` the link's settings in force.
 */
export function queryWithoutSpentSettings(search: string, fromQuery: Partial<ReaderSettings>, inForce: Partial<ReaderSettings> | null): string {
  const params = new URLSearchParams(search);
  const spent = Object.entries(queryToSetting).filter(
    ([name, setting]) => params.has(name) && !(inForce && setting in inForce && inForce[setting] === fromQuery[setting]),
  );
  if (spent.length === 0) return search;
  for (const [name] of spent) params.delete(name);
  const query = params.toString();
  return query ? `?${query}` : '';
}
