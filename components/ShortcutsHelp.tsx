import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { IslandBoundary } from './IslandBoundary';
import { ShortcutsSwitch } from './ShortcutsSwitch';

const shortcuts = [
  ['← →', 'words'],
  ['Enter / Space', 'pin'],
  ['Esc', 'escape'],
  ['1 / 2 / 3', 'status'],
  ['U', 'unknown'],
  ['V', 'view'],
  ['D', 'diacritics'],
  ['T', 'translit'],
  ['G', 'gloss'],
  ['E', 'entities'],
  ['L', 'language'],
  ['J / K', 'paragraphs'],
  ['C', 'copyLink'],
  ['/', 'search'],
  ['?', 'help'],
] as const;

/** The "?" dialog. A native <dialog>: it traps focus, closes on Esc and needs no script to close. */
export async function ShortcutsHelp({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Shortcuts' });
  return (
    <dialog id="shortcuts" aria-labelledby="shortcuts-title" className="shortcuts" tabIndex={-1}>
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        {shortcuts.map(([keys, label]) => (
          <div key={label} className="contents">
            <dt>
              <kbd dir="ltr">{keys}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <IslandBoundary>
        <ShortcutsSwitch label={t('singleKeys')} hint={t('singleKeysHint')} unsaved={t('singleKeysUnsaved')} />
      </IslandBoundary>
      <form method="dialog" className="mt-6 text-end">
        <button className="chip">{t('close')}</button>
      </form>
    </dialog>
  );
}
