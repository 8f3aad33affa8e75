/**
 * Writes values into the address's query, in place (no history entry): an empty value leaves it out. The
 * address is rewritten only where it changes.
 */
export function keepInAddress(values: Record<string, string>): void {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(values)) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}
