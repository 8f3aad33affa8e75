/**
 * Whether a single-key shortcut should leave this key press alone: the person is typing in a field,
 * or holds a modifier (the key belongs to the browser or the system then).
 */
export function isForTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  return (
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)))
  );
}
