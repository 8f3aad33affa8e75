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

export function writeStoredText(key: string, text: string): void {
  try {
    window.localStorage.setItem(key, text);
  } catch {
    // Not saved; the change still applies to this visit.
  }
}

export const writeStored = (key: string, value: unknown): void => writeStoredText(key, JSON.stringify(value));

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage is blocked: there was nothing to remove.
  }
}
