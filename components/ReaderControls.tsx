'use client';

import type { EntityTypeName } from '@/lib/entity-types';
import { arabicScale, englishScale, sizePercent, themeMessages, themes, viewMessages, viewModes, type ReaderSettings } from '@/lib/reader-settings';
import { showShortcuts } from '@/lib/focus';
import { useReader } from './ReaderContext';
import { useSingleKeys } from './useSingleKeys';

export type ReaderControlsStrings = {
  settings: string;
  view: string;
  viewSide: string;
  /** Said beside "Side by side" where the screen is too narrow for it, and the panes stack. */
  viewSideNarrow: string;
  viewStacked: string;
  viewAr: string;
  viewEn: string;
  diacritics: string;
  translit: string;
  gloss: string;
  entities: string;
  unknown: string;
  arabicSize: string;
  englishSize: string;
  smaller: string;
  larger: string;
  theme: string;
  themeSystem: string;
  themeLight: string;
  themeDark: string;
  shortcuts: string;
  entityTypes: string;
};

type Props = {
  strings: ReaderControlsStrings;
  /** The entity types present in the article, with how many entities each has, and their names. */
  entityTypes: { type: EntityTypeName; label: string; count: number }[];
};

const toggles = ['diacritics', 'translit', 'gloss', 'entities', 'unknown'] as const;

/** The reading settings panel and the entity legend. */
export function ReaderControls({ strings, entityTypes }: Props) {
  const { settings, update } = useReader();
  const singleKeys = useSingleKeys();

  function size(key: 'arSize' | 'enSize', label: string) {
    const value = settings[key];
    const scale = key === 'arSize' ? arabicScale : englishScale;
    const step = (by: 1 | -1) => scale[value + by] !== undefined && update({ [key]: value + by });
    // At either end a button says it can go no further but keeps focus: disabled, it would drop focus to the page.
    return (
      // The name on a line of its own: beside the buttons, in a third of the panel, it wrapped a word a line.
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="w-full">{label}</span>
        {/* dir keeps the sign after the letter in the Arabic interface, where it was drawn before it. */}
        <button type="button" dir="ltr" className="chip" aria-label={`${label}: ${strings.smaller}`} aria-disabled={value <= 0} onClick={() => step(-1)}>
          A−
        </button>
        <span aria-live="polite" dir="ltr" className="min-w-12 text-center text-sm tabular-nums">
          {sizePercent(key, value)}
        </span>
        <button type="button" dir="ltr" className="chip" aria-label={`${label}: ${strings.larger}`} aria-disabled={value >= scale.length - 1} onClick={() => step(1)}>
          A+
        </button>
      </div>
    );
  }

  function toggleType(type: EntityTypeName) {
    const hidden = settings.hiddenTypes.includes(type)
      ? settings.hiddenTypes.filter((t) => t !== type)
      : [...settings.hiddenTypes, type];
    update({ hiddenTypes: hidden });
  }

  return (
    <div className="toolbar reader-toolbar js-only">
      <details className="settings">
        <summary className="chip">{strings.settings}</summary>
        <div className="settings-panel">
          <fieldset>
            <legend>{strings.view}</legend>
            {viewModes.map((mode) => (
              <label key={mode} className="choice">
                <input type="radio" name="view" checked={settings.view === mode} onChange={() => update({ view: mode })} />
                {/* One flex item, so the note sits a space after the name, not a gap. */}
                <span>
                  {strings[viewMessages[mode]]}
                  {mode === 'side' && <span className="text-muted md:hidden"> ({strings.viewSideNarrow})</span>}
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            {toggles.map((key) => (
              <label key={key} className="choice">
                <input
                  type="checkbox"
                  checked={settings[key]}
                  onChange={(event) => update({ [key]: event.target.checked } as Partial<ReaderSettings>)}
                />
                {strings[key]}
              </label>
            ))}
          </fieldset>
          <div className="space-y-2">
            {size('arSize', strings.arabicSize)}
            {size('enSize', strings.englishSize)}
            <label className="flex items-center gap-2">
              {strings.theme}
              <select
                className="chip"
                value={settings.theme}
                onChange={(event) => update({ theme: event.target.value as ReaderSettings['theme'] })}
              >
                {themes.map((theme) => (
                  <option key={theme} value={theme}>
                    {strings[themeMessages[theme]]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
      </details>
      {settings.entities && (
        <div role="group" aria-label={strings.entityTypes} className="legend">
          {entityTypes.map(({ type, label, count }) => (
            <button
              key={type}
              type="button"
              className="chip legend-chip"
              data-et={type}
              aria-pressed={!settings.hiddenTypes.includes(type)}
              onClick={() => toggleType(type)}
            >
              <span className="swatch" aria-hidden="true" />
              {label} <span className="text-muted">{count}</span>
            </button>
          ))}
        </div>
      )}
      {/* Drawn in the row's far corner (globals.css), after the entity types on a wide screen: Tab reaches it there. */}
      <button
        type="button"
        className="chip shortcuts-button"
        aria-label={strings.shortcuts}
        aria-keyshortcuts={singleKeys ? '?' : undefined}
        onClick={showShortcuts}
      >
        ?
      </button>
    </div>
  );
}
