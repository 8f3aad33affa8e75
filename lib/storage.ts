/**
 * localStorage that never throws: storage can be disabled, full or blocked, and the page must
 * still work. A failed read is `null` (the caller's schema then gives its defaults); a failed write is dropped.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Whether the text was saved: a caller that must not lose what it replaces asks. */
export function writeStoredText(key: string, text: string): boolean {
  try {
    window.localStorage.setItem(key, text);
    return true;
  } catch {
    // Not saved; the change still applies to this visit.
    return false;
  }
}

export const writeStored = (key: string, value: unknown): boolean => writeStoredText(key, JSON.stringify(value));

/**
 * Whether the device lets the page store anything beside `key`: storage turned off, blocked or full refuses
 * even an empty value, which is written and taken away again.
 */
export function canStore(key: string): boolean {
  const probe = `${key}:probe`;
  if (!writeStoredText(probe, '')) return false;
  removeStored(probe);
  return true;
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage is blocked: there was nothing to remove.
  }
}
