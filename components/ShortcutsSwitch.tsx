'use client';

import { useEffect, useId, useState } from 'react';
import { SINGLE_KEYS_KEY, singleKeysOn } from '@/lib/keyboard';
import { removeStored, writeStoredText } from '@/lib/storage';

/** The "?" list's switch for the single-key shortcuts, saved on the device. */
export function ShortcutsSwitch({ label, hint }: { label: string; hint: string }) {
  const [on, setOn] = useState(true);
  const hintId = useId();
  // Read after hydrating: the server cannot know, and the list is closed until asked for.
  useEffect(() => setOn(singleKeysOn()), []);

  function toggle(next: boolean) {
    setOn(next);
    if (next) removeStored(SINGLE_KEYS_KEY);
    else writeStoredText(SINGLE_KEYS_KEY, 'off');
  }

  return (
    <div className="mt-4 text-sm">
      <label className="choice">
        <input type="checkbox" checked={on} aria-describedby={hintId} onChange={(event) => toggle(event.target.checked)} />
        {label}
      </label>
      <p id={hintId} className="mt-1 text-xs text-muted">
        {hint}
      </p>
    </div>
  );
}
