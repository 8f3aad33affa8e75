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

export function writeStored(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not saved; the change still applies to this visit.
  }
}
