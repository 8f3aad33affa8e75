// zod/mini: the same contract in a few KB, since this runs in the browser.
import { z } from 'zod/mini';
import { entityTypes, type EntityTypeName } from './entity-types';

/**
 * How a reader has shaped the page. Saved on the device; a shared link may override it for one
 * visit. Everything read back goes through these schemas: a corrupt or hostile value becomes the default.
 */
export const viewModes = ['side', 'stacked', 'ar', 'en'] as const;
export const themes = ['system', 'light', 'dark'] as const;
export const fontSteps = [0, 1, 2, 3, 4] as const;
/** The font size each step gives, as a factor of the default. */
export const arabicScale = [0.85, 1, 1.15, 1.3, 1.5] as const;
export const englishScale = [0.9, 1, 1.12, 1.25, 1.4] as const;

export type ViewMode = (typeof viewModes)[number];

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

const fontStep = z.int().check(z.minimum(0), z.maximum(4));

/** Each field falls back on its own, so one bad value does not cost the reader the rest. */
export const settingsSchema = z.object({
  view: z.catch(z.enum(viewModes), defaultSettings.view),
  diacritics: z.catch(z.boolean(), defaultSettings.diacritics),
  translit: z.catch(z.boolean(), defaultSettings.translit),
  gloss: z.catch(z.boolean(), defaultSettings.gloss),
  entities: z.catch(z.boolean(), defaultSettings.entities),
  unknown: z.catch(z.boolean(), defaultSettings.unknown),
  hiddenTypes: z.catch(
    z.pipe(
      z.array(z.enum(entityTypes)).check(z.maxLength(entityTypes.length)),
      z.transform((types) => [...new Set(types)]),
    ),
    defaultSettings.hiddenTypes,
  ),
  arSize: z.catch(fontStep, defaultSettings.arSize),
  enSize: z.catch(fontStep, defaultSettings.enSize),
  theme: z.catch(z.enum(themes), defaultSettings.theme),
});

/** Whether two settings say the same: settings read back unchanged should re-render nothing. */
export function sameSettings(a: ReaderSettings, b: ReaderSettings): boolean {
  return (Object.keys(defaultSettings) as (keyof ReaderSettings)[]).every((key) =>
    key === 'hiddenTypes' ? a.hiddenTypes.join(' ') === b.hiddenTypes.join(' ') : a[key] === b[key],
  );
}

export const SETTINGS_KEY = 'jisr:settings:v1';
/** Anything longer is not ours: reject it before parsing. */
const MAX_STORED_LENGTH = 2048;

export function readStoredSettings(raw: string | null): ReaderSettings {
  if (!raw || raw.length > MAX_STORED_LENGTH) return { ...defaultSettings };
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : { ...defaultSettings };
  } catch {
    return { ...defaultSettings };
  }
}

const flag = z.pipe(z.enum(['0', '1']), z.transform((v) => v === '1'));
const step = z.pipe(z.enum(['0', '1', '2', '3', '4']), z.transform(Number));

/** The query parameters a shared link may carry, e.g. `?view=ar&diacritics=1`. Unknown or bad values are ignored. */
const queryFields = {
  view: z.enum(viewModes),
  diacritics: flag,
  translit: flag,
  gloss: flag,
  entities: flag,
  unknown: flag,
  ar: step,
  en: step,
  theme: z.enum(themes),
} as const;

const queryToSetting: Record<keyof typeof queryFields, keyof ReaderSettings> = {
  view: 'view',
  diacritics: 'diacritics',
  translit: 'translit',
  gloss: 'gloss',
  entities: 'entities',
  unknown: 'unknown',
  ar: 'arSize',
  en: 'enSize',
  theme: 'theme',
};

export function settingsFromQuery(search: string): Partial<ReaderSettings> {
  const params = new URLSearchParams(search.length > MAX_STORED_LENGTH ? '' : search);
  const overrides: Partial<Record<keyof ReaderSettings, unknown>> = {};
  for (const [name, schema] of Object.entries(queryFields) as [keyof typeof queryFields, z.ZodMiniType][]) {
    const value = params.get(name);
    if (value === null) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) overrides[queryToSetting[name]] = parsed.data;
  }
  return overrides as Partial<ReaderSettings>;
}

export function settingsToQuery(settings: Partial<ReaderSettings>): string {
  const params = new URLSearchParams();
  for (const [name, key] of Object.entries(queryToSetting)) {
    const value = settings[key];
    if (value === undefined) continue;
    params.set(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return params.toString();
}
