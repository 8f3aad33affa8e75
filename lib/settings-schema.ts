// zod/mini: the same contract in fewer bytes, since this runs in the browser. Even so it is the
// largest module the reader needs, so the reader loads this file after its first render.
import { z } from 'zod/mini';
import { entityTypes } from './entity-types';
import {
  defaultSettings,
  fontSteps,
  MAX_SETTINGS_LENGTH,
  queryToSetting,
  themes,
  viewModes,
  type ReaderSettings,
} from './reader-settings';

const fontStep = z.int().check(z.minimum(fontSteps[0]), z.maximum(fontSteps.at(-1)!));

/** Each field falls back on its own, so one bad value does not cost the reader the rest. */
const settingsSchema = z.object({
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

export function readStoredSettings(raw: string | null): ReaderSettings {
  if (!raw || raw.length > MAX_SETTINGS_LENGTH) return { ...defaultSettings };
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : { ...defaultSettings };
  } catch {
    return { ...defaultSettings };
  }
}

const flag = z.pipe(z.enum(['0', '1']), z.transform((v) => v === '1'));
const step = z.pipe(z.enum(['0', '1', '2', '3', '4']), z.transform(Number));

/** What each query parameter may hold. Unknown or bad values are ignored. */
const queryFields: Record<keyof typeof queryToSetting, z.ZodMiniType> = {
  view: z.enum(viewModes),
  diacritics: flag,
  translit: flag,
  gloss: flag,
  entities: flag,
  unknown: flag,
  ar: step,
  en: step,
  theme: z.enum(themes),
};

export function settingsFromQuery(search: string): Partial<ReaderSettings> {
  // Read whatever the query's length: each value is checked against its field, and a long parameter of someone
  // else's (a tracker's id) beside them dropped the link's settings, and then took them out of the address.
  const params = new URLSearchParams(search);
  const overrides: Partial<Record<keyof ReaderSettings, unknown>> = {};
  for (const [name, schema] of Object.entries(queryFields) as [keyof typeof queryFields, z.ZodMiniType][]) {
    const value = params.get(name);
    if (value === null) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) overrides[queryToSetting[name]] = parsed.data;
  }
  return overrides as Partial<ReaderSettings>;
}
