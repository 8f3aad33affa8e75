import { westernDigits } from './arabic';
import { readStored, removeStored, writeStoredText } from './storage';

/**
 * 'off' where the reader turned single-key shortcuts off (in the "?" list): a speech-input user's stray
 * words, or a key pressed by accident, would change the page (WCAG 2.1.4). Any other value leaves them on.
 */
const SINGLE_KEYS_KEY = 'jisr:single-keys:v1';
/** The reader's choice, where the device would not store it (its storage full or turned off): it holds on this page. */
let unsavedChoice: boolean | undefined;
export const singleKeysOn = (): boolean => unsavedChoice ?? readStored(SINGLE_KEYS_KEY) !== 'off';
/** Told when the choice changes: the buttons that name their key stop naming it once it is off, and the keys' handlers read it. */
const singleKeysListeners = new Set<() => void>();

/** Turns single-key shortcuts on or off on the device. False where the device would not store the choice. */
export function chooseSingleKeys(on: boolean): boolean {
  if (on) removeStored(SINGLE_KEYS_KEY);
  // Turned on, it is saved if no 'off' is left to read back: a removal can fail too.
  const saved = on ? readStored(SINGLE_KEYS_KEY) !== 'off' : writeStoredText(SINGLE_KEYS_KEY, 'off');
  unsavedChoice = saved ? undefined : on;
  singleKeysListeners.forEach((listener) => listener());
  return saved;
}

/** For useSyncExternalStore: `onChange` hears a choice made on this page or, through storage, in another tab. */
export function subscribeToSingleKeys(onChange: () => void): () => void {
  singleKeysListeners.add(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    singleKeysListeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** Whether keys pressed on the target type into it: a field, or editable text. */
export function typesInto(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
}

/**
 * Whether a single-key shortcut should leave this key press alone: the person is typing in a field,
 * or holds a modifier (the key belongs to the browser or the system then).
 */
export function isForTyping(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey || typesInto(event.target);
}

/**
 * The key a single-key shortcut reads. A Latin letter counts whatever its case, so Caps Lock and
 * Shift change nothing. A key that types another script stands for the Latin letter, digit or slash at
 * its place: on an Arabic layout V types ر, 1 may type ١ and / types ظ, and ? is ؟.
 */
export function shortcutKey(event: KeyboardEvent): string {
  const key = event.key.length === 1 ? westernDigits(event.key).toLowerCase() : event.key;
  if (key === '؟') return '?';
  if (key.length > 1 || /[a-z0-9]/.test(key) || !/\p{L}/u.test(key)) return key;
  const place = /^(?:Key([A-Z])|Digit(\d)|(Slash))$/.exec(event.code);
  if (!place) return key;
  return place[1]?.toLowerCase() ?? place[2] ?? '/';
}
