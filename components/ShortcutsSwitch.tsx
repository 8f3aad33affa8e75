'use client';

import { useId, useState } from 'react';
import { chooseSingleKeys } from '@/lib/keyboard';
import { useSingleKeys } from './useSingleKeys';

/** The "?" list's switch for the single-key shortcuts, saved on the device. */
export function ShortcutsSwitch({ label, hint, unsaved }: { label: string; hint: string; unsaved: string }) {
  const on = useSingleKeys();
  const [saved, setSaved] = useState(true);
  const hintId = useId();

  return (
    <div className="mt-4 text-sm">
      <label className="choice">
        <input type="checkbox" checked={on} aria-describedby={hintId} onChange={(event) => setSaved(chooseSingleKeys(event.target.checked))} />
        {label}
      </label>
      <p id={hintId} className="mt-1 text-xs text-muted">
        {hint}
      </p>
      {/* In the page from the start, so that what is put in it is heard. */}
      <p role="status" className="mt-1 text-xs">
        {!saved && unsaved}
      </p>
    </div>
  );
}
